/**
 * Spatial diffusion: did an adopter's neighbours adopt before it? For each adopter of an item,
 * the regions that share a border with it (boundaries.ts) and the year each adopted, if it did.
 * The share of later adopters with an earlier-adopting neighbour is the first thing a
 * researcher asks of a neighbour-emulation hypothesis.
 */
import { HttpError } from "../api/errors.js";
import type { FirstAdoption } from "../schema/analysis/adoptions.js";
import { NeighboursQuery, NeighboursResponse, type Neighbour } from "../schema/analysis/neighbours.js";
import { defineAnalysis } from "./analysis.js";
import { adopterPlace, loadItemAdopters } from "./adoptions.js";
import { adjacency } from "./boundaries.js";

export const neighbours = defineAnalysis({
  name: "neighbours",
  summary: "Neighbour view: for each adopter of an item, the bordering places and whether they adopted it before",
  query: NeighboursQuery,
  response: NeighboursResponse,
  async run(store, query) {
    const { item, adopters, unassigned, observation } = await loadItemAdopters(store, query);
    const byCode = new Map(adopters.map((a) => [a.place.code, a]));
    const chosen = query.place ? adopters.filter((a) => a.place.code === query.place) : adopters;
    if (query.place && !chosen.length) {
      const why = observation.places.has(query.place) ? "is observed but did not adopt" : "has no document at this level (unobserved)";
      throw new HttpError(
        404,
        "NOT_AN_ADOPTER",
        `${query.place} ${why} ${item.item} at ${query.level} level (in the chosen years); its adopters are ${adopters.map((a) => `${a.place.code} ${a.place.shortName}`).join(", ") || "none"}. The neighbours of every observed place, year by year, are in GET /api/analysis/panel`,
      );
    }
    const borders = adjacency(query.level);
    const result = chosen.map((adopter) => {
      const list = [...(borders.get(adopter.place.code) ?? [])].map((code) => neighbourOf(code, adopter, byCode.get(code), observation.places.has(code)));
      list.sort((a, b) => Number(b.before) - Number(a.before) || (a.year ?? 9999) - (b.year ?? 9999) || a.place.code.localeCompare(b.place.code));
      return { adopter, neighbours: list, earlier: list.filter((n) => n.before).length };
    });
    const firstYear = adopters[0]?.year;
    const later = result.filter((r) => r.adopter.year !== firstYear);
    const table = {
      columns: ["place_code", "place", "year", "neighbour_code", "neighbour", "neighbour_observed", "neighbour_year", "neighbour_adopted_before"],
      rows: result.flatMap((r) => r.neighbours.map((n) => [r.adopter.place.code, r.adopter.place.name, r.adopter.year, n.place.code, n.place.name, n.observed, n.year, n.before])),
      filename: `neighbours-${item.item}-${query.level}`,
    };
    const body = {
      dimension: query.dimension,
      level: query.level,
      item,
      adopters: result,
      laterAdopters: later.length,
      withEarlierNeighbour: later.filter((r) => r.earlier > 0).length,
      coverage: observation.coverage,
      unassigned,
    };
    return { body, table };
  },
});

function neighbourOf(code: string, adopter: FirstAdoption, adopted: FirstAdoption | undefined, observed: boolean): Neighbour {
  const level = adopter.place.level;
  const place = adopterPlace(code, level) ?? { code, name: code, shortName: code, level };
  return { place, year: adopted?.year ?? null, observed, before: adopted !== undefined && adopted.year < adopter.year, evidence: adopted?.evidence ?? null };
}
