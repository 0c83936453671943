/**
 * The latent diffusion network: who follows whom, inferred by NetInf (netinf.ts) from the
 * cascades of every item adopted by at least `minAdopters` observed places. Each tie carries
 * its improvement score and the adoptions behind it, and is marked inferred: no document
 * states it. Years are coarse (ties within a year explain nothing), so a tie says "adopted
 * the same tools a year or two after, repeatedly", not that one place copied the other.
 */
import { NetworkQuery, NetworkResponse } from "../schema/analysis/network.js";
import type { RegionFeature } from "../schema/analysis/map.js";
import { defineAnalysis } from "./analysis.js";
import { loadObservedAdoptions } from "./adoptions.js";
import { regionShapes } from "./boundaries.js";
import { cascadesOf } from "./cascades.js";
import { netinf, NETINF_DEFAULTS } from "./netinf.js";

export const network = defineAnalysis({
  name: "network",
  summary: "Latent diffusion network inferred by NetInf (Gomez-Rodriguez, Leskovec & Krause 2010) from the adoption cascades, each tie with its improvement and the adoptions behind it",
  query: NetworkQuery,
  response: NetworkResponse,
  async run(store, query) {
    const { adoptions, observation } = await loadObservedAdoptions(store, query);
    const list = cascadesOf(adoptions, query.minAdopters);
    const itemName = new Map(adoptions.items.map((i) => [i.itemId, i.item]));
    const found = netinf(list, { alpha: query.alpha, maxTies: query.maxTies, minCascades: query.minCascades });
    const place = (code: string) => observation.places.get(code)!.place;
    const ties = found.map((t) => ({
      from: place(t.from),
      to: place(t.to),
      inferred: true as const,
      improvement: t.improvement,
      adoptions: t.cascades.map((c) => ({ itemId: c.id, item: itemName.get(c.id) ?? c.id, fromYear: c.fromTime, toYear: c.toTime })),
    }));
    const codes = [...new Set(found.flatMap((t) => [t.from, t.to]))];
    const provinces = [...new Set(codes.map((c) => `${c.slice(0, 2)}0000`))].sort();
    const shapes = regionShapes(query.level, provinces, []);
    const byCode = new Map(shapes.regions.map((f) => [f.properties.code, f]));
    const nodes = codes.map((code) => {
      const f = byCode.get(code);
      const [lon, lat] = f ? centroid(f) : [null, null];
      return { place: place(code), lon, lat };
    });
    const method = `NetInf, exponential transmission (α = ${query.alpha}/year, β = ${NETINF_DEFAULTS.beta}, ε = ${NETINF_DEFAULTS.epsilon}), greedy up to ${query.maxTies} ties, each explaining ≥ ${query.minCascades} items; ${list.length} cascades (items adopted by ≥ ${query.minAdopters} places), ${observation.places.size} observed places`;
    const table = {
      columns: ["from_code", "from", "to_code", "to", "improvement", "items", "adoptions", "inferred"],
      rows: ties.map((t) => [t.from.code, t.from.name, t.to.code, t.to.name, Number(t.improvement.toFixed(3)), t.adoptions.length, t.adoptions.map((a) => `${a.item} ${a.fromYear}→${a.toYear}`), true]),
      filename: `network-${query.dimension}-${query.level}`,
    };
    return { body: { dimension: query.dimension, level: query.level, coverage: observation.coverage, cascades: list.length, method, ties, nodes, shapes }, table };
  },
});

/** The area-weighted centroid of a region's largest ring, in longitude and latitude. */
function centroid(f: RegionFeature): [number, number] {
  let best: [number, number] = [0, 0];
  let bestArea = 0;
  for (const [ring] of f.geometry.coordinates) {
    if (!ring) continue;
    let a = 0;
    let cx = 0;
    let cy = 0;
    for (let i = 0; i + 1 < ring.length; i++) {
      const [x0, y0] = ring[i]!;
      const [x1, y1] = ring[i + 1]!;
      const cross = x0 * y1 - x1 * y0;
      a += cross;
      cx += (x0 + x1) * cross;
      cy += (y0 + y1) * cross;
    }
    if (Math.abs(a) > bestArea) (bestArea = Math.abs(a)), (best = [cx / (3 * a), cy / (3 * a)]);
  }
  return best;
}
