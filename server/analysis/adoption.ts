/**
 * The adoption matrix: which place adopted which item first, when, by which document. Rows
 * are the observed places of the level (observation.ts), so an empty cell means observed and
 * not adopted; places without a document are listed apart as unobserved. Columns are ordered
 * by number of adopters (the widely diffused tools first), rows by first adoption.
 */
import { AdoptionQuery, AdoptionResponse, type AdoptionColumn, type AdoptionMatrixRow } from "../schema/analysis/adoption.js";
import type { FirstAdoption } from "../schema/analysis/adoptions.js";
import { defineAnalysis } from "./analysis.js";
import { loadObservedAdoptions } from "./adoptions.js";
import type { Observation } from "./observation.js";

export const adoption = defineAnalysis({
  name: "adoption",
  summary: "Adoption matrix: observed places × instruments (or industries, platforms, indicators), each cell the first adopting document and year; an empty cell is observed and not adopted",
  query: AdoptionQuery,
  response: AdoptionResponse,
  async run(store, query) {
    const { adoptions, observation } = await loadObservedAdoptions(store, query);
    const columns = columnsOf(adoptions.firsts).filter((c) => c.adopters >= query.minAdopters);
    const kept = new Set(columns.map((c) => c.itemId));
    const places = rowsOf(adoptions.firsts.filter((f) => kept.has(f.itemId)), observation);
    const body = {
      dimension: query.dimension,
      level: query.level,
      items: columns,
      places,
      coverage: observation.coverage,
      unobserved: observation.unobserved,
      above: adoptions.above.filter((a) => kept.has(a.itemId)),
      unassigned: adoptions.unassigned.filter((u) => kept.has(u.itemId)),
    };
    const table = {
      columns: ["place_code", "place", "level", "parent_code", "first_observed", "last_observed", "documents", "first_year", ...columns.map((c) => c.item)],
      rows: places.map((p) => {
        const byItem = new Map(p.cells.map((c) => [c.itemId, c.year]));
        const o = p.observed;
        return [p.place.code, p.place.name, p.place.level, o.parent?.code ?? null, o.firstYear, o.lastYear, o.documents, p.firstYear, ...columns.map((c) => byItem.get(c.itemId) ?? null)];
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

function rowsOf(firsts: FirstAdoption[], observation: Observation): AdoptionMatrixRow[] {
  const rows = new Map<string, AdoptionMatrixRow>();
  for (const observed of observation.places.values()) rows.set(observed.place.code, { place: observed.place, observed, firstYear: null, cells: [] });
  for (const f of firsts) {
    const row = rows.get(f.place.code);
    if (!row) continue; // cannot happen: an adopting dated document is one of the place's documents
    row.cells.push(f);
    row.firstYear = Math.min(row.firstYear ?? f.year, f.year);
  }
  return [...rows.values()].sort((a, b) => (a.firstYear ?? 9999) - (b.firstYear ?? 9999) || b.cells.length - a.cells.length || a.place.code.localeCompare(b.place.code));
}
