/**
 * Property values as neo4j-admin import reads them: strings quoted, numbers as `double` because
 * the JavaScript driver sends every JS number as a Float, and lists joined by ARRAY_DELIMITER.
 * What the importer cannot write, or not quickly, is reported as such, to be set by Cypher
 * after the import.
 *
 * Fields are separated and quoted by ASCII control characters, not by `,` and `"`: documents'
 * texts hold plenty of those, and the texts are imported with line breaks, which takes
 * `--multiline-fields` (format v2: files read in parallel). To split such a file, v2 scans back
 * from the end of each 4 MB buffer for the start of a row, guessing cells from quotes and
 * delimiters, and it guesses wrong when a text holds them: an import of 1,000 texts quoted with
 * `"` failed with "found CR outside a text cell". Texts hold no such control characters in
 * practice; in those files, the rare value that does is left to Cypher (see csvProperty).
 */
/** Between fields (`--delimiter`): the ASCII record separator. */
export const DELIMITER = "\u001e";
/** Around strings (`--quote`): the ASCII group separator, doubled inside a value. */
export const QUOTE = "\u001d";
/**
 * Between list elements (`--array-delimiter`): the ASCII unit separator. A list with an
 * element that holds it is set after the import instead.
 */
export const ARRAY_DELIMITER = "\u001f";
/** How neo4j-admin's options name them. */
export const DELIMITER_OPTION = "U+001E";
export const QUOTE_OPTION = "U+001D";
export const ARRAY_DELIMITER_OPTION = "U+001F";

/** A property value as Neo4j stores it (schema/graph.ts PropValue), null aside: null means absent. */
export type StoredValue = string | number | boolean | string[] | number[];

export type CsvType = "string" | "double" | "boolean" | "string[]" | "double[]";

/** A header name needs no quoting and cannot be mistaken for `name:type` or a field separator. */
const PLAIN_KEY = /^[\p{L}\p{N}_]+$/u;
const LINE_BREAK = /[\r\n]/;
/** Keys seen, plain or not: a few dozen, asked about for every field of every row. */
const plainKeys = new Map<string, boolean>();
const plainKey = (key: string) => {
  let plain = plainKeys.get(key);
  if (plain === undefined) plainKeys.set(key, (plain = PLAIN_KEY.test(key)));
  return plain;
};

export const quoted = (s: string) => `${QUOTE}${s.includes(QUOTE) ? s.replaceAll(QUOTE, QUOTE + QUOTE) : s}${QUOTE}`;

/**
 * A string the v2 multi-line reader cannot mistake for anything but one quoted cell: no quote
 * or delimiter inside, and nothing before its closing quote that it takes for an escape (a
 * backslash, or the opening quote of an empty string).
 */
const unambiguous = (s: string) => s !== "" && !s.endsWith("\\") && !s.includes(QUOTE) && !s.includes(DELIMITER);

/** An id that may stand unquoted first in a row of a multi-line file, where the v2 reader looks for row starts. */
export const plainId = (id: string) => unambiguous(id) && !LINE_BREAK.test(id) && !id.includes(ARRAY_DELIMITER);

/**
 * A non-null property as a CSV column type and field, or null when it is to be set by Cypher
 * after the import instead:
 * - an empty list and a list of one empty string both come out of the importer as no property
 *   at all (neo4j/neo4j#13566);
 * - a list element holding the array delimiter would be split;
 * - a key outside letters, digits and `_` cannot be a header name;
 * - a string with a line break (a document's text) is only written to a `multiline` file, and
 *   a string there only if it is unambiguous (above);
 * - a list element with a line break is not written at all: lists never need one.
 *
 * @example csvProperty("aliases", ["东莞", "莞"]) // { type: "string[]", field: "\u001d东莞\u001f莞\u001d" }
 */
export function csvProperty(key: string, value: StoredValue, multiline = false): { type: CsvType; field: string } | null {
  if (!plainKey(key)) return null;
  if (typeof value === "string") {
    if (multiline ? !unambiguous(value) : LINE_BREAK.test(value)) return null;
    return { type: "string", field: quoted(value) };
  }
  if (typeof value === "number") return { type: "double", field: String(value) };
  if (typeof value === "boolean") return { type: "boolean", field: String(value) };
  if (value.length === 0 || (value.length === 1 && value[0] === "")) return null;
  if (typeof value[0] === "number") return { type: "double[]", field: value.join(ARRAY_DELIMITER) };
  const strings = value as string[];
  const joined = strings.join(ARRAY_DELIMITER);
  if (strings.some((s) => s.includes(ARRAY_DELIMITER) || LINE_BREAK.test(s)) || (multiline && !unambiguous(joined))) return null;
  return { type: "string[]", field: quoted(joined) };
}

/** A header column: `name` for strings (the importer's default type), `name:type` otherwise. */
export const headerColumn = (key: string, type: CsvType) => (type === "string" ? key : typedColumns[type].get(key) ?? typedColumn(key, type));
const typedColumns: Record<CsvType, Map<string, string>> = { string: new Map(), double: new Map(), boolean: new Map(), "string[]": new Map(), "double[]": new Map() };
/** Made once per key and type, which every row of the same shape asks for again. */
function typedColumn(key: string, type: CsvType): string {
  const column = `${key}:${type}`;
  typedColumns[type].set(key, column);
  return column;
}
