/**
 * Adoptions as cascades, the input of NetInf and of R's NetworkInference
 * (`as_cascade_long(df, cascade_node_name = "node_name", event_time = "event_time",
 * cascade_id = "cascade_id", node_names = nodes$node_name)`): one cascade per item adopted by
 * at least `minAdopters` places, each event a place's first-adoption year, and the full node
 * list of every observed place, so places that never adopt are still nodes.
 */
import { CascadesQuery, CascadesResponse } from "../schema/analysis/network.js";
import { defineAnalysis } from "./analysis.js";
import { groupByItem, loadObservedAdoptions, type Adoptions } from "./adoptions.js";
import type { Cascade } from "./netinf.js";

/** One cascade per item with enough adopters, ids being item ids. */
export function cascadesOf(adoptions: Adoptions, minAdopters: number): Cascade[] {
  return groupByItem(adoptions.firsts)
    .filter((fs) => fs.length >= minAdopters)
    .map((fs) => ({ id: fs[0]!.itemId, events: fs.map((f) => ({ node: f.place.code, time: f.year })) }));
}

export const cascades = defineAnalysis({
  name: "cascades",
  summary: "Cascades for NetInf / NetworkInference: one per instrument (cascade_id, node_name, event_time), with the full node list (part=nodes)",
  query: CascadesQuery,
  response: CascadesResponse,
  async run(store, query) {
    const { adoptions, observation } = await loadObservedAdoptions(store, query);
    const list = cascadesOf(adoptions, query.minAdopters);
    const name = (code: string) => observation.places.get(code)?.place.name ?? code;
    const events = list.flatMap((c) => c.events.map((e) => ({ cascadeId: c.id, node: e.node, place: name(e.node), time: e.time })));
    const nodes = [...observation.places.values()].map((p) => ({ node: p.place.code, place: p.place, parentCode: p.parent?.code ?? null, firstObserved: p.firstYear, lastObserved: p.lastYear, documents: p.documents }));
    const table =
      query.part === "nodes"
        ? {
            columns: ["node_name", "place", "level", "parent_code", "first_observed", "last_observed", "documents"],
            rows: nodes.map((n) => [n.node, n.place.name, n.place.level, n.parentCode, n.firstObserved, n.lastObserved, n.documents]),
            filename: `netinf-nodes-${query.dimension}-${query.level}`,
          }
        : {
            columns: ["cascade_id", "node_name", "event_time", "place"],
            rows: events.map((e) => [e.cascadeId, e.node, e.time, e.place]),
            filename: `netinf-cascades-${query.dimension}-${query.level}`,
          };
    return { body: { dimension: query.dimension, level: query.level, coverage: observation.coverage, cascades: list.length, events, nodes }, table };
  },
});
