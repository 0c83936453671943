/**
 * Loads extraction results into Neo4j: batched `UNWIND $rows` statements from cypher/load/,
 * one file per label and relationship type, all parameterised.
 *
 * A batch of documents is one transaction: a failure leaves none of them half-loaded. Loading
 * a document first deletes the edges it stated before, so reloading a changed file replaces
 * exactly that document's edges and reloading an unchanged one changes nothing.
 */
import type { ManagedTransaction, Record as Neo4jRecord } from "neo4j-driver";
import { pinyin } from "pinyin-pro";
import type { Entity, Extraction, NodeLabel, Relation, RelType } from "../schema/graph.js";
import { innerTitleKey, titleKey } from "../schema/titles.js";
import type { Store } from "./connect.js";
import { graphChanged } from "./changes.js";
import { applyCorrections } from "./corrections.js";
import { cypher, cypherStatements } from "./cypher.js";

export interface LoadCounts {
  documents: number;
  nodes: number;
  relationships: number;
}

export type Row = Record<string, unknown>;

const kebab = (s: string) => s.toLowerCase().replace(/_/g, "-");

/** Loads the documents in one write transaction (retried by the driver on transient errors). */
export function loadBatch(store: Store, extractions: Extraction[]): Promise<LoadCounts> {
  return writeBatch(store, extractions, new Set(), () => Promise.resolve());
}

/**
 * Loads batches in several transactions at once, with the graph the same as one loadBatch after
 * another: `load(batch)` may be called again before the previous one settled. Each transaction
 * first writes what no earlier transaction still open touches (its documents and the entities
 * only it names), then waits until the previous batch has committed and writes the rest (shared
 * entities, whose first name, alias order and last properties follow the batch order; citations
 * of documents the earlier batches hold). So shared nodes are written in batch order, two open
 * transactions never write the same node (no deadlock between them), and when a batch fails the
 * ones after it fail too, as a sequential load would stop there.
 */
export function orderedLoads(store: Store): (extractions: Extraction[]) => Promise<LoadCounts> {
  let previous: Promise<unknown> = Promise.resolve();
  const open = new Set<Set<string>>();
  return (extractions) => {
    const ids = idsTouched(extractions);
    const exclusive = new Set(ids);
    for (const other of open) for (const id of other) exclusive.delete(id);
    open.add(ids);
    const before = previous;
    const done = writeBatch(store, extractions, exclusive, () => before);
    const settled = () => void open.delete(ids);
    done.then(settled, settled);
    previous = done;
    return done;
  };
}

/** Every id a batch writes or relates. */
function idsTouched(extractions: Extraction[]): Set<string> {
  const ids = new Set<string>();
  for (const x of extractions) {
    ids.add(x.document.id);
    for (const e of x.entities) ids.add(e.id);
    for (const r of x.relations) ids.add(r.from).add(r.to);
  }
  return ids;
}

/**
 * One batch in one transaction: first the documents and entities in `early` (ids no other open
 * transaction touches), and the edges among them; then, once `previous()` resolves, the rest.
 */
async function writeBatch(store: Store, extractions: Extraction[], early: ReadonlySet<string>, previous: () => Promise<unknown>): Promise<LoadCounts> {
  if (extractions.length === 0) return { documents: 0, nodes: 0, relationships: 0 };
  const docIds = extractions.map((x) => x.document.id);
  const docRows = extractions.map(documentRow);
  const nodeRows = entityRowsByLabel(extractions.flatMap((x) => x.entities));
  const relRows = relationRowsByType(extractions.flatMap(withMentions));

  const session = store.driver.session({ database: store.database });
  try {
    return await session.executeWrite(async (tx) => {
      // New documents have nothing to replace: skip the deletes, the common case of a first load.
      const stored = (await tx.run(cypher("load/document-fingerprints"), { ids: docIds })).records.map((r) => r.get("id") as string);
      // Element ids of everything the batch relates, as the node loads return them: the
      // relationship loads then find both ends of 20,000 rows without an index seek each.
      const elementIds = new Map<string, string>();
      const counts = { documents: docRows.length, nodes: 0, relationships: 0 };
      // A reload deletes edges of shared entities first: all of it waits for the previous batch.
      // Cited Policies wait too, as they may be documents an earlier batch loads.
      const now = stored.length > 0 ? () => false : (id: string, label?: NodeLabel) => early.has(id) && label !== "Policy";
      const earlyDocs = docRows.filter((d) => now(d.id));
      await loadDocuments(tx, earlyDocs, elementIds);
      await loadNodes(tx, takeRows(nodeRows, (row, label) => now(row.id as string, label)), elementIds, counts);
      await loadRelationships(tx, takeRows(relRows, (row) => elementIds.has(row.from as string) && elementIds.has(row.to as string)), elementIds, counts);

      await previous();
      const candidates = stored.length > 0 ? await unsupportedCandidates(tx, stored) : [];
      if (stored.length > 0) {
        for (const statement of cypherStatements("load/delete-document-edges")) await tx.run(statement, { docIds: stored });
      }
      await loadDocuments(tx, docRows.filter((d) => !earlyDocs.includes(d)), elementIds);
      await redirectCitationsToDocuments(tx, nodeRows, relRows);
      await loadNodes(tx, nodeRows, elementIds, counts);
      const elsewhere = [...new Set([...relRows.values()].flat().flatMap((r) => [r.from as string, r.to as string]))].filter((id) => !elementIds.has(id));
      if (elsewhere.length > 0) keepElementIds((await tx.run(cypher("load/element-ids"), { ids: elsewhere })).records, elementIds);
      await loadRelationships(tx, relRows, elementIds, counts);
      await movePoliciesToDocuments(tx, docRows.map(documentTitleKeys));
      await deleteUnsupported(tx, candidates);
      // Reviewers' corrections hold on top of whatever the extractor now says (store/corrections.ts).
      await applyCorrections(tx);
      return { ...counts, nodes: counts.nodes + docRows.length };
    });
  } finally {
    graphChanged();
    await session.close();
  }
}

