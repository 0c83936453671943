import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import neo4j from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EXTRACTOR_VERSION } from "../../server/extract/index.js";
import { ingest } from "../../server/ingest/index.js";
import type { z } from "zod";
import { GoldFile } from "../../server/extract/eval/gold.js";
import type { CorrectionList, CorrectionRequest, CorrectionsFile, EvidenceSpan, ExtractionReport, ReviewCounts, ReviewedDocuments, ReviewQueue } from "../../server/schema/review.js";
import type { Store } from "../../server/store/connect.js";
import { removeDocuments } from "../../server/store/load.js";
import { startApi, type TestApi } from "../support/api.js";
import { graphChecksum, type GraphChecksum } from "../support/checksum.js";
import { FIVE_SEEDS } from "../support/seeds.js";
import { resetGraph, testStore } from "../support/store.js";

const TOKEN = "test-review-token-0123456789";
let store: Store;
let api: TestApi;
let dir: string;

const rows = async <T = Record<string, unknown>>(query: string, params: Record<string, unknown> = {}) =>
  (await store.driver.executeQuery(query, params, { database: store.database })).records.map((r) => r.toObject() as T);

const write = (body: unknown, token: string | null = TOKEN, url = "/api/corrections") =>
  fetch(api.url + url, { method: "POST", headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) }, body: JSON.stringify(body) });

const correct = async (body: z.input<typeof CorrectionRequest>) => {
  const res = await write(body);
  const answer = await res.json();
  expect(res.status, JSON.stringify(answer)).toBe(201);
  return answer as { id: string; status: string };
};

const listed = async () => (await (await api.get("/api/corrections")).json()) as CorrectionList;

interface Edge {
  from: string;
  to: string;
  docId: string;
  start: number;
  end: number;
  quote: string;
}
const evidenceOf = (e: Edge): EvidenceSpan => ({ docId: e.docId, start: e.start, end: e.end, quote: e.quote });

/** The first edge of a type, in a stable order, and whether it is still there. */
const firstEdge = async (type: string, skip = 0) =>
  (
    await rows<Edge>(
      `MATCH (a)-[r:${type}]->(b) WHERE r.quote IS NOT NULL RETURN a.id AS from, b.id AS to, r.docId AS docId, r.start AS start, r.end AS end, r.quote AS quote ORDER BY r.docId, r.start, b.id SKIP $skip LIMIT 1`,
      { skip: neo4j.int(skip) },
    )
  )[0]!;
const edgeCount = async (type: string, e: { from: string; to: string; docId: string }) =>
  (await rows<{ n: number }>(`MATCH (:Entity {id: $from})-[r:${type}]->(:Entity {id: $to}) WHERE r.docId = $docId RETURN count(r) AS n`, e))[0]!.n;

let rejected: Edge;
let added: { from: string; to: string; docId: string; evidence: EvidenceSpan };
let renamed: string;
let merged: { entity: string; into: string };
let corrected: Edge;
let retyped: Edge;
let correctedTo: string;
let checksum: GraphChecksum;
let checksumWithoutFingerprints: GraphChecksum;

