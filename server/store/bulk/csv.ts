/**
 * Property values as neo4j-admin import reads them: strings quoted (RFC 4180, inner quotes
 * doubled, so commas, semicolons, quotes and backslashes pass unchanged), numbers as `double`
 * because the JavaScript driver sends every JS number as a Float, and lists joined by
 * ARRAY_DELIMITER. What the importer cannot write, or not quickly, is reported as such, to be
 * set by Cypher after the import.
 */
/**
 * Between list elements (`--array-delimiter`): the ASCII unit separator, a control character
 * made for this job. A list with an element that holds it is set after the import instead.
 */
export const ARRAY_DELIMITER = "\u001f";
/** How neo4j-admin's `--array-delimiter` option names it. */
export const ARRAY_DELIMITER_OPTION = "U+001F";

/** A property value as Neo4j stores it (schema/graph.ts PropValue), null aside: null means absent. */
export type StoredValue = string | number | boolean | string[] | number[];

export type CsvType = "string" | "double" | "boolean" | "string[]" | "double[]";

/** A header name needs no quoting and cannot be mistaken for `name:type` or a field separator. */
const PLAIN_KEY = /^[\p{L}\p{N}_]+$/u;
const LINE_BREAK = /[\r\n]/;

export const quoted = (s: string) => `"${s.replaceAll('"', '""')}"`;

/**
 * A non-null property as a CSV column type and field, or null when it is to be set by Cypher
 * after the import instead:
 * - an empty list and a list of one empty string both come out of the importer as no property
 *   at all (neo4j/neo4j#13566);
 * - a list element holding the delimiter would be split;
 * - a key outside letters, digits and `_` cannot be a header name;
 * - a string with a line break (a document's text) needs --multiline-fields, which made the
 *   import of 1,000 documents take 24 s instead of 6, and whose parallel variant (format v2)
 *   failed on such a field at its 4 MB read-buffer boundary ("found CR outside a text cell").
 *
 * @example csvProperty("aliases", ["东莞", "莞"]) // { type: "string[]", field: '"东莞\u001f莞"' }
 */
export function csvProperty(key: string, value: StoredValue): { type: CsvType; field: string } | null {
  if (!PLAIN_KEY.test(key)) return null;
  if (typeof value === "string") return LINE_BREAK.test(value) ? null : { type: "string", field: quoted(value) };
  if (typeof value === "number") return { type: "double", field: String(value) };
  if (typeof value === "boolean") return { type: "boolean", field: String(value) };
  if (value.length === 0 || (value.length === 1 && value[0] === "")) return null;
  if (typeof value[0] === "number") return { type: "double[]", field: value.join(ARRAY_DELIMITER) };
  const strings = value as string[];
  if (strings.some((s) => s.includes(ARRAY_DELIMITER) || LINE_BREAK.test(s))) return null;
  return { type: "string[]", field: quoted(strings.join(ARRAY_DELIMITER)) };
}

/** A header column: `name` for strings (the importer's default type), `name:type` otherwise. */
export const headerColumn = (key: string, type: CsvType) => (type === "string" ? key : `${key}:${type}`);
