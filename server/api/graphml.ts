/**
 * Nodes and edges as GraphML (for Gephi, yEd, Cytoscape desktop): every attribute declared
 * as a <key> with its type, values escaped and stripped of what XML forbids (render/xml.ts).
 *
 * Laid out for Gephi's importer with its default settings: a node's `label` is its name and
 * its model label is the `type` attribute; an edge's `label` is its relationship type, and the
 * edge element's own `label` attribute, which Gephi reads as the edge's kind, keeps parallel
 * edges apart (Gephi merges edges of one kind between the same two nodes into one).
 */
import type { GraphEdge, GraphNode } from "../schema/api.js";
import type { Props } from "../schema/graph.js";
import { xmlEscape } from "../render/xml.js";


export interface Key {
  id: string;
  name: string;
  type: "string" | "double" | "boolean";
}

/** @example graphml(nodes, edges) → '<?xml version="1.0" …><graphml …><key …/>…<graph edgedefault="directed">…' */
export function graphml(nodes: GraphNode[], edges: GraphEdge[]): string {
  const nodeKeys = attributeKeys("n", [{ label: "", type: "" }, ...nodes.map((n) => n.props)]);
  const edgeKeys = attributeKeys("e", [{ label: "", type: "" }, ...edges.map((e) => e.props)]);
  const kinds = edgeKinds(edges);
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...[...nodeKeys.values()].map((k) => keyElement(k, "node")),
    ...[...edgeKeys.values()].map((k) => keyElement(k, "edge")),
    '  <graph id="policy-graph" edgedefault="directed">',
  ];
  for (const n of nodes) {
    // The model's own fields win over a stored property of the same name.
    out.push(`    <node id="${xmlEscape(n.id)}">${dataElements(nodeKeys, { ...n.props, label: n.name, type: n.label })}</node>`);
  }
  for (const e of edges) {
    out.push(
      `    <edge id="${xmlEscape(e.id)}" source="${xmlEscape(e.source)}" target="${xmlEscape(e.target)}" label="${xmlEscape(kinds.get(e.id)!)}">${dataElements(edgeKeys, { ...e.props, label: e.type, type: e.type })}</edge>`,
    );
  }
  out.push("  </graph>", "</graphml>", "");
  return out.join("\n");
}

/**
 * Each edge's kind for Gephi: its relationship type, with " #2", " #3" … added for a second or
 * third edge of that type between the same two nodes (two documents stating the same fact), so
 * that Gephi keeps every relationship.
 * @example edgeKinds([{ id: "a", type: "SUPPORTS", source: "f", target: "i" }, { id: "b", type: "SUPPORTS", source: "f", target: "i" }]) // a → SUPPORTS, b → SUPPORTS #2
 */
export function edgeKinds(edges: Pick<GraphEdge, "id" | "type" | "source" | "target">[]): Map<string, string> {
  const seen = new Map<string, number>();
  const kinds = new Map<string, string>();
  for (const e of edges) {
    const key = JSON.stringify([e.source, e.target, e.type]);
    const k = (seen.get(key) ?? 0) + 1;
    seen.set(key, k);
    kinds.set(e.id, k === 1 ? e.type : `${e.type} #${k}`);
  }
  return kinds;
}

/**
 * One key per attribute name, but none for `reserved` names (the format carries those itself);
 * a number or boolean column stays typed only if every value agrees.
 */
export function attributeKeys(prefix: string, all: Props[], reserved: string[] = []): Map<string, Key> {
  const keys = new Map<string, Key>();
  for (const props of all) {
    for (const [name, value] of Object.entries(props)) {
      if (reserved.includes(name)) continue;
      const type = typeof value === "number" ? "double" : typeof value === "boolean" ? "boolean" : "string";
      const seen = keys.get(name);
      if (!seen) keys.set(name, { id: `${prefix}${keys.size}`, name, type });
      else if (seen.type !== type) seen.type = "string";
    }
  }
  return keys;
}

function keyElement(k: Key, domain: "node" | "edge"): string {
  return `  <key id="${k.id}" for="${domain}" attr.name="${xmlEscape(k.name)}" attr.type="${k.type}"/>`;
}

function dataElements(keys: Map<string, Key>, values: Props): string {
  return Object.entries(values)
    .map(([name, v]) => `<data key="${keys.get(name)!.id}">${xmlEscape(Array.isArray(v) ? JSON.stringify(v) : String(v))}</data>`)
    .join("");
}
