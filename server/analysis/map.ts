/**
 * The adoption map: one item's adopters with the year of first adoption, the observed places
 * that did not adopt, and the places with no document (unobserved), on the boundary shapes
 * (boundaries.ts). The map draws one province in detail (the one with most adopters unless
 * asked otherwise: in this corpus, Zhejiang) over the provinces of China.
 */
import { regionByCode } from "../extract/gazetteer.js";
import { MapQuery, MapResponse } from "../schema/analysis/map.js";
import { defineAnalysis } from "./analysis.js";
import { loadItemAdopters } from "./adoptions.js";
import { regionShapes } from "./boundaries.js";

const provinceOf = (code: string): string => `${code.slice(0, 2)}0000`;

export const map = defineAnalysis({
  name: "map",
  summary: "Adoption map: regions coloured by the year they first adopted an item, observed non-adopters and unobserved regions apart, with simplified boundaries (DataV adcodes)",
  query: MapQuery,
  response: MapResponse,
  async run(store, query) {
    const { item, adopters, above, unassigned, observation } = await loadItemAdopters(store, query);
    const counts = new Map<string, number>();
    for (const a of adopters) counts.set(provinceOf(a.place.code), (counts.get(provinceOf(a.place.code)) ?? 0) + 1);
    const provinces = [...counts]
      .map(([code, n]) => ({ code, name: regionByCode(code)?.name ?? code, adopters: n }))
      .sort((a, b) => b.adopters - a.adopters || a.code.localeCompare(b.code));
    const province = query.province ?? provinces[0]?.code ?? "all";
    const drawn = province === "all" ? provinces.map((p) => p.code) : [province];
    const inDrawn = <T extends { place: { code: string } }>(list: T[]) => list.filter((a) => drawn.includes(provinceOf(a.place.code)));
    const shapes = regionShapes(query.level, drawn, inDrawn(above).map((a) => a.place.code));
    const shaped = new Set([...shapes.regions, ...shapes.coarser].map((f) => f.properties.code));
    const adopted = new Set(adopters.map((a) => a.place.code));
    const notAdopted = inDrawn([...observation.places.values()]).filter((p) => !adopted.has(p.place.code));
    const unobserved = observation.unobserved.filter((p) => drawn.includes(provinceOf(p.code)));
    const table = {
      columns: ["place_code", "place", "level", "status", "first_year", "first_observed", "last_observed", "doc_id", "doc_number"],
      rows: [
        ...adopters.map((a) => {
          const o = observation.places.get(a.place.code);
          return [a.place.code, a.place.name, a.place.level, "adopted", a.year, o?.firstYear, o?.lastYear, a.evidence.docId, a.evidence.docNumber];
        }),
        ...[...observation.places.values()].filter((p) => !adopted.has(p.place.code)).map((p) => [p.place.code, p.place.name, p.place.level, "not adopted", null, p.firstYear, p.lastYear, null, null]),
        ...observation.unobserved.map((p) => [p.code, p.name, p.level, "unobserved", null, null, null, null, null]),
      ],
      filename: `map-${item.item}-${query.level}`,
    };
    const body = {
      dimension: query.dimension,
      level: query.level,
      item,
      province,
      provinces,
      adopters,
      notAdopted,
      unobserved,
      above,
      coverage: observation.coverage,
      unmapped: inDrawn(adopters).filter((a) => !shaped.has(a.place.code)).map((a) => a.place),
      unassigned,
      shapes,
    };
    return { body, table };
  },
});
