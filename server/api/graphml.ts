/**
 * Nodes and edges as GraphML (for Gephi, yEd, Cytoscape desktop): every attribute declared
 * as a <key> with its type, values escaped, and characters that XML 1.0 forbids (control
 * characters, lone surrogates) removed rather than written into an unreadable file.
 */
import type { GraphEdge, GraphNode } from "../schema/api.js";
import type { Props } from "../schema/graph.js";

const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function xmlEscape(text: string): string {
  return text.replace(NOT_XML, "").replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" })[c]!);
}

interface Key {
  id: string;
  name: string;
  type: "string" | "double" | "boolean";
}

/** @example graphml(nodes, edges) → '<?xml version="1.0" …><graphml …><key …/>…<graph edgedefault="directed">…' */
export function graphml(nodes: GraphNode[], edges: GraphEdge[]): string {
  const nodeKeys = keysFor("n", [{ label: "", name: "" }, ...nodes.map((n) => n.props)]);
  const edgeKeys = keysFor("e", [{ type: "" }, ...edges.map((e) => e.props)]);
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...[...nodeKeys.values()].map((k) => keyElement(k, "node")),
    ...[...edgeKeys.values()].map((k) => keyElement(k, "edge")),
    '  <graph id="policy-graph" edgedefault="directed">',
  ];
  for (const n of nodes) {
    out.push(`    <node id="${xmlEscape(n.id)}">${dataElements(nodeKeys, { label: n.label, name: n.name, ...n.props })}</node>`);
  }
  for (const e of edges) {
    out.push(`    <edge id="${xmlEscape(e.id)}" source="${xmlEscape(e.source)}" target="${xmlEscape(e.target)}">${dataElements(edgeKeys, { type: e.type, ...e.props })}</edge>`);
  }
  out.push("  </graph>", "</graphml>", "");
  return out.join("\n");
}

/** One key per attribute name; a number or boolean column stays typed only if every value agrees. */
function keysFor(prefix: string, all: Props[]): Map<string, Key> {
  const keys = new Map<string, Key>();
  for (const props of all) {
    for (const [name, value] of Object.entries(props)) {
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
