/**
 * The diffusion timeline: for one item, the cumulative number of adopting places by year (the
 * S-curve of the diffusion literature) and its adopters, the earliest marked; without an item,
 * the curve of every item adopted by at least `minAdopters` places, for small multiples.
 */
import type { FirstAdoption } from "../schema/analysis/adoptions.js";
import { TimelineQuery, TimelineResponse, type CurvePoint, type TimelineSeries } from "../schema/analysis/timeline.js";
import { defineAnalysis } from "./analysis.js";
import { adoptersOf, firstAdoptions, groupByItem, loadAdoptionRows, resolveItem } from "./adoptions.js";

export const timeline = defineAnalysis({
  name: "timeline",
  summary: "Diffusion timeline: cumulative adopting places by year for one item, or every item's curve (overview)",
  query: TimelineQuery,
  response: TimelineResponse,
  async run(store, query) {
    const rows = await loadAdoptionRows(store, query);
    const adoptions = firstAdoptions(rows, query.level);
    const common = { dimension: query.dimension, level: query.level };
    if (query.item) {
      const item = resolveItem(rows, query.item, query.dimension);
      const firsts = adoptersOf(adoptions, item.itemId);
      const firstYear = firsts[0]?.year;
      const adopters = firsts.map((f) => ({ ...f, first: f.year === firstYear }));
      const unassigned = adoptions.unassigned.filter((u) => u.itemId === item.itemId);
      const table = {
        columns: ["place_code", "place", "level", "year", "first_adopter", "doc_id", "doc_number", "title"],
        rows: adopters.map((a) => [a.place.code, a.place.name, a.place.level, a.year, a.first, a.evidence.docId, a.evidence.docNumber, a.evidence.title]),
        filename: `timeline-${item.item}-${query.level}`,
      };
      return { body: { mode: "item" as const, ...common, item, curve: curveOf(firsts), adopters, unassigned }, table };
    }
    const series = seriesOf(adoptions.firsts).filter((s) => s.adopters >= query.minAdopters);
    const kept = new Set(series.map((s) => s.itemId));
    const table = {
      columns: [query.dimension, "category", "year", "new_adopters", "cumulative_adopters"],
      rows: series.flatMap((s) => s.curve.map((p) => [s.item, s.category, p.year, p.adopters, p.cumulative])),
      filename: `timeline-${query.dimension}-${query.level}`,
    };
    const unassigned = adoptions.unassigned.filter((u) => kept.has(u.itemId));
    return { body: { mode: "overview" as const, ...common, minAdopters: query.minAdopters, series, unassigned }, table };
  },
});

/** Every year from the first adoption to the last, with new and cumulative adopters. */
function curveOf(firsts: FirstAdoption[]): CurvePoint[] {
  if (!firsts.length) return [];
  const years = firsts.map((f) => f.year);
  const from = Math.min(...years);
  const to = Math.max(...years);
  let cumulative = 0;
  const curve: CurvePoint[] = [];
  for (let year = from; year <= to; year++) {
    const adopters = years.filter((y) => y === year).length;
    cumulative += adopters;
    curve.push({ year, adopters, cumulative });
  }
  return curve;
}

/** One curve per item, most adopters first. */
function seriesOf(firsts: FirstAdoption[]): TimelineSeries[] {
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
        curve: curveOf(fs),
      };
    })
    .sort((a, b) => b.adopters - a.adopters || a.firstYear - b.firstYear || a.item.localeCompare(b.item, "zh"));
}
