/**
 * Text as XML character data or attribute values, for every XML file the exports write (SVG,
 * GraphML, GEXF): markup escaped, and the characters XML 1.0 forbids (control characters, lone
 * surrogates) removed rather than written into a file no program can open.
 */
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** @example xmlEscape('<a href="x">') // "&lt;a href=&quot;x&quot;&gt;" */
export function xmlEscape(text: string): string {
  return text.replace(NOT_XML, "").replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" })[c]!);
}
