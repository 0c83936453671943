/**
 * Reviewers' corrections in Neo4j: kept as (:Correction) nodes apart from what extraction
 * writes (schema/review.ts), and applied on top of the graph, oldest first, at the end of every
 * load transaction (load.ts) and whenever one is made. Every correction is idempotent, so
 * applying all of them again after a reload, a new EXTRACTOR_VERSION or a document removed and
 * added back gives the same corrected graph.
 *
 * A correction is applied only while its evidence sentence is in its document's text: at its
 * offsets, or elsewhere if the text moved (the nearest occurrence); otherwise it is orphaned,
 * listed but not applied, until the sentence is back. Each application records on the
 * correction whether it held (status, reason), which is what GET /api/corrections lists.
 */
import { createHash, randomUUID } from "node:crypto";
import type { ManagedTransaction } from "neo4j-driver";
import { Correction, type CorrectionRequest, type CorrectionStatus, type CorrectionWithStatus, type EvidenceSpan } from "../schema/review.js";
import { graphChanged } from "./changes.js";
import type { Store } from "./connect.js";
import { cypher, cypherStatements } from "./cypher.js";
import { NODE_LABELS, REL_TYPES } from "../schema/graph.js";
import { searchKeys } from "./load.js";

/** Where the evidence is in the text now: its own offsets, the nearest other occurrence, or gone. */
export function locateEvidence(text: string | undefined, ev: EvidenceSpan): { start: number; end: number } | null {
  if (text === undefined) return null;
  if (text.slice(ev.start, ev.end) === ev.quote) return { start: ev.start, end: ev.end };
  let best: number | null = null;
  for (let at = text.indexOf(ev.quote); at >= 0; at = text.indexOf(ev.quote, at + 1)) {
    if (best === null || Math.abs(at - ev.start) < Math.abs(best - ev.start)) best = at;
  }
  return best === null ? null : { start: best, end: best + ev.quote.length };
}

export function newCorrection(request: CorrectionRequest, now = new Date()): Correction {
  return { ...request, id: randomUUID(), createdAt: now.toISOString() };
}

/** JSON with object keys sorted, so that equal records give equal text whatever order they were built in. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

/**
 * What makes two corrections one: the same request by the same author, whenever it was sent and
 * whatever its note. A double-click or a retried POST is answered with the stored record.
 */
export function correctionKey(c: Correction): string {
  const { id: _id, createdAt: _at, note: _note, ...request } = c;
  return createHash("sha256").update(canonicalJson(request)).digest("hex");
}

/** The node a correction is stored as: the whole record as JSON, and what it targets as properties. */
function correctionRow(c: Correction): Record<string, unknown> {
  const ev = c.evidence;
  const target = "edge" in c ? `${c.edge.type}|${c.edge.from}|${c.edge.to}|${c.edge.docId}` : c.entity;
  return { id: c.id, key: correctionKey(c), action: c.action, createdAt: c.createdAt, author: c.author, target, docId: ev?.docId ?? null, start: ev?.start ?? null, end: ev?.end ?? null, quote: ev?.quote ?? null, json: JSON.stringify(c) };
}

/** Of `corrections`, those not stored yet (by id or content key, and once each), and the stored record each other one is. */
async function splitStored(tx: ManagedTransaction, corrections: Correction[]): Promise<{ fresh: Correction[]; storedAs: Map<string, Correction> }> {
  const keys = corrections.map(correctionKey);
  const result = await tx.run(cypher("review/stored"), { ids: corrections.map((c) => c.id), keys });
  const byId = new Map<string, Correction>();
  const byKey = new Map<string, Correction>();
  for (const r of result.records) {
    const stored = Correction.parse(JSON.parse(r.get("json") as string));
    byId.set(r.get("id") as string, stored);
    byKey.set(r.get("key") as string, stored);
  }
  const fresh: Correction[] = [];
  const storedAs = new Map<string, Correction>();
  corrections.forEach((c, i) => {
    const same = byId.get(c.id) ?? byKey.get(keys[i]!);
    if (same) storedAs.set(c.id, same);
    else {
      fresh.push(c);
      byId.set(c.id, c);
      byKey.set(keys[i]!, c);
    }
  });
  return { fresh, storedAs };
}

async function readCorrections(tx: ManagedTransaction): Promise<Correction[]> {
  const result = await tx.run(cypher("review/list"), {});
  // Stored by this module from validated records: a parse failure means someone edited the node by hand.
  return result.records.map((r) => Correction.parse(JSON.parse(r.get("json") as string)));
}

/** Lower-case label as entity ids start (industry:新材料): the id a relabelled entity gets. */
const relabelledId = (c: Extract<Correction, { action: "relabel" }>) => `${c.label.toLowerCase()}:${c.entity.slice(c.entity.indexOf(":") + 1)}`;

