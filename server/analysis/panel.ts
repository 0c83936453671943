/**
 * The risk-set panel for discrete-time event-history models (logit or cloglog of `adopted` on
 * the covariates, Berry & Berry 1990) and, with `year` as the time, for Cox models with
 * left-truncation. One row per observed place and year, from its first observed year until it
 * adopts (that row has adopted = 1 and is its last) or to its last observed year (censored):
 * an unobserved place-year is never a row, and no row follows an adoption.
 *
 * Covariates are lagged a year where they could be caused by the adoption itself: bordering
 * places that had adopted by the year before, among those observed by then (the neighbour
 * emulation of Berry & Berry), and whether the parent had adopted by its own documents by then.
 * Upstream documents cited are counted in the year, revisions and self-citations left out
 * (revisions.ts).
 */
import type { Item } from "../schema/analysis/adoptions.js";
import type { IssuerLevel } from "../schema/analysis/citations.js";
import type { PlaceLevel } from "../schema/analysis/common.js";
import { PanelQuery, PanelResponse, type PanelRow } from "../schema/analysis/panel.js";
import { defineAnalysis } from "./analysis.js";
import { groupByItem, loadObservedAdoptions, resolveItem } from "./adoptions.js";
import { adjacency } from "./boundaries.js";
import { loadCitesRows, type CitesRow } from "./citations.js";
import { documentIssuer, policyIssuer } from "./issuer-level.js";
import { placeRole } from "./levels.js";
import type { Observation } from "./observation.js";
import { citationKind } from "./revisions.js";

const RANK: Record<IssuerLevel, number> = { central: 0, province: 1, city: 2, district: 3, unknown: Infinity };

export const panel = defineAnalysis({
  name: "panel",
  summary: "Risk-set panel for event-history models: one row per observed place-year until adoption, with neighbour, parent and upstream-citation covariates",
  query: PanelQuery,
  response: PanelResponse,
  async run(store, query) {
    const [{ adoptions, observation, rows: adoptionRows }, citations] = await Promise.all([
      loadObservedAdoptions(store, query),
      loadCitesRows(store, query),
    ]);
    const items: Item[] = query.item
      ? [resolveItem(adoptionRows, query.item, query.dimension)]
      : groupByItem(adoptions.firsts).filter((fs) => fs.length >= query.minAdopters).map((fs) => ({ itemId: fs[0]!.itemId, item: fs[0]!.item, category: fs[0]!.category }));
    const upstream = upstreamByPlaceYear(citations, query.level, query.rollup, observation);
    const adopting = new Set(adoptionRows.map((r) => `${r.docId}|${r.itemId}`));
    const borders = adjacency(query.level);

    const rows: PanelRow[] = [];
    let adopters = 0;
    for (const item of items) {
      const firstYear = new Map(adoptions.firsts.filter((f) => f.itemId === item.itemId).map((f) => [f.place.code, f.year]));
      const aboveYear = new Map(adoptions.above.filter((f) => f.itemId === item.itemId).map((f) => [f.place.code, f.year]));
      for (const p of observation.places.values()) {
        const adoptedIn = firstYear.get(p.place.code);
        if (adoptedIn !== undefined) adopters++;
        const neighbours = [...(borders.get(p.place.code) ?? [])];
        const cited = new Set<string>();
        for (let year = p.firstYear; year <= (adoptedIn ?? p.lastYear); year++) {
          const before = year - 1;
          const observedNeighbours = neighbours.filter((c) => (observation.places.get(c)?.firstYear ?? Infinity) <= before);
          const adoptedNeighbours = neighbours.filter((c) => (firstYear.get(c) ?? Infinity) <= before).length;
          const ids = [...(upstream.get(`${p.place.code}|${year}`) ?? [])].sort();
          for (const id of ids) cited.add(id);
          rows.push({
            itemId: item.itemId,
            item: item.item,
            placeCode: p.place.code,
            place: p.place.name,
            level: p.place.level,
            parentCode: p.parent?.code ?? null,
            parent: p.parent?.name ?? null,
            year,
            adopted: year === adoptedIn ? 1 : 0,
            documents: observation.documents.get(`${p.place.code}|${year}`)?.length ?? 0,
            firstObserved: p.firstYear,
            lastObserved: p.lastYear,
            neighbours: neighbours.length,
            neighboursObserved: observedNeighbours.length,
            neighboursAdopted: adoptedNeighbours,
            neighboursAdoptedShare: observedNeighbours.length ? adoptedNeighbours / observedNeighbours.length : null,
            parentAdopted: p.parent && (aboveYear.get(p.parent.code) ?? Infinity) <= before ? 1 : 0,
            upstreamCited: ids.length,
            upstreamIds: ids,
            upstreamAdopting: [...cited].filter((id) => adopting.has(`${id}|${item.itemId}`)).length,
          });
        }
      }
    }
    const table = {
      columns: [
        query.dimension, "item_id", "place_code", "place", "level", "parent_code", "parent", "year", "adopted", "documents", "first_observed", "last_observed",
        "neighbours", "neighbours_observed", "neighbours_adopted", "neighbours_adopted_share", "parent_adopted", "upstream_cited", "upstream_adopting", "upstream_ids",
      ],
      rows: rows.map((r) => [
        r.item, r.itemId, r.placeCode, r.place, r.level, r.parentCode, r.parent, r.year, r.adopted, r.documents, r.firstObserved, r.lastObserved,
        r.neighbours, r.neighboursObserved, r.neighboursAdopted, r.neighboursAdoptedShare === null ? null : Number(r.neighboursAdoptedShare.toFixed(4)), r.parentAdopted, r.upstreamCited, r.upstreamAdopting, r.upstreamIds,
      ]),
      filename: `panel-${query.item ? items[0]!.item : query.dimension}-${query.level}`,
    };
    const body = { dimension: query.dimension, level: query.level, items, coverage: observation.coverage, places: observation.places.size, adopters, rows };
    return { body, table };
  },
});


/** Upstream documents each place cited each year: issued above the place's level, and neither itself nor an earlier version. */
function upstreamByPlaceYear(rows: CitesRow[], level: PlaceLevel, rollup: boolean, observation: Observation): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const r of rows) {
    if (r.fromYear === null) continue;
    const at = placeRole(r.fromRegion, level, rollup);
    const place = at && (at.role === "own" || at.role === "rolled") ? observation.places.get(at.place.code) : undefined;
    if (!place || citationKind(r) !== "cites") continue;
    const issuer = r.toIsDocument ? documentIssuer(r.toIssuers, r.toRegion) : policyIssuer(r.toTitle, r.toNumber, r.fromRegion);
    if (!(RANK[issuer.level] < RANK[place.place.level])) continue;
    const key = `${place.place.code}|${r.fromYear}`;
    out.set(key, (out.get(key) ?? new Set()).add(r.toId));
  }
  return out;
}

