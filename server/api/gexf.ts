/**
 * Nodes and edges as GEXF 1.3 with Gephi's viz attributes (position, colour, size), so that a
 * view opens in Gephi as it looked in the explorer. Attributes are declared per class with
 * their type, like graphml.ts; each edge's `kind` is its relationship type (Gephi keeps parallel
 * edges only when their kinds differ, see edgeKinds).
 */
import type { ExportNodeView, GraphEdge, GraphNode } from "../schema/api.js";
import type { Props } from "../schema/graph.js";
import { xmlEscape } from "../render/xml.js";
import { attributeKeys, edgeKinds, type Key } from "./graphml.js";

type View = Record<string, ExportNodeView>;

const hex = (c: string, i: number) => parseInt(c.slice(1 + 2 * i, 3 + 2 * i), 16);
const n2 = (v: number) => Math.round(v * 100) / 100;

/** @example gexf(nodes, edges, { "industry:新材料": { x: 0, y: 0, size: 24, color: "#f28e2b" } }) */
export function gexf(nodes: GraphNode[], edges: GraphEdge[], view: View = {}): string {
  const nodeKeys = attributeKeys("n", [{ type: "" }, ...nodes.map((n) => n.props)], ["label"]);
  const edgeKeys = attributeKeys("e", [{ type: "" }, ...edges.map((e) => e.props)], ["label", "kind"]);
  const kinds = edgeKinds(edges);
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">',
    "  <meta><creator>政策知识图谱 · Policy Graph</creator></meta>",
    '  <graph defaultedgetype="directed" mode="static">',
    attributesElement("node", nodeKeys),
    attributesElement("edge", edgeKeys),
    "    <nodes>",
  ];
  for (const n of nodes) {
    const v = view[n.id];
    // Gephi's y axis points up, the canvas's down.
    const viz = v
      ? `<viz:color r="${hex(v.color, 0)}" g="${hex(v.color, 1)}" b="${hex(v.color, 2)}"/><viz:position x="${n2(v.x)}" y="${n2(-v.y)}" z="0"/><viz:size value="${n2(v.size / 2)}"/>`
      : "";
    out.push(`      <node id="${xmlEscape(n.id)}" label="${xmlEscape(n.name)}">${attValues(nodeKeys, { ...n.props, type: n.label })}${viz}</node>`);
  }
  out.push("    </nodes>", "    <edges>");
  for (const e of edges) {
    out.push(
      `      <edge id="${xmlEscape(e.id)}" source="${xmlEscape(e.source)}" target="${xmlEscape(e.target)}" label="${xmlEscape(e.type)}" kind="${xmlEscape(kinds.get(e.id)!)}">${attValues(edgeKeys, { ...e.props, type: e.type })}</edge>`,
    );
  }
  out.push("    </edges>", "  </graph>", "</gexf>", "");
  return out.join("\n");
}

const GEXF_TYPES = { string: "string", double: "double", boolean: "boolean" } as const;

function attributesElement(cls: "node" | "edge", keys: Map<string, Key>): string {
  const defs = [...keys.values()].map((k) => `<attribute id="${k.id}" title="${xmlEscape(k.name)}" type="${GEXF_TYPES[k.type]}"/>`).join("");
  return `    <attributes class="${cls}">${defs}</attributes>`;
}

function attValues(keys: Map<string, Key>, values: Props): string {
  const cells = Object.entries(values)
    .filter(([name]) => keys.has(name))
    .map(([name, v]) => `<attvalue for="${keys.get(name)!.id}" value="${xmlEscape(Array.isArray(v) ? JSON.stringify(v) : String(v))}"/>`)
    .join("");
  return cells ? `<attvalues>${cells}</attvalues>` : "";
}