/** Applies every stored correction, oldest first; says of each whether it holds and why not. */
export async function applyCorrections(tx: ManagedTransaction): Promise<CorrectionWithStatus[]> {
  const corrections = await readCorrections(tx);
  if (corrections.length === 0) return [];
  const docIds = [...new Set(corrections.flatMap((c) => (c.evidence ? [c.evidence.docId] : [])))];
  const texts = new Map((await tx.run(cypher("review/texts"), { ids: docIds })).records.map((r) => [r.get("id") as string, r.get("text") as string]));
  const out: CorrectionWithStatus[] = [];
  for (const c of corrections) {
    const at = c.evidence ? locateEvidence(texts.get(c.evidence.docId), c.evidence) : null;
    if (c.evidence && !at) {
      const reason = texts.has(c.evidence.docId) ? `the sentence “${c.evidence.quote.slice(0, 40)}” is no longer in ${c.evidence.docId}` : `document ${c.evidence.docId} is not in the graph`;
      out.push({ ...c, status: "orphaned", reason });
      continue;
    }
    const found = await applyOne(tx, c, at);
    out.push({ ...c, status: found ? "applied" : "unresolved", reason: found ? null : unresolvedReason(c) });
  }
  await tx.run(cypher("review/set-status"), { rows: out.map((c) => ({ id: c.id, status: c.status, reason: c.reason })) });
  return out;
}

function unresolvedReason(c: Correction): string {
  switch (c.action) {
    case "accept":
      return "the edge is not in the graph (no longer extracted, or corrected away)";
    case "correct":
    case "add":
      return "an end of the edge is not in the graph";
    case "reject":
      return "the edge is not in the graph";
    case "merge":
      return `${c.into} is not in the graph`;
    default:
      return `${c.entity} is not in the graph`;
  }
}

const NAMES: ReadonlySet<string> = new Set([...REL_TYPES, ...NODE_LABELS]);

/**
 * The statement with `$(param)` in a CREATE or MERGE written out as the type or label it names.
 * Neo4j 5.26 reused the plan of such a statement with the type of an earlier run: a correction
 * to ADOPTS, applied after one to PRIORITIZES in the same transaction, created a PRIORITIZES
 * edge. Only names of the graph model (schema/graph.ts), validated by zod, are written in.
 */
function withNames(statement: string, names: Record<string, string>): string {
  return Object.entries(names).reduce((text, [param, name]) => {
    if (!NAMES.has(name)) throw new Error(`${name} is no type or label of the graph model`);
    return text.replaceAll(`$($${param})`, `\`${name}\``);
  }, statement);
}

async function run(tx: ManagedTransaction, file: string, params: Record<string, unknown>, names: Record<string, string> = {}): Promise<boolean> {
  let found = false;
  for (const statement of cypherStatements(file)) {
    const result = await tx.run(withNames(statement, names), params);
    const first = result.records[0];
    if (first?.has("found")) found = first.get("found") === true;
  }
  return found;
}

async function applyOne(tx: ManagedTransaction, c: Correction, at: { start: number; end: number } | null): Promise<boolean> {
  const base = { id: c.id, author: c.author, createdAt: c.createdAt, docId: c.evidence?.docId ?? null, quote: c.evidence?.quote ?? null, start: at?.start ?? null, end: at?.end ?? null };
  switch (c.action) {
    case "accept":
      return run(tx, "review/accept", { ...base, ...c.edge });
    // Nothing left to take out is as good as taken out.
    case "reject":
      await run(tx, "review/reject", { ...base, ...c.edge });
      return true;
    case "reject-entity":
      await run(tx, "review/reject-entity", { ...base, entity: c.entity });
      return true;
    case "add": {
      const found = await run(tx, "review/add", { ...base, ...c.edge }, { type: c.edge.type });
      if (found) await run(tx, "review/ensure-mentions", { docId: c.edge.docId, from: c.edge.from, to: c.edge.to });
      return found;
    }
    case "correct": {
      const next = { newType: c.change.type ?? c.edge.type, newFrom: c.change.from ?? c.edge.from, newTo: c.change.to ?? c.edge.to };
      const found = await run(tx, "review/correct", { ...base, ...c.edge, ...next }, { type: c.edge.type, newType: next.newType });
      if (found) await run(tx, "review/ensure-mentions", { docId: c.edge.docId, from: next.newFrom, to: next.newTo });
      return found;
    }
    case "accept-entity":
      return run(tx, "review/accept-entity", { ...base, entity: c.entity });
    case "rename":
      return run(tx, "review/rename", { ...base, entity: c.entity, name: c.name, ...searchKeys(c.name) });
    case "merge":
      return mergeEntity(tx, base, c.entity, c.into);
    case "relabel": {
      const newId = relabelledId(c);
      if (newId === c.entity) return true;
      // The relabelled node exists only while the old one does (it is made from it).
      const made = await run(tx, "review/relabel-target", { ...base, entity: c.entity, label: c.label, newId }, { label: c.label });
      return (made && (await mergeEntity(tx, base, c.entity, newId))) || (await entityExists(tx, newId));
    }
  }
}

/** `entity` merged into `into`: its edges moved one type at a time (merge-edges.cypher says why), then its names. */
async function mergeEntity(tx: ManagedTransaction, base: Record<string, unknown>, entity: string, into: string): Promise<boolean> {
  for (const type of REL_TYPES) await run(tx, "review/merge-edges", { ...base, entity, into }, { type });
  return run(tx, "review/merge", { ...base, entity, into });
}

