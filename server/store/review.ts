/**
 * What a reviewer reads (schema/review.ts): the queue of edges most worth a look, one
 * document's extraction report, the counts of what corrections did per label, and a reviewed
 * document as annotations in the gold format, so that `npm run eval`'s scorer can score
 * extraction against what reviewers corrected. All read the corrected graph.
 */
import neo4j from "neo4j-driver";
import type { GoldFile } from "../extract/eval/gold.js";
import { NODE_LABELS } from "../schema/graph.js";
import { COUNTED_AS, type CorrectionWithStatus, type ExtractionReport, type ReviewCount, type ReviewedDocuments, type ReviewQueue, type ReviewQueueQuery } from "../schema/review.js";
import type { Store } from "./connect.js";
import { listCorrections } from "./corrections.js";
import { cypher } from "./cypher.js";

async function read(store: Store, file: string, params: Record<string, unknown>) {
  const { records } = await store.driver.executeQuery(cypher(file), params, { database: store.database, routing: neo4j.routing.READ, transactionConfig: { timeout: 10_000 } });
  return records;
}

export async function reviewQueue(store: Store, q: ReviewQueueQuery): Promise<ReviewQueue> {
  const records = await read(store, "review/queue", { limit: neo4j.int(q.limit), type: q.type ?? null, docId: q.docId ?? null });
  const items = records.map((r) => {
    const { unreviewed: _u, ...row } = r.toObject();
    return row as ReviewQueue["items"][number];
  });
  return { items, unreviewed: (records[0]?.get("unreviewed") as number | undefined) ?? 0 };
}

/** Entity ids start with their label in lower case (industry:新材料): the label of one that may be gone. */
const LABEL_BY_PREFIX = new Map(NODE_LABELS.map((l) => [l.toLowerCase(), l as string]));
const labelOfId = (id: string) => LABEL_BY_PREFIX.get(id.slice(0, id.indexOf(":")).toLowerCase()) ?? "Entity";

/** A correction's label: the edge's type, or the entity's label. */
const countedLabel = (c: CorrectionWithStatus) => ("edge" in c ? c.edge.type : labelOfId(c.entity));

/** Accepted / rejected / corrected / added per label, orphaned ones counted apart (they do not hold). */
export function countCorrections(corrections: CorrectionWithStatus[]): ReviewCount[] {
  const by = new Map<string, ReviewCount>();
  for (const c of corrections) {
    const label = countedLabel(c);
    const row = by.get(label) ?? { label, accepted: 0, rejected: 0, corrected: 0, added: 0, orphaned: 0 };
    if (c.status === "orphaned") row.orphaned++;
    else row[COUNTED_AS[c.action]]++;
    by.set(label, row);
  }
  return [...by.values()].sort((a, b) => a.label.localeCompare(b.label));
}

const docOf = (c: CorrectionWithStatus) => c.evidence?.docId ?? ("edge" in c ? c.edge.docId : null);

export async function reviewCounts(store: Store): Promise<ReviewCount[]> {
  return countCorrections(await listCorrections(store));
}

type Summed = { count: number; sum: number; scored: number; low: number };
function tally<K extends string>(rows: { key: K; confidence: number | null }[], low: number): Map<K, Summed> {
  const by = new Map<K, Summed>();
  for (const { key, confidence } of rows) {
    const s = by.get(key) ?? { count: 0, sum: 0, scored: 0, low: 0 };
    s.count++;
    if (confidence !== null) {
      s.sum += confidence;
      s.scored++;
      if (confidence < low) s.low++;
    }
    by.set(key, s);
  }
  return by;
}
const mean = (s: Summed) => (s.scored ? Math.round((s.sum / s.scored) * 1000) / 1000 : null);

/**
 * What was found in one document, by label and type, with confidence (`low`: below `lowBelow`,
 * the explorer's LOW_CONFIDENCE), its corrections counted, and its edges least sure first.
 * null: no such document.
 */