/** Moves the rows `take` picks out of `rows` into a map of their own, in the same order. */
function takeRows<K>(rows: Map<K, Row[]>, take: (row: Row, key: K) => boolean): Map<K, Row[]> {
  const taken = new Map<K, Row[]>();
  for (const [key, all] of rows) {
    const picked = all.filter((row) => take(row, key));
    if (picked.length === 0) continue;
    taken.set(key, picked);
    rows.set(key, all.filter((row) => !take(row, key)));
  }
  return taken;
}

function keepElementIds(records: Neo4jRecord[], elementIds: Map<string, string>): void {
  for (const r of records) elementIds.set(r.get("id") as string, r.get("eid") as string);
}

async function loadDocuments(tx: ManagedTransaction, rows: Row[], elementIds: Map<string, string>): Promise<void> {
  if (rows.length > 0) keepElementIds((await tx.run(cypher("load/document"), { rows })).records, elementIds);
}

async function loadNodes(tx: ManagedTransaction, nodeRows: Map<NodeLabel, Row[]>, elementIds: Map<string, string>, counts: LoadCounts): Promise<void> {
  for (const [label, rows] of nodeRows) {
    if (rows.length === 0) continue;
    keepElementIds((await tx.run(cypher(`load/node-${label.toLowerCase()}`), { rows })).records, elementIds);
    counts.nodes += rows.length;
  }
}

/** A relationship whose end is not stored is left out (as the bulk import leaves it out). */
async function loadRelationships(tx: ManagedTransaction, relRows: Map<RelType, Row[]>, elementIds: Map<string, string>, counts: LoadCounts): Promise<void> {
  for (const [type, rows] of relRows) {
    const resolved = rows.flatMap((r) => {
      const from = elementIds.get(r.from as string);
      const to = elementIds.get(r.to as string);
      return from && to ? [{ from, to, props: r.props }] : [];
    });
    if (resolved.length === 0) continue;
    await tx.run(cypher(`load/rel-${kebab(type)}`), { rows: resolved });
    counts.relationships += resolved.length;
  }
}

/**
 * The extraction's relations plus a MENTIONS (count 0) from the document to each of its
 * entities that it does not mention yet (a region's parents, say). Every entity a document
 * relates is then one it mentions: that is how its edges are found again to replace them,
 * and how an entity no document supports any more is recognised.
 */
export function withMentions(x: Extraction): Relation[] {
  const mentioned = new Set(x.relations.filter((r) => r.type === "MENTIONS" && r.from === x.document.id).map((r) => r.to));
  const added: Relation[] = x.entities
    .filter((e) => e.label !== "Document" && e.label !== "Measure" && !mentioned.has(e.id))
    .map((e) => ({ type: "MENTIONS", from: x.document.id, to: e.id, docId: x.document.id, quote: null, start: null, end: null, props: { count: 0 }, provenance: "inferred" as const }));
  return [...x.relations, ...added];
}

/** Removes documents and every entity that only they supported; says which ids were not stored. */
export async function removeDocuments(store: Store, docIds: string[]): Promise<{ removed: string[]; unknown: string[] }> {
  const session = store.driver.session({ database: store.database });
  try {
    return await session.executeWrite(async (tx) => {
      const stored = (await tx.run(cypher("load/document-fingerprints"), { ids: docIds })).records.map((r) => r.get("id") as string);
      if (stored.length > 0) {
        const candidates = await unsupportedCandidates(tx, stored);
        for (const statement of cypherStatements("load/delete-document-edges")) await tx.run(statement, { docIds: stored });
        await tx.run(cypher("load/delete-documents"), { docIds: stored });
        await deleteUnsupported(tx, candidates);
        // What the documents' sentences supported is orphaned now, and held again when they return.
        await applyCorrections(tx);
      }
      return { removed: stored, unknown: docIds.filter((id) => !stored.includes(id)) };
    });
  } finally {
    graphChanged();
    await session.close();
  }
}

