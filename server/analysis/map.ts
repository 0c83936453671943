/**
 * The adoption map: one item's adopters with the year of first adoption, and the boundary
 * shapes to colour them on (see boundaries.ts). The map draws one province in detail (the one
 * with most adopters unless asked otherwise: in this corpus, Zhejiang) over the provinces of
 * China, so the regions that have data fill the frame.
 */
import { regionByCode } from "../extract/gazetteer.js";
import { MapQuery, MapResponse } from "../schema/analysis/map.js";
import { defineAnalysis } from "./analysis.js";
import { loadItemAdopters } from "./adoptions.js";
import { regionShapes } from "./boundaries.js";

const provinceOf = (code: string): string => `${code.slice(0, 2)}0000`;

export const map = defineAnalysis({
  name: "map",
  summary: "Adoption map: regions coloured by the year they first adopted an item, with simplified boundaries (DataV adcodes)",
  query: MapQuery,
  response: MapResponse,
  async run(store, query) {
    const { item, adopters, unassigned } = await loadItemAdopters(store, query);
    const counts = new Map<string, number>();
    for (const a of adopters) counts.set(provinceOf(a.place.code), (counts.get(provinceOf(a.place.code)) ?? 0) + 1);
    const provinces = [...counts]
      .map(([code, n]) => ({ code, name: regionByCode(code)?.name ?? code, adopters: n }))
      .sort((a, b) => b.adopters - a.adopters || a.code.localeCompare(b.code));
    const province = query.province ?? provinces[0]?.code ?? "all";
    const drawn = province === "all" ? provinces.map((p) => p.code) : [province];
    const inDrawn = adopters.filter((a) => drawn.includes(provinceOf(a.place.code)));
    const shapes = regionShapes(query.level, drawn, inDrawn.map((a) => a.place.code));
    const shaped = new Set([...shapes.regions, ...shapes.coarser].map((f) => f.properties.code));
    const table = {
      columns: ["place_code", "place", "level", "first_year", "doc_id", "doc_number"],
      rows: adopters.map((a) => [a.place.code, a.place.name, a.place.level, a.year, a.evidence.docId, a.evidence.docNumber]),
      filename: `map-${item.item}-${query.level}`,
    };
    const body = {
      dimension: query.dimension,
      level: query.level,
      item,
      province,
      provinces,
      adopters,
      unmapped: inDrawn.filter((a) => !shaped.has(a.place.code)).map((a) => a.place),
      unassigned,
      shapes,
    };
    return { body, table };
  },
});
