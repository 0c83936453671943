/**
 * Nodes and edges as CSV that Excel opens correctly: RFC 4180 quoting, CRLF line ends, and a
 * UTF-8 byte-order mark (without it Excel reads the file as the local code page and garbles
 * every Chinese name). One column per property found on any row.
 *
 * The plain variant, for R and pandas, has neither the byte-order mark nor the formula guard:
 * every cell is exactly as stored.
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
export function csvField(value: unknown, guard = true): string {
  if (value === null || value === undefined) return "";
  let text = Array.isArray(value) ? value.join("; ") : String(value);
  if (guard && typeof value !== "number" && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** @example nodesCsv([{id: "industry:新材料", label: "Industry", name: "新材料", props: {canonical: "新材料"}}]) */
export function nodesCsv(nodes: GraphNode[], plain = false): string {
  return table(["id", "label", "name"], nodes.map((n) => ({ row: [n.id, n.label, n.name], props: n.props })), plain);
}

export function edgesCsv(edges: GraphEdge[], plain = false): string {
  return table(["id", "type", "source", "target"], edges.map((e) => ({ row: [e.id, e.type, e.source, e.target], props: e.props })), plain);
}

/** Any table: a header row and rows of cells, for the analyses' CSV exports. */
export function tableCsv(columns: string[], rows: unknown[][], plain = false): string {
  return (plain ? "" : BOM) + [columns, ...rows].map((r) => r.map((v) => csvField(v, !plain)).join(",")).join("\r\n") + "\r\n";
}

function table(fixed: string[], rows: { row: unknown[]; props: Props }[], plain: boolean): string {
  const keys = [...new Set(rows.flatMap((r) => Object.keys(r.props)))].filter((k) => !fixed.includes(k)).sort();
  return tableCsv([...fixed, ...keys], rows.map(({ row, props }) => [...row, ...keys.map((k) => props[k])]), plain);
}