export async function extractionReport(store: Store, docId: string, lowBelow: number): Promise<ExtractionReport | null> {
  const [record] = await read(store, "review/report", { docId });
  if (!record) return null;
  const entities = record.get("entities") as { label: string; confidence: number | null }[];
  const edges = record.get("edges") as ExtractionReport["edges"];
  const labels = tally(entities.map((e) => ({ key: e.label, confidence: e.confidence })), lowBelow);
  const types = tally(edges.map((e) => ({ key: e.type, confidence: e.confidence })), lowBelow);
  const reviewed = new Map<string, number>();
  for (const e of edges) if (e.review) reviewed.set(e.type, (reviewed.get(e.type) ?? 0) + 1);
  const corrections = (await listCorrections(store)).filter((c) => docOf(c) === docId);
  return {
    docId,
    title: record.get("title") as string | null,
    labels: [...labels].map(([label, s]) => ({ label, count: s.count, meanConfidence: mean(s), low: s.low })).sort((a, b) => b.count - a.count),
    types: [...types].map(([type, s]) => ({ type, count: s.count, meanConfidence: mean(s), low: s.low, reviewed: reviewed.get(type) ?? 0 })).sort((a, b) => b.count - a.count),
    counts: countCorrections(corrections),
    edges,
  };
}

const baseName = (file: string | null, docId: string) => (file ?? docId).split(/[\\/]/).pop()!.replace(/\.[^.]+$/, "");

/** Documents some correction names, with the file name their annotation is saved under. */
export async function reviewedDocuments(store: Store): Promise<ReviewedDocuments> {
  const corrections = await listCorrections(store);
  const perDoc = new Map<string, number>();
  for (const c of corrections) {
    const doc = docOf(c);
    if (doc) perDoc.set(doc, (perDoc.get(doc) ?? 0) + 1);
  }
  const records = await read(store, "review/documents", { ids: [...perDoc.keys()] });
  return {
    items: records.map((r) => {
      const docId = r.get("id") as string;
      return { docId, title: r.get("title") as string | null, file: `${baseName(r.get("sourceFile") as string | null, docId)}.json`, corrections: perDoc.get(docId) ?? 0 };
    }),
  };
}

type AnnotationRelation = { type: string; from: string; to: string; quote: string | null; value: unknown; unit: unknown; year: unknown; review: string | null };
type AnnotationEntity = { type: string; name: string; aliases: string[]; review: string | null };

/**
 * One document of the corrected graph in the gold format (extract/eval/gold.ts GoldFile; `doc`
 * is its source file's name, which is what the scorer matches predictions by). attrs.review
 * says which items a reviewer vouched for, added or corrected. null: no such document.
 */
export async function documentAnnotation(store: Store, docId: string): Promise<GoldFile | null> {
  const [r] = await read(store, "review/annotation", { docId });
  if (!r) return null;
  const sourceFile = r.get("sourceFile") as string | null;
  const reviewed = (await listCorrections(store)).filter((c) => docOf(c) === docId && c.status !== "orphaned");
  const attrs = (x: Record<string, unknown>) => Object.fromEntries(Object.entries(x).filter(([, v]) => v !== null && v !== undefined));
  return {
    doc: `${baseName(sourceFile, docId)}.txt`,
    meta: {
      title: r.get("title") as string | null,
      issuers: r.get("issuers") as string[],
      publishedOn: r.get("publishedOn") as string | null,
      docNumber: r.get("docNumber") as string | null,
      region: r.get("region") as string | null,
      note: `exported from the reviewed graph: extraction with ${reviewed.length} reviewers' corrections applied (${[...new Set(reviewed.map((c) => c.author))].join(", ") || "none"})`,
    },
    entities: (r.get("entities") as AnnotationEntity[]).map((e) => ({ type: e.type, name: e.name, aliases: e.aliases, attrs: attrs({ review: e.review }) })),
    relations: (r.get("relations") as AnnotationRelation[]).map((x) => ({ type: x.type, from: x.from, to: x.to, quote: x.quote, attrs: attrs({ value: x.value, unit: x.unit, year: x.year, review: x.review }) })),
  };
}
