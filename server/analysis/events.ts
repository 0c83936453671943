/**
 * The SPID-style long form (instrument, place, first year, evidence): one row per place of the
 * level and item, its first adoption (year, document, 文号, the sentence). Pairs known only
 * from undated documents stay in the table with an empty year, so a researcher sees them and
 * decides. Non-adopters are not rows here: the risk-set panel (panel.ts) has them.
 */
import type { AdopterPlace, Evidence, Item } from "../schema/analysis/adoptions.js";
import { EventsQuery, EventsResponse, type AdoptionEvent } from "../schema/analysis/events.js";
import { defineAnalysis } from "./analysis.js";
import { loadObservedAdoptions } from "./adoptions.js";
import { parentOf } from "./levels.js";

export const events = defineAnalysis({
  name: "events",
  summary: "SPID-style long form: one row per (place, instrument) first adoption with year, document id, 文号 and the sentence",
  query: EventsQuery,
  response: EventsResponse,
  async run(store, query) {
    const { adoptions, observation } = await loadObservedAdoptions(store, query);
    const row = (item: Item, place: AdopterPlace, year: number | null, ev: Evidence): AdoptionEvent => ({
      placeCode: place.code,
      place: place.name,
      level: place.level,
      parentCode: parentOf(place.code)?.code ?? null,
      itemId: item.itemId,
      item: item.item,
      category: item.category,
      firstYear: year,
      publishedOn: year === null ? null : ev.publishedOn,
      docId: ev.docId,
      docNumber: ev.docNumber,
      title: ev.title,
      quote: ev.quote,
    });
    const rows = adoptions.firsts.map((f) => row(f, f.place, f.year, f.evidence));
    const dated = new Set(rows.map((r) => `${r.placeCode}|${r.itemId}`));
    for (const u of adoptions.unassigned) {
      const key = `${u.place?.code}|${u.itemId}`;
      // Places above the level are not rows; one row per pair even when several undated documents adopt it.
      if (!u.place || u.above || dated.has(key)) continue;
      dated.add(key);
      rows.push(row(u, u.place, null, u.evidence));
    }
    const table = {
      columns: ["place_code", "place", "level", "parent_code", query.dimension, "category", "first_year", "published_on", "doc_id", "doc_number", "title", "evidence"],
      rows: rows.map((e) => [e.placeCode, e.place, e.level, e.parentCode, e.item, e.category, e.firstYear, e.publishedOn, e.docId, e.docNumber, e.title, e.quote]),
      filename: `events-${query.dimension}-${query.level}`,
    };
    return { body: { dimension: query.dimension, level: query.level, coverage: observation.coverage, events: rows }, table };
  },
});