async function entityExists(tx: ManagedTransaction, id: string): Promise<boolean> {
  return (await missingEntities(tx, [id])).length === 0;
}

async function missingEntities(tx: ManagedTransaction, ids: string[]): Promise<string[]> {
  const result = await tx.run(cypher("review/entities-exist"), { ids });
  const found = new Set((result.records[0]?.get("found") as string[] | undefined) ?? []);
  return ids.filter((id) => !found.has(id));
}

/** Why a new correction cannot be made against the graph as it is (not said of imported ones). */
export class CorrectionRefused extends Error {
  constructor(
    readonly code: "EVIDENCE_NOT_IN_TEXT" | "UNKNOWN_ENTITY" | "UNKNOWN_EDGE" | "NOTHING_TO_CHANGE",
    message: string,
  ) {
    super(message);
    this.name = "CorrectionRefused";
  }
}

/** Refuses a correction of something not in the graph, or against evidence its document does not hold. */
async function checkTarget(tx: ManagedTransaction, c: Correction): Promise<void> {
  if (c.evidence) {
    const texts = (await tx.run(cypher("review/texts"), { ids: [c.evidence.docId] })).records;
    if (texts.length === 0) throw new CorrectionRefused("EVIDENCE_NOT_IN_TEXT", `evidence.docId: no document ${c.evidence.docId} in the graph`);
    if ((texts[0]!.get("text") as string).slice(c.evidence.start, c.evidence.end) !== c.evidence.quote) {
      throw new CorrectionRefused("EVIDENCE_NOT_IN_TEXT", `evidence: ${c.evidence.docId}'s text at [${c.evidence.start}, ${c.evidence.end}) is not the quote; send the offsets the document reader shows`);
    }
  }
  const ids = "edge" in c ? [c.edge.from, c.edge.to, ...(c.action === "correct" ? [c.change.from, c.change.to].filter((x): x is string => x !== undefined) : [])] : [c.entity, ...(c.action === "merge" ? [c.into] : [])];
  const missing = await missingEntities(tx, [...new Set(ids)]);
  if (missing.length > 0) throw new CorrectionRefused("UNKNOWN_ENTITY", `no entity ${missing.join(", ")} in the graph; use ids as /api/search gives them`);
  if ("edge" in c && c.action !== "add") {
    const exists = (await tx.run(cypher("review/edge-exists"), c.edge)).records[0]?.get("found") === true;
    if (!exists) throw new CorrectionRefused("UNKNOWN_EDGE", `no ${c.edge.type} edge from ${c.edge.from} to ${c.edge.to} stated by ${c.edge.docId}`);
  }
  if (c.action === "correct" && (c.change.type ?? c.edge.type) === c.edge.type && (c.change.from ?? c.edge.from) === c.edge.from && (c.change.to ?? c.edge.to) === c.edge.to) {
    throw new CorrectionRefused("NOTHING_TO_CHANGE", "change: the corrected edge is the edge itself; change its type, from or to");
  }
  if (c.action === "merge" && c.entity === c.into) throw new CorrectionRefused("NOTHING_TO_CHANGE", "into: an entity cannot be merged into itself");
}

/**
 * Stores corrections and applies them all in one write transaction: a correction that cannot be
 * stored leaves the graph as it was. One already stored (same id, or the same request: see
 * correctionKey) is not stored again; `storedAs` maps it to the stored record. `check` refuses
 * (CorrectionRefused) a new correction of what is not in the graph, as a reviewer's must not be;
 * an imported file's may be orphaned. Answers every stored correction's status after applying.
 */
export async function addCorrections(
  store: Store,
  corrections: Correction[],
  check: boolean,
): Promise<{ created: string[]; storedAs: Map<string, Correction>; statuses: Map<string, CorrectionWithStatus> }> {
  const session = store.driver.session({ database: store.database });
  try {
    return await session.executeWrite(async (tx) => {
      const { fresh, storedAs } = await splitStored(tx, corrections);
      if (check) for (const c of fresh) await checkTarget(tx, c);
      if (fresh.length > 0) await tx.run(cypher("review/save"), { rows: fresh.map(correctionRow) });
      const statuses = await applyCorrections(tx);
      return { created: fresh.map((c) => c.id), storedAs, statuses: new Map(statuses.map((s) => [s.id, s])) };
    });
  } finally {
    graphChanged();
    await session.close();
  }
}

/** Every correction with whether it held when the graph last changed (load.ts applies them after every load and removal). */
export async function listCorrections(store: Store): Promise<CorrectionWithStatus[]> {
  const { records } = await store.driver.executeQuery(cypher("review/list"), {}, { database: store.database, routing: "READ" });
  return records.map((r) => ({ ...Correction.parse(JSON.parse(r.get("json") as string)), status: (r.get("status") as CorrectionStatus | null) ?? "applied", reason: (r.get("reason") as string | null) ?? null }));
}