/**
 * What each stored document was extracted from (DocumentMeta.fingerprint) and the file it was
 * read from, by id: a file is unchanged only if its bytes, the extractor and its sidecar row are
 * all the same.
 */
export async function storedFingerprints(store: Store, ids: string[]): Promise<Map<string, { fingerprint: string; sourceFile: string }>> {
  const { records } = await store.driver.executeQuery(cypher("load/document-fingerprints"), { ids }, { database: store.database, routing: "READ" });
  return new Map(records.map((r) => [r.get("id") as string, { fingerprint: r.get("fingerprint") as string, sourceFile: r.get("sourceFile") as string }]));
}

/** True when the database holds no node at all (a bulk import may replace it, see server/store/bulk). */
export async function graphIsEmpty(store: Store): Promise<boolean> {
  const { records } = await store.driver.executeQuery(cypher("load/graph-is-empty"), {}, { database: store.database, routing: "READ" });
  return records[0]?.get("empty") === true;
}

async function unsupportedCandidates(tx: ManagedTransaction, docIds: string[]): Promise<string[]> {
  const result = await tx.run(cypher("load/document-candidates"), { docIds });
  return (result.records[0]?.get("ids") as string[] | undefined) ?? [];
}

async function deleteUnsupported(tx: ManagedTransaction, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  // Each pass can free the parent of what the previous one deleted (district → city → province).
  for (let pass = 0; pass < 5; pass++) {
    const result = await tx.run(cypher("load/delete-unsupported"), { ids });
    if (Number(result.records[0]?.get("deleted") ?? 0) === 0) break;
  }
}

/**
 * A cited Policy whose title matches a stored (or same-batch) Document is that Document:
 * its CITES and MENTIONS edges are pointed at the document and the Policy row dropped.
 */
async function redirectCitationsToDocuments(tx: ManagedTransaction, nodeRows: Map<NodeLabel, Row[]>, relRows: Map<RelType, Row[]>) {
  const policies = nodeRows.get("Policy");
  if (!policies?.length) return;
  const keys = [...new Set(policies.map((p) => (p.props as Row).titleKey as string))];
  const result = await tx.run(cypher("load/documents-by-title"), { keys });
  const docByKey = new Map(result.records.map((r) => [r.get("key") as string, r.get("id") as string]));
  const redirect = new Map<string, string>();
  for (const p of policies) {
    const docId = docByKey.get((p.props as Row).titleKey as string);
    if (docId) redirect.set(p.id as string, docId);
  }
  if (redirect.size === 0) return;
  nodeRows.set("Policy", policies.filter((p) => !redirect.has(p.id as string)));
  for (const rows of relRows.values()) {
    for (const row of rows) row.to = redirect.get(row.to as string) ?? row.to;
  }
}

/** The keys a citation's title is matched on to find this document (documents-by-title.cypher). */
export function documentTitleKeys(row: { id: string; props: Row }): { id: string; keys: string[] } {
  return { id: row.id, keys: [row.props.titleKey, row.props.innerTitleKey].filter((k): k is string => typeof k === "string" && k.length > 0) };
}

/**
 * A stored cited Policy whose title matches one of these documents is that document: its CITES
 * and MENTIONS move over and it goes (policies-to-documents.cypher).
 */
export async function movePoliciesToDocuments(tx: ManagedTransaction, titles: { id: string; keys: string[] }[]): Promise<void> {
  for (const statement of cypherStatements("load/policies-to-documents")) await tx.run(statement, { rows: titles });
}

/**
 * Props as stored: an empty list is no property at all. It says the same (readers coalesce to
 * []), neo4j-admin import cannot write one (server/store/bulk), and setting [] after a bulk
 * import on the tens of thousands of nodes without aliases took seconds.
 */
function storedProps(props: Row): Row {
  for (const key in props) {
    const value = props[key];
    if (Array.isArray(value) && value.length === 0) props[key] = null;
  }
  return props;
}

