/**
 * Draws a map answer (server/analysis/map.ts) with Observable Plot's geo mark: the provinces
 * of China as backdrop, the chosen province's regions filled by year of first adoption, the
 * adopters named, and the frame fitted to the regions that have data. The neighbour view
 * passes a highlight: one adopter outlined, its earlier-adopting neighbours ringed.
 */
import * as Plot from "@observablehq/plot";
import type { FirstAdoption } from "../../../server/schema/analysis/adoptions.js";
import type { MapResponse, RegionFeature } from "../../../server/schema/analysis/map.js";
import { words } from "../../i18n.js";
import { yearScale } from "./controls.js";

const mw = words({
  zh: { notAdopted: "有文件,未采纳", unobserved: "无文件(未观测)", observedYears: "观测 {from}–{to} 年", selected: "所选地区", earlier: "更早采纳的邻近地区" },
  en: { notAdopted: "observed, not adopted", unobserved: "no document (unobserved)", observedYears: "observed {from}–{to}", selected: "selected place", earlier: "neighbour that adopted earlier" },
});

/** Fills of the two states that are not an adoption: a non-adopter is known, an unobserved place is not. */
export const NOT_ADOPTED = "#9ca3af";
export const UNOBSERVED = "#f1f5f9";

export interface Highlight {
  place: string;
  earlier: string[];
}

export function drawMap(data: MapResponse, highlight?: Highlight, size = { width: 760, height: 560 }): SVGSVGElement | HTMLElement {
  const year = new Map<string, FirstAdoption>(data.adopters.map((a) => [a.place.code, a]));
  const regions = data.shapes.regions;
  const years = data.adopters.map((a) => a.year);
  const [from, to] = [Math.min(...years), Math.max(...years)];
  const adopted = (f: RegionFeature) => year.get(f.properties.code)?.year;
  const framed = regions.length ? regions : data.shapes.country;
  const pick = (codes: string[]) => [...regions, ...data.shapes.coarser].filter((f) => codes.includes(f.properties.code));
  const labelled = regions.filter((f) => year.has(f.properties.code));
  const observed = new Map(data.notAdopted.map((p) => [p.place.code, p]));
  const notAdopted = regions.filter((f) => observed.has(f.properties.code));
  const unobserved = regions.filter((f) => !observed.has(f.properties.code) && !year.has(f.properties.code));
  // Few regions (a province's cities): name the others too, quietly, so the reader knows where they are.
  const quiet = regions.length <= 24 ? regions.filter((f) => !year.has(f.properties.code)) : [];
  return Plot.plot({
    ...size,
    projection: { type: "mercator", domain: { type: "FeatureCollection", features: framed }, inset: 16 },
    color: yearScale(from, to, true),
    style: { fontSize: "12px", background: "#eef4fa" },
    marks: [
      Plot.geo(data.shapes.country, { fill: "#f8fafc", stroke: "#94a3b8", strokeWidth: 0.6 }),
      Plot.geo(unobserved, { fill: UNOBSERVED, stroke: "#cbd5e1", strokeWidth: 0.7, strokeDasharray: "3 2", title: (f: RegionFeature) => `${f.properties.name}: ${mw("unobserved")}` }),
      Plot.geo(notAdopted, {
        fill: NOT_ADOPTED,
        stroke: "#fff",
        strokeWidth: 0.7,
        title: (f: RegionFeature) => {
          const p = observed.get(f.properties.code)!;
          return `${f.properties.name}: ${mw("notAdopted")} (${mw("observedYears", { from: p.firstYear, to: p.lastYear })})`;
        },
      }),
      Plot.geo(labelled, { fill: adopted, stroke: "#fff", strokeWidth: 0.7, title: (f: RegionFeature) => tooltip(f, year.get(f.properties.code)) }),
      Plot.geo(data.shapes.coarser, { fill: "none", stroke: adopted, strokeWidth: 3, strokeDasharray: "6 3" }),
      highlight ? Plot.geo(pick(highlight.earlier), { fill: "none", stroke: "#1d4ed8", strokeWidth: 2.5 }) : null,
      highlight ? Plot.geo(pick([highlight.place]), { fill: "none", stroke: "#111827", strokeWidth: 3.5 }) : null,
      Plot.text(quiet, Plot.centroid({ text: (f: RegionFeature) => f.properties.name, fill: "#64748b", fontSize: 10 })),
      Plot.text(
        labelled,
        Plot.centroid({ text: (f: RegionFeature) => f.properties.name, fill: "#111827", stroke: "#fff", strokeWidth: 3, fontSize: regions.length > 40 ? 9 : 11, fontWeight: 600 }),
      ),
    ],
  });
}

function tooltip(f: RegionFeature, a: FirstAdoption | undefined): string {
  if (!a) return `${f.properties.name}: ${mw("unobserved")}`;
  return [`${f.properties.name}: ${a.year}`, a.evidence.title, a.evidence.docNumber].filter(Boolean).join("\n");
}

/** The swatches under a map: what grey, white, a dashed outline and the highlight rings mean. */
export function mapKey(highlight: boolean): SVGSVGElement | HTMLElement {
  const entries = [[mw("notAdopted"), NOT_ADOPTED], [mw("unobserved"), UNOBSERVED], ...(highlight ? [[mw("selected"), "#111827"], [mw("earlier"), "#1d4ed8"]] : [])];
  return Plot.legend({ color: { type: "ordinal", domain: entries.map((e) => e[0]!), range: entries.map((e) => e[1]!) }, swatchSize: 12 });
}

