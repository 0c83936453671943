/**
 * Neo4j values as API values: nodes and relationships as GraphNode / GraphEdge (with the
 * search keys and the document text left out), anything else as plain JSON.
 */
import { isDate, isDateTime, isDuration, isLocalDateTime, isLocalTime, isNode, isPath, isRelationship, isTime, Integer } from "neo4j-driver";
import type { GraphEdge, GraphNode } from "../schema/api.js";
import { NODE_LABELS, REL_TYPES, type NodeLabel, type Props, type RelType } from "../schema/graph.js";

/** A node as the queries in cypher/api project it. */
export interface NodeRow {
  id: string;
  labels: string[];
  props: Record<string, unknown>;
  degree?: number;
}

/** A relationship as the queries in cypher/api project it (source/target are entity ids). */
export interface EdgeRow {
  id: string;
  type: string;
  source: string;
  target: string;
  props: Record<string, unknown>;
}

/**
 * Properties that are not for display: the full text (only the document endpoint sends it),
 * the keys that exist for the full-text index and title matching, and id/name, which
 * GraphNode carries on its own. The graph queries in cypher/api already leave all but id and
 * name out of their map projections (`n {.*, text: null, …}`): moving and decoding them was a
 * third of the time of a document's neighbourhood.
 */
const HIDDEN_PROPS: ReadonlySet<string> = new Set(["text", "aliasText", "pinyin", "initials", "titleKey", "innerTitleKey", "contentHash", "id", "name"]);
const NOTHING_HIDDEN: ReadonlySet<string> = new Set();

// Set lookups rather than zod: these run for every element of every answer.
const LABELS: ReadonlySet<string> = new Set(NODE_LABELS);
const TYPES: ReadonlySet<string> = new Set(REL_TYPES);

/** The node's own label (every node also carries :Entity), or null for a node outside the model. */
export function ownLabel(labels: string[]): NodeLabel | null {
  return (labels.find((l) => LABELS.has(l)) as NodeLabel | undefined) ?? null;
}

export function toGraphNode(row: NodeRow): GraphNode | null {
  const label = ownLabel(row.labels);
  if (label === null) return null;
  const node: GraphNode = { id: row.id, label, name: String(row.props.name ?? row.id), props: toProps(row.props, HIDDEN_PROPS) };
  if (row.degree !== undefined) node.degree = Number(row.degree);
  return node;
}

export function toGraphEdge(row: EdgeRow): GraphEdge | null {
  if (!TYPES.has(row.type)) return null;
  return { id: row.id, type: row.type as RelType, source: row.source, target: row.target, props: toProps(row.props, NOTHING_HIDDEN) };
}

/** Properties as the API's Props: scalars and homogeneous lists; nulls and hidden keys dropped. */
export function toProps(props: Record<string, unknown>, hidden: ReadonlySet<string>): Props {
  const out: Props = {};
  for (const [key, raw] of Object.entries(props)) {
    if (hidden.has(key) || raw === null || raw === undefined) continue;
    // Most values are plain already: skip plainValue's eleven type checks for them.
    const value = typeof raw === "string" || typeof raw === "number" || typeof raw === "boolean" ? raw : plainValue(raw);
    if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") out[key] = value;
    else if (Array.isArray(value) && value.every((v) => typeof v === "number")) out[key] = value as number[];
    else if (Array.isArray(value)) out[key] = value.map((v) => (typeof v === "string" ? v : JSON.stringify(v)));
    else out[key] = JSON.stringify(value);
  }
  return out;
}

/**
 * Any value a Cypher query can return as JSON: Integer as number, temporal values as ISO
 * strings, nodes, relationships and paths as small objects (a node's text left out).
 */
export function plainValue(v: unknown): unknown {
  if (v === null || v === undefined) return null;
  if (Integer.isInteger(v)) return (v as Integer).toNumber();
  if (isDate(v) || isDateTime(v) || isLocalDateTime(v) || isLocalTime(v) || isTime(v) || isDuration(v)) return String(v);
  if (isNode(v)) return { elementId: v.elementId, labels: v.labels, properties: plainValue(withoutText(v.properties)) };
  if (isRelationship(v)) {
    return { elementId: v.elementId, type: v.type, start: v.startNodeElementId, end: v.endNodeElementId, properties: plainValue(v.properties) };
  }
  if (isPath(v)) return { nodes: [v.start, ...v.segments.map((s) => s.end)].map(plainValue), relationships: v.segments.map((s) => plainValue(s.relationship)) };
  if (Array.isArray(v)) return v.map(plainValue);
  if (typeof v === "object") return Object.fromEntries(Object.entries(v as Record<string, unknown>).map(([k, x]) => [k, plainValue(x)]));
  return v;
}

function withoutText(props: Record<string, unknown>): Record<string, unknown> {
  const { text: _text, ...rest } = props;
  return rest;
}
