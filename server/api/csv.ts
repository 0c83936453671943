/**
 * Nodes and edges as CSV that Excel opens correctly: RFC 4180 quoting, CRLF line ends, and a
 * UTF-8 byte-order mark (without it Excel reads the file as the local code page and garbles
 * every Chinese name). One column per property found on any row.
 */
import type { GraphEdge, GraphNode } from "../schema/api.js";
import type { Props } from "../schema/graph.js";

const BOM = "\uFEFF";
/** Cells that a spreadsheet would run as a formula (CSV injection, OWASP). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One CSV field: quoted when it holds a comma, quote or line break; quotes doubled. A cell a
 * spreadsheet would read as a formula gets a leading ', a list's joined text included; numbers
 * stay numbers (-5 is no formula, and R or Stata must read it as a number).
 */
export function csvField(value: unknown): string {
  if (value === null || value === undefined) return "";
  let text = Array.isArray(value) ? value.join("; ") : String(value);
  if (typeof value !== "number" && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** @example nodesCsv([{id: "industry:新材料", label: "Industry", name: "新材料", props: {canonical: "新材料"}}]) */
export function nodesCsv(nodes: GraphNode[]): string {
  return table(["id", "label", "name"], nodes.map((n) => ({ row: [n.id, n.label, n.name], props: n.props })));
}

export function edgesCsv(edges: GraphEdge[]): string {
  return table(["id", "type", "source", "target"], edges.map((e) => ({ row: [e.id, e.type, e.source, e.target], props: e.props })));
}

/** Any table: a header row and rows of cells, for the analyses' CSV exports. */
export function tableCsv(columns: string[], rows: unknown[][]): string {
  return BOM + [columns, ...rows].map((r) => r.map(csvField).join(",")).join("\r\n") + "\r\n";
}

function table(fixed: string[], rows: { row: unknown[]; props: Props }[]): string {
  const keys = [...new Set(rows.flatMap((r) => Object.keys(r.props)))].filter((k) => !fixed.includes(k)).sort();
  return tableCsv([...fixed, ...keys], rows.map(({ row, props }) => [...row, ...keys.map((k) => props[k])]));
}