beforeAll(async () => {
  store = await testStore();
  await resetGraph(store);
  // Copies, so that one can be edited and reloaded without touching seeds/.
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "policy-graph-review-"));
  for (const f of FIVE_SEEDS) fs.copyFileSync(f, path.join(dir, path.basename(f)));
  expect((await ingest(store, [dir])).loaded).toBe(5);
  api = await startApi(store, { reviewToken: TOKEN });
});
afterAll(async () => {
  await api?.close();
  await store?.close();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

describe("who may write corrections", () => {
  it("refuses a write without the token, or with a wrong one, with 401 and changes nothing", async () => {
    const before = await graphChecksum(store);
    const e = await firstEdge("ADOPTS");
    const body = { action: "reject", edge: { type: "ADOPTS", from: e.from, to: e.to, docId: e.docId }, evidence: evidenceOf(e), author: "tester" };
    const none = await write(body, null);
    expect(none.status).toBe(401);
    expect((await none.json()).error.code).toBe("TOKEN_REQUIRED");
    const wrong = await write(body, "not-the-token-at-all");
    expect(wrong.status).toBe(401);
    expect((await wrong.json()).error.code).toBe("TOKEN_INVALID");
    const file = { format: "policy-graph-corrections", version: 1, exportedAt: new Date().toISOString(), corrections: [] };
    expect((await write(file, null, "/api/corrections/import")).status).toBe(401);
    expect(await graphChecksum(store)).toEqual(before);
    expect((await listed()).items).toEqual([]);
  });

  it("answers a malformed or impossible correction with an error naming what is wrong", async () => {
    const before = await graphChecksum(store);
    const e = await firstEdge("ADOPTS");
    const edge = { type: "ADOPTS", from: e.from, to: e.to, docId: e.docId };
    const noAuthor = await write({ action: "reject", edge, evidence: evidenceOf(e) });
    expect(noAuthor.status).toBe(400);
    expect((await noAuthor.json()).error.message).toContain("author");
    const badAction = await write({ action: "delete-everything", edge, evidence: evidenceOf(e), author: "t" });
    expect(badAction.status).toBe(400);
    expect((await badAction.json()).error.message).toContain("action");
    const shifted = await write({ action: "reject", edge, evidence: { ...evidenceOf(e), start: e.start + 1, end: e.end + 1 }, author: "t" });
    expect(shifted.status).toBe(400);
    expect((await shifted.json()).error.code).toBe("EVIDENCE_NOT_IN_TEXT");
    const unknown = await write({ action: "rename", entity: "industry:没有这个产业", name: "x", author: "t" });
    expect(unknown.status).toBe(404);
    expect((await unknown.json()).error).toMatchObject({ code: "UNKNOWN_ENTITY", message: expect.stringContaining("industry:没有这个产业") });
    const noEdge = await write({ action: "accept", edge: { ...edge, type: "CITES" }, evidence: evidenceOf(e), author: "t" });
    expect(noEdge.status).toBe(404);
    expect((await noEdge.json()).error.code).toBe("UNKNOWN_EDGE");
    expect(await graphChecksum(store)).toEqual(before);
  });
});

describe("corrections", () => {
  it("rejects an edge, corrects one's end, renames and merges two entities, and adds a missing edge from a span", async () => {
    rejected = await firstEdge("ADOPTS");
    await correct({ action: "reject", edge: { type: "ADOPTS", from: rejected.from, to: rejected.to, docId: rejected.docId }, evidence: evidenceOf(rejected), author: "tester", note: "a boilerplate sentence" });
    expect(await edgeCount("ADOPTS", rejected)).toBe(0);

    const industries = await rows<{ id: string; name: string }>("MATCH (d:Document)-[:MENTIONS]->(i:Industry) WITH i, count(d) AS docs ORDER BY docs DESC, i.id LIMIT 3 RETURN i.id AS id, i.name AS name");
    renamed = industries[0]!.id;
    await correct({ action: "rename", entity: renamed, name: "新材料产业（已审）", author: "tester", note: "the full name" });
    const [node] = await rows<{ name: string; aliases: string[] }>("MATCH (n:Entity {id: $id}) RETURN n.name AS name, n.aliases AS aliases", { id: renamed });
    expect(node!.name).toBe("新材料产业（已审）");
    expect(node!.aliases).toContain(industries[0]!.name);

    merged = { entity: industries[2]!.id, into: industries[1]!.id };
    const degreeBefore = (await rows<{ n: number }>("MATCH (n:Entity)--() WHERE n.id IN [$entity, $into] RETURN count(*) AS n", merged))[0]!.n;
    await correct({ action: "merge", ...merged, author: "tester", note: "one industry under two names" });
    expect(await rows("MATCH (n:Entity {id: $entity}) RETURN n", merged)).toEqual([]);
    const degreeAfter = (await rows<{ n: number }>("MATCH (n:Entity {id: $into})--() RETURN count(*) AS n", merged))[0]!.n;
    expect(degreeAfter).toBeGreaterThan(0);
    expect(degreeAfter).toBeLessThanOrEqual(degreeBefore);

    corrected = await firstEdge("PRIORITIZES");
    const [other] = await rows<{ id: string }>("MATCH (i:Industry) WHERE NOT i.id IN [$to, $a, $b, $c] RETURN i.id AS id ORDER BY i.id LIMIT 1", { to: corrected.to, a: renamed, b: merged.entity, c: merged.into });
    correctedTo = other!.id;
    await correct({ action: "correct", edge: { type: "PRIORITIZES", from: corrected.from, to: corrected.to, docId: corrected.docId }, change: { to: correctedTo }, evidence: evidenceOf(corrected), author: "tester" });
    expect(await edgeCount("PRIORITIZES", corrected)).toBe(0);
    expect(await edgeCount("PRIORITIZES", { ...corrected, to: correctedTo })).toBe(1);

    // The type alone: an adoption that is a priority (the same ends, document and sentence).
    retyped = await firstEdge("ADOPTS", 6);
    await correct({ action: "correct", edge: { type: "ADOPTS", from: retyped.from, to: retyped.to, docId: retyped.docId }, change: { type: "PRIORITIZES" }, evidence: evidenceOf(retyped), author: "tester" });
    expect(await edgeCount("ADOPTS", retyped)).toBe(0);
    const [priority] = await rows<{ quote: string; review: string }>(
      "MATCH (:Entity {id: $from})-[r:PRIORITIZES]->(:Entity {id: $to}) WHERE r.docId = $docId RETURN r.quote AS quote, r.review AS review",
      { ...retyped },
    );
    expect(priority).toEqual({ quote: retyped.quote, review: "corrected" });

    // A sentence of a document, stated as an ADOPTS of an instrument the document lacks.
    const span = await firstEdge("ADOPTS", 3);
    const [instrument] = await rows<{ id: string }>(
      "MATCH (i:Instrument) WHERE NOT EXISTS { (:Document {id: $docId})-[:ADOPTS]->(i) } RETURN i.id AS id ORDER BY i.id LIMIT 1",
      { docId: span.docId },
    );
    added = { from: span.docId, to: instrument!.id, docId: span.docId, evidence: evidenceOf(span) };
    const answer = await correct({ action: "add", edge: { type: "ADOPTS", from: added.from, to: added.to, docId: added.docId }, evidence: added.evidence, author: "tester", note: "missed" });
    expect(answer.status).toBe("applied");
    const [edge] = await rows<{ review: string; quote: string; confidence: number }>(
      "MATCH (:Document {id: $from})-[r:ADOPTS]->(:Instrument {id: $to}) RETURN r.review AS review, r.quote AS quote, r.confidence AS confidence",
      added,
    );
    expect(edge).toEqual({ review: "added", quote: span.quote, confidence: 1 });

    const list = await listed();
    expect(list.items.map((c) => [c.action, c.status])).toEqual([
      ["reject", "applied"],
      ["rename", "applied"],
      ["merge", "applied"],
      ["correct", "applied"],
      ["correct", "applied"],
      ["add", "applied"],
    ]);
    expect(list.items[0]).toMatchObject({ author: "tester", note: "a boilerplate sentence", evidence: evidenceOf(rejected) });
    checksum = await graphChecksum(store);
    checksumWithoutFingerprints = await graphChecksum(store, { omit: ["fingerprint"] });
  });

  it("answers the same correction sent twice with the record stored the first time, stored once", async () => {
    const again = await write({ action: "reject", edge: { type: "ADOPTS", from: rejected.from, to: rejected.to, docId: rejected.docId }, evidence: evidenceOf(rejected), author: "tester", note: "clicked twice" });
    expect(again.status).toBe(200);
    const stored = (await listed()).items[0]!;
    expect(await again.json()).toMatchObject({ id: stored.id, note: "a boilerplate sentence", status: "applied" });
    expect((await listed()).items).toHaveLength(6);
    expect(await graphChecksum(store)).toEqual(checksum);
  });

  it("rank unreviewed edges by low confidence and high impact, report a document's extraction and count what reviewers did", async () => {
    const queue = (await (await api.get("/api/review/queue?limit=200")).json()) as ReviewQueue;
    expect(queue.items).toHaveLength(200);
    expect(queue.unreviewed).toBeGreaterThan(200);
    const priorities = queue.items.map((i) => i.priority);
    expect(priorities).toEqual([...priorities].sort((a, b) => b - a));
    expect(queue.items[0]!.priority).toBeCloseTo((1 - (queue.items[0]!.confidence ?? 0.5)) * queue.items[0]!.impact);
    // Reviewed edges (the added and the corrected one) are not queued again; the rejected one is gone.
    const queued = (e: { from: string; to: string; docId: string }, type: string) => queue.items.some((i) => i.type === type && i.from.id === e.from && i.to.id === e.to && i.docId === e.docId);
    expect(queued(added, "ADOPTS") || queued({ ...corrected, to: correctedTo }, "PRIORITIZES") || queued(rejected, "ADOPTS")).toBe(false);
    const adoptions = (await (await api.get("/api/review/queue?type=ADOPTS&limit=5")).json()) as ReviewQueue;
    expect(adoptions.items.map((i) => i.type)).toEqual(Array(5).fill("ADOPTS"));
    expect(adoptions.items.every((i) => i.impact >= 3)).toBe(true);
    const bad = await api.get("/api/review/queue?limit=lots");
    expect(bad.status).toBe(400);
    expect((await bad.json()).error.message).toContain("limit");

    const report = (await (await api.get(`/api/review/documents/${encodeURIComponent(added.docId)}/report`)).json()) as ExtractionReport;
    expect(report.types.find((t) => t.type === "ADOPTS")!.reviewed).toBeGreaterThanOrEqual(1);
    expect(report.labels.reduce((n, l) => n + l.count, 0)).toBeGreaterThan(0);
    const confidences = report.edges.map((e) => e.confidence ?? 0.5);
    expect(confidences).toEqual([...confidences].sort((a, b) => a - b));
    expect((await api.get("/api/review/documents/no-such-document/report")).status).toBe(404);

    const counts = ((await (await api.get("/api/review/counts")).json()) as ReviewCounts).items;
    expect(counts.find((c) => c.label === "ADOPTS")).toMatchObject({ rejected: 1, added: 1, corrected: 1, accepted: 0, orphaned: 0 });
    expect(counts.find((c) => c.label === "PRIORITIZES")).toMatchObject({ corrected: 1 });
    expect(counts.find((c) => c.label === "Industry")).toMatchObject({ corrected: 2 });
  });

  it("export reviewed documents as gold annotations without the rejected edge and with the added one", async () => {
    const reviewed = ((await (await api.get("/api/review/annotations")).json()) as ReviewedDocuments).items;
    expect(reviewed.map((d) => d.docId)).toContain(rejected.docId);
    const doc = reviewed.find((d) => d.docId === added.docId)!;
    expect(doc.file).toBe(`${added.docId}.json`);
    const res = await api.get(`/api/review/annotations/${encodeURIComponent(added.docId)}`);
    expect(res.headers.get("content-disposition")).toContain(doc.file);
    const gold = GoldFile.parse(await res.json());
    expect(gold.doc).toBe(`${added.docId}.txt`);
    const [names] = await rows<{ to: string; rejectedTo: string }>("MATCH (a:Entity {id: $a}), (b:Entity {id: $b}) RETURN a.name AS to, b.name AS rejectedTo", { a: added.to, b: rejected.to });
    expect(gold.relations).toContainEqual({ type: "ADOPTS", from: "DOC", to: names!.to, quote: added.evidence.quote, attrs: { review: "added" } });
    // Both are edges of the first document with ADOPTS edges (firstEdge orders by document).
    expect(rejected.docId).toBe(added.docId);
    expect(gold.relations.some((r) => r.type === "ADOPTS" && r.to === names!.rejectedTo && r.quote === rejected.quote)).toBe(false);
    expect(gold.relations.every((r) => !["MENTIONS", "HAS_MEASURE", "LED_BY", "ASSIGNED_TO"].includes(r.type))).toBe(true);
  });

  it("still hold after re-ingesting with --force: the same corrected graph, checksum for checksum", async () => {
    expect((await ingest(store, [dir], { force: true })).loaded).toBe(5);
    expect(await graphChecksum(store)).toEqual(checksum);
    expect(await edgeCount("ADOPTS", rejected)).toBe(0);
  });

  it("still hold after re-extraction with a bumped extractor version, and after going back to it", async () => {
    // Extraction workers read EXTRACTOR_VERSION as they start, with this tag appended (extract/index.ts).
    process.env.EXTRACTOR_VERSION_TAG = "review-test";
    try {
      const summary = await ingest(store, [dir]);
      expect(summary).toMatchObject({ loaded: 5, unchanged: 0, cached: 0 });
    } finally {
      delete process.env.EXTRACTOR_VERSION_TAG;
    }
    const fingerprints = await rows<{ fp: string }>("MATCH (d:Document) RETURN d.fingerprint AS fp");
    expect(fingerprints.map((f) => f.fp.split("@")[1]!.split("+")[0])).toEqual(Array(5).fill(`${EXTRACTOR_VERSION}-review-test`));
    // The corrected graph but for the documents' fingerprints, which name the new version.
    expect(await graphChecksum(store, { omit: ["fingerprint"] })).toEqual(checksumWithoutFingerprints);
    expect(await edgeCount("ADOPTS", rejected)).toBe(0);
    expect(await edgeCount("PRIORITIZES", { ...corrected, to: correctedTo })).toBe(1);
    expect((await ingest(store, [dir])).loaded).toBe(5);
    expect(await graphChecksum(store)).toEqual(checksum);
  });

  it("are orphaned while their document is removed, and hold again when it is added back", async () => {
    await removeDocuments(store, [rejected.docId]);
    const during = await listed();
    expect(during.orphaned).toBeGreaterThanOrEqual(1);
    expect(during.items.find((c) => c.action === "reject")).toMatchObject({ status: "orphaned", reason: expect.stringContaining(rejected.docId) });
    await ingest(store, [dir]);
    expect((await listed()).orphaned).toBe(0);
    expect(await graphChecksum(store)).toEqual(checksum);
  });

  it("export to a file that, imported into a graph built afresh, gives the same corrected graph", async () => {
    const res = await api.get("/api/corrections/export");
    expect(res.headers.get("content-disposition")).toContain("corrections.json");
    const file = (await res.json()) as CorrectionsFile;
    expect(file.corrections).toHaveLength(6);
    const again = await write(file, TOKEN, "/api/corrections/import");
    expect(await again.json()).toEqual({ imported: 0, alreadyStored: 6, orphaned: 0 });

    await resetGraph(store);
    await ingest(store, [dir]);
    const imported = await write(file, TOKEN, "/api/corrections/import");
    expect(await imported.json()).toEqual({ imported: 6, alreadyStored: 0, orphaned: 0 });
    expect(await graphChecksum(store)).toEqual(checksum);
  });

  it("lists a correction whose sentence left the text as orphaned, not dropped", async () => {
    const file = path.join(dir, `${rejected.docId}.txt`);
    const text = fs.readFileSync(file, "utf8");
    expect(text).toContain(rejected.quote);
    fs.writeFileSync(file, text.replace(rejected.quote, ""));
    await ingest(store, [dir]);
    const list = await listed();
    const reject = list.items.find((c) => c.action === "reject")!;
    expect(reject.status).toBe("orphaned");
    expect(reject.reason).toContain("no longer in");
    expect(list.items.filter((c) => c.status !== "orphaned").length).toBeGreaterThanOrEqual(3);
  });
});