export function documentRow(x: Extraction): { id: string; props: Row } {
  const d = x.document;
  return {
    id: d.id,
    props: storedProps({
      id: d.id,
      name: d.title,
      title: d.title,
      issuers: d.issuers,
      publishedOn: d.publishedOn,
      year: d.publishedOn ? Number(d.publishedOn.slice(0, 4)) : null,
      docNumber: d.docNumber,
      region: d.region,
      regionCode: d.regionCode,
      sourceFile: d.sourceFile,
      contentHash: d.contentHash,
      fingerprint: d.fingerprint,
      encoding: d.encoding,
      format: d.format,
      text: x.text,
      warnings: x.warnings,
      // Neo4j properties cannot be maps: the disagreements as JSON, each sidecar column as its own
      // property (sidecar_<column>) so that Cypher and the explorer can filter on it.
      disagreements: d.disagreements.length ? JSON.stringify(d.disagreements) : null,
      ...Object.fromEntries(Object.entries(d.sidecar).map(([k, v]) => [sidecarProperty(k), v])),
      titleKey: titleKey(d.title),
      innerTitleKey: innerTitleKey(d.title),
      ...searchKeys(d.title),
    }),
  };
}

/** A sidecar column as a property name Cypher can use unquoted: 效力级别 → sidecar_效力级别, row/record → sidecar_row_record. */
export function sidecarProperty(column: string): string {
  return `sidecar_${column.replace(/[^\p{L}\p{N}_]+/gu, "_")}`;
}

const pinyinCache = new Map<string, { pinyin: string; initials: string }>();

/**
 * Pinyin and initials, so that 乐山 is found as leshan or ls. They depend on the Han characters
 * alone, which key the cache: 2021年工作要点 and 2022年工作要点 share one entry.
 */
export function searchKeys(name: string): { pinyin: string; initials: string } {
  const han = name.replace(/[^\u4e00-\u9fff]/g, "").slice(0, 40);
  let keys = pinyinCache.get(han);
  if (!keys) {
    keys = {
      pinyin: pinyin(han, { toneType: "none", type: "array" }).join(""),
      initials: pinyin(han, { pattern: "first", toneType: "none", type: "array" }).join(""),
    };
    if (pinyinCache.size > 100_000) pinyinCache.clear();
    pinyinCache.set(han, keys);
  }
  return keys;
}

/** Extraction's rule, confidence and provenance (schema/graph.ts) as the properties they are stored as. */
function scoredProps(x: Relation): Row {
  const out: Row = {};
  if (x.rule !== undefined) out.rule = x.rule;
  if (x.confidence !== undefined) out.confidence = x.confidence;
  if (x.provenance !== undefined) out.provenance = x.provenance;
  return out;
}

/** One row per entity id and label, aliases of repeated entities unioned. */
export function entityRowsByLabel(entities: Entity[]): Map<NodeLabel, Row[]> {
  const byId = new Map<string, Entity>();
  for (const e of entities) {
    if (e.label === "Document") continue;
    const seen = byId.get(e.id);
    if (seen) seen.aliases = [...new Set([...seen.aliases, ...e.aliases])];
    else byId.set(e.id, { ...e, aliases: [...e.aliases] });
  }
  const out = new Map<NodeLabel, Row[]>();
  for (const e of byId.values()) {
    // A node is shared by every document naming it: a rule or score of one document's extraction
    // is no property of it (removing that document would leave it behind). Edges carry them.
    const props: Row = storedProps({ ...e.props, ...searchKeys(e.name) });
    if (e.label === "Policy") props.titleKey = titleKey(String(e.props.title ?? e.name));
    const rows = out.get(e.label) ?? [];
    rows.push({ id: e.id, name: e.name, aliases: e.aliases, props });
    out.set(e.label, rows);
  }
  return out;
}

/**
 * One edge per (type, from, to, document): the first sentence is the quote; the spans of
 * every sentence that states it are kept for highlighting.
 */
export function relationRowsByType(relations: Relation[]): Map<RelType, Row[]> {
  const grouped = new Map<string, { r: Relation; starts: number[]; ends: number[] }>();
  for (const r of relations) {
    const key = `${r.type}\u0000${r.from}\u0000${r.to}\u0000${r.type === "PART_OF" ? "" : r.docId}`;
    const g = grouped.get(key);
    if (g) {
      if (r.start !== null && r.end !== null) g.starts.push(r.start), g.ends.push(r.end);
    } else {
      grouped.set(key, { r, starts: r.start === null ? [] : [r.start], ends: r.end === null ? [] : [r.end] });
    }
  }
  const out = new Map<RelType, Row[]>();
  for (const { r, starts, ends } of grouped.values()) {
    // MENTIONS carries spans, not a sentence (graph-model.md): leaving its quote out halves
    // the string data a load writes.
    const props: Row = storedProps(r.type === "MENTIONS" ? { ...r.props, ...scoredProps(r), docId: r.docId } : { ...r.props, ...scoredProps(r), docId: r.docId, quote: r.quote, start: r.start, end: r.end });
    if (starts.length > 1) Object.assign(props, { evidenceStarts: starts, evidenceEnds: ends });
    const rows = out.get(r.type) ?? [];
    rows.push({ from: r.from, to: r.to, props });
    out.set(r.type, rows);
  }
  return out;
}
