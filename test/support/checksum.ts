/**
 * A fingerprint of the whole graph, for tests that must prove a failure changed nothing:
 * every node's labels and properties and every relationship's type, endpoints (by `id`) and
 * properties, each written as canonical JSON, sorted, and hashed with sha256. Two graphs with
 * the same checksum hold the same content, whatever their internal element ids.
 */
import { createHash } from "node:crypto";
import type { Store } from "../../server/store/connect.js";

/** JSON with object keys sorted, so equal values always give equal text. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value && typeof value === "object") {
    if (value.constructor !== Object) return JSON.stringify(String(value));
    const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

export interface GraphChecksum {
  nodes: number;
  relationships: number;
  sha256: string;
}

/**
 * The graph's node and relationship counts and the sha256 of its sorted canonical content.
 * `omit` leaves properties out of it, as a test that compares graphs which must differ in one
 * known property only (a document's fingerprint after a new EXTRACTOR_VERSION) does.
 */
export async function graphChecksum(store: Store, options: { omit?: string[] } = {}): Promise<GraphChecksum> {
  const run = async (query: string) => (await store.driver.executeQuery(query, { omit: options.omit ?? [] }, { database: store.database })).records;
  const kept = "[k IN keys(x) WHERE NOT k IN $omit | [k, x[k]]]";
  const nodes = await run(`MATCH (x) RETURN labels(x) AS labels, ${kept} AS props`);
  const rels = await run(`MATCH (a)-[x]->(b) RETURN type(x) AS type, coalesce(a.id, elementId(a)) AS from, coalesce(b.id, elementId(b)) AS to, ${kept} AS props`);
  const props = (r: (typeof nodes)[number]) => Object.fromEntries(r.get("props") as [string, unknown][]);
  const lines = [
    ...nodes.map((r) => `N${canonical([[...(r.get("labels") as string[])].sort(), props(r)])}`),
    ...rels.map((r) => `R${canonical([r.get("type"), r.get("from"), r.get("to"), props(r)])}`),
  ].sort();
  const hash = createHash("sha256");
  for (const line of lines) hash.update(line).update("\n");
  return { nodes: nodes.length, relationships: rels.length, sha256: hash.digest("hex") };
}

/**
 * What a crashed or repeated load must never leave: two nodes with one id, two edges of one
 * type between the same ends from the same sentence of the same document, an edge that names
 * a document the graph does not hold, or a Measure whose document is missing.
 */
export async function integrityProblems(store: Store): Promise<string[]> {
  const { records } = await store.driver.executeQuery(
    `CALL () { MATCH (n) WHERE n.id IS NOT NULL WITH n.id AS id, count(*) AS c WHERE c > 1 RETURN collect('node ' + id + ' ×' + c) AS a }
     CALL () { MATCH (x)-[r]->(y) WITH type(r) AS t, x, y, r.docId AS doc, r.start AS s, count(*) AS c WHERE c > 1
               RETURN collect('edge ' + t + ' ' + coalesce(x.id, '?') + '→' + coalesce(y.id, '?') + ' in ' + coalesce(doc, '-') + '@' + coalesce(toString(s), '-') + ' ×' + c) AS b }
     CALL () { MATCH ()-[r]->() WHERE r.docId IS NOT NULL AND NOT EXISTS { MATCH (:Document {id: r.docId}) }
               RETURN collect(DISTINCT 'edge of missing document ' + r.docId) AS c }
     CALL () { MATCH (m:Measure) WHERE NOT EXISTS { MATCH (:Document {id: m.docId}) } RETURN collect('measure of missing document ' + m.id) AS d }
     RETURN a + b + c + d AS problems`,
    {},
    { database: store.database },
  );
  return records[0]!.get("problems") as string[];
}

/**
 * For each document, how many edges it stated (those carrying its docId, and its MENTIONS):
 * compared with an uninterrupted load's, it shows whether a document was loaded only in part.
 */
export async function edgesPerDocument(store: Store): Promise<Record<string, number>> {
  const { records } = await store.driver.executeQuery(
    "MATCH (d:Document) RETURN d.id AS id, COUNT { MATCH ()-[r]->() WHERE r.docId = d.id } + COUNT { (d)-[:MENTIONS]->() } AS edges",
    {},
    { database: store.database },
  );
  return Object.fromEntries(records.map((r) => [r.get("id") as string, r.get("edges") as number]));
}
