/**
 * The adoption matrix: which place adopted which item first, when, by which document. Columns
 * are ordered by number of adopters (the widely diffused tools first), rows by first adoption.
 */
import { AdoptionQuery, AdoptionResponse, type AdoptionColumn, type AdoptionMatrixRow } from "../schema/analysis/adoption.js";
import type { FirstAdoption } from "../schema/analysis/adoptions.js";
import { defineAnalysis } from "./analysis.js";
import { loadAdoptions } from "./adoptions.js";

export const adoption = defineAnalysis({
  name: "adoption",
  summary: "Adoption matrix: places × instruments (or industries, platforms, indicators), each cell the first adopting document and year",
  query: AdoptionQuery,
  response: AdoptionResponse,
  async run(store, query) {
    const { firsts, unassigned } = await loadAdoptions(store, query);
    const columns = columnsOf(firsts).filter((c) => c.adopters >= query.minAdopters);
    const kept = new Set(columns.map((c) => c.itemId));
    const places = rowsOf(firsts.filter((f) => kept.has(f.itemId)));
    const body = { dimension: query.dimension, level: query.level, items: columns, places, unassigned: unassigned.filter((u) => kept.has(u.itemId)) };
    const table = {
      columns: ["place_code", "place", "level", "first_year", ...columns.map((c) => c.item)],
      rows: places.map((p) => {
        const byItem = new Map(p.cells.map((c) => [c.itemId, c.year]));
        return [p.place.code, p.place.name, p.place.level, p.firstYear, ...columns.map((c) => byItem.get(c.itemId) ?? null)];
      }),
      filename: `adoption-${query.dimension}-${query.level}`,
    };
    return { body, table };
  },
});

function columnsOf(firsts: FirstAdoption[]): AdoptionColumn[] {
  const columns = new Map<string, AdoptionColumn>();
  for (const f of firsts) {
    const c = columns.get(f.itemId) ?? { itemId: f.itemId, item: f.item, category: f.category, adopters: 0, firstYear: f.year };
    c.adopters += 1;
    c.firstYear = Math.min(c.firstYear, f.year);
    columns.set(f.itemId, c);
  }
  return [...columns.values()].sort((a, b) => b.adopters - a.adopters || a.firstYear - b.firstYear || a.item.localeCompare(b.item, "zh"));
}

function rowsOf(firsts: FirstAdoption[]): AdoptionMatrixRow[] {
  const rows = new Map<string, AdoptionMatrixRow>();
  for (const f of firsts) {
    const row = rows.get(f.place.code) ?? { place: f.place, firstYear: f.year, cells: [] };
    row.cells.push(f);
    row.firstYear = Math.min(row.firstYear, f.year);
    rows.set(f.place.code, row);
  }
  return [...rows.values()].sort((a, b) => a.firstYear - b.firstYear || b.cells.length - a.cells.length || a.place.code.localeCompare(b.place.code));
}
