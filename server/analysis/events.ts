/**
 * The event-history table for R, Stata or netinf: one row per place and item, its first
 * adoption (year, document, 文号). Pairs known only from undated documents stay in the table
 * with an empty year, so a researcher sees them and decides.
 */
import { EventsQuery, EventsResponse, type AdoptionEvent } from "../schema/analysis/events.js";
import { defineAnalysis } from "./analysis.js";
import { loadAdoptions } from "./adoptions.js";

export const events = defineAnalysis({
  name: "events",
  summary: "Event history: one row per (place, instrument) first adoption with year, document id and 文号",
  query: EventsQuery,
  response: EventsResponse,
  async run(store, query) {
    const { firsts, unassigned } = await loadAdoptions(store, query);
    const dated = new Set(firsts.map((f) => `${f.place.code}|${f.itemId}`));
    const rows: AdoptionEvent[] = firsts.map((f) => ({
      placeCode: f.place.code,
      place: f.place.name,
      level: f.place.level,
      itemId: f.itemId,
      item: f.item,
      category: f.category,
      firstYear: f.year,
      publishedOn: f.evidence.publishedOn,
      docId: f.evidence.docId,
      docNumber: f.evidence.docNumber,
    }));
    for (const u of unassigned) {
      const key = `${u.place?.code}|${u.itemId}`;
      if (!u.place || dated.has(key)) continue;
      dated.add(key); // one row per pair even when several undated documents adopt it
      rows.push({ placeCode: u.place.code, place: u.place.name, level: u.place.level, itemId: u.itemId, item: u.item, category: u.category, firstYear: null, publishedOn: null, docId: u.evidence.docId, docNumber: u.evidence.docNumber });
    }
    const table = {
      columns: ["place_code", "place", "level", query.dimension, "category", "first_year", "published_on", "doc_id", "doc_number"],
      rows: rows.map((e) => [e.placeCode, e.place, e.level, e.item, e.category, e.firstYear, e.publishedOn, e.docId, e.docNumber]),
      filename: `events-${query.dimension}-${query.level}`,
    };
    return { body: { dimension: query.dimension, level: query.level, events: rows }, table };
  },
});
