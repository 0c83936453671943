/**
 * The diffusion timeline: for one item, the cumulative number of adopting places by year (the
 * S-curve of the diffusion literature) and its adopters, the earliest marked, beside the
 * places observed each year and those still at risk (observation.ts), and the observed places
 * that did not adopt; without an item, the curve of every item adopted by at least
 * `minAdopters` places, for small multiples.
 */
import type { FirstAdoption } from "../schema/analysis/adoptions.js";
import { TimelineQuery, TimelineResponse, type CurvePoint, type TimelineSeries } from "../schema/analysis/timeline.js";
import { defineAnalysis } from "./analysis.js";
import { adoptersOf, groupByItem, loadObservedAdoptions, resolveItem } from "./adoptions.js";
import { observedIn, type Observation } from "./observation.js";

export const timeline = defineAnalysis({
  name: "timeline",
  summary: "Diffusion timeline: cumulative adopting places by year for one item, or every item's curve (overview)",
  query: TimelineQuery,
  response: TimelineResponse,
  async run(store, query) {
    const { adoptions, observation, rows } = await loadObservedAdoptions(store, query);
    const common = { dimension: query.dimension, level: query.level, coverage: observation.coverage };
    if (query.item) {
      const item = resolveItem(rows, query.item, query.dimension);
      const firsts = adoptersOf(adoptions, item.itemId);
      const firstYear = firsts[0]?.year;
      const adopters = firsts.map((f) => ({ ...f, first: f.year === firstYear }));
      const unassigned = adoptions.unassigned.filter((u) => u.itemId === item.itemId);
      const adopted = new Set(firsts.map((f) => f.place.code));
      const notAdopted = [...observation.places.values()].filter((p) => !adopted.has(p.place.code)).map((p) => p.place);
      const above = adoptions.above.filter((a) => a.itemId === item.itemId);
      const table = {
        columns: ["place_code", "place", "level", "year", "first_adopter", "doc_id", "doc_number", "title"],
        rows: adopters.map((a) => [a.place.code, a.place.name, a.place.level, a.year, a.first, a.evidence.docId, a.evidence.docNumber, a.evidence.title]),
        filename: `timeline-${item.item}-${query.level}`,
      };
      return { body: { mode: "item" as const, ...common, item, curve: curveOf(firsts, observation), adopters, notAdopted, above, unassigned }, table };
    }
    const series = seriesOf(adoptions.firsts, observation).filter((s) => s.adopters >= query.minAdopters);
    const kept = new Set(series.map((s) => s.itemId));
    const table = {
      columns: [query.dimension, "category", "year", "new_adopters", "cumulative_adopters", "observed_places", "at_risk"],
      rows: series.flatMap((s) => s.curve.map((p) => [s.item, s.category, p.year, p.adopters, p.cumulative, p.observed, p.atRisk])),
      filename: `timeline-${query.dimension}-${query.level}`,
    };
    const unassigned = adoptions.unassigned.filter((u) => kept.has(u.itemId));
    return { body: { mode: "overview" as const, ...common, minAdopters: query.minAdopters, series, unassigned }, table };
  },
});

/** Every year from the first adoption to the last, with new and cumulative adopters and the places observed. */
function curveOf(firsts: FirstAdoption[], observation: Observation): CurvePoint[] {
  if (!firsts.length) return [];
  const years = firsts.map((f) => f.year);
  const from = Math.min(...years);
  const to = Math.max(...years);
  let cumulative = 0;
  const curve: CurvePoint[] = [];
  for (let year = from; year <= to; year++) {
    const adopters = years.filter((y) => y === year).length;
    cumulative += adopters;
    const observed = [...observation.places.keys()].filter((code) => observedIn(observation, code, year));
    const atRisk = observed.filter((code) => !firsts.some((f) => f.place.code === code && f.year < year)).length;
    curve.push({ year, adopters, cumulative, observed: observed.length, atRisk });
  }
  return curve;
}

/** One curve per item, most adopters first. */
function seriesOf(firsts: FirstAdoption[], observation: Observation): TimelineSeries[] {
  return groupByItem(firsts)
    .map((fs) => {
      const firstYear = fs[0]!.year; // firsts arrive earliest first
      return {
        itemId: fs[0]!.itemId,
        item: fs[0]!.item,
        category: fs[0]!.category,
        adopters: fs.length,
        firstYear,
        firstAdopters: fs.filter((f) => f.year === firstYear).map((f) => f.place),
        curve: curveOf(fs, observation),
      };
    })
    .sort((a, b) => b.adopters - a.adopters || a.firstYear - b.firstYear || a.item.localeCompare(b.item, "zh"));
}
