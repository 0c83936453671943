import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingest } from "../../server/ingest/index.js";
import type { Store } from "../../server/store/connect.js";
import { removeDocuments } from "../../server/store/load.js";
import { FIVE_SEEDS } from "../support/seeds.js";
import { graphCounts, resetGraph, testStore } from "../support/store.js";

let store: Store;
const rows = async (query: string, params: Record<string, unknown> = {}) =>
  (await store.driver.executeQuery(query, params, { database: store.database })).records.map((r) => r.toObject());

beforeAll(async () => {
  store = await testStore();
  await resetGraph(store);
});
afterAll(() => store?.close());

describe("ingesting seeds/", () => {
  it("loads the five seeds, and loading them again changes nothing", async () => {
    const first = await ingest(store, FIVE_SEEDS);
    expect(first).toMatchObject({ files: 5, loaded: 5, failed: [] });
    const once = await graphCounts(store);
    const second = await ingest(store, FIVE_SEEDS);
    expect(second).toMatchObject({ loaded: 0, unchanged: 5 });
    expect(await graphCounts(store)).toEqual(once);
    const forced = await ingest(store, FIVE_SEEDS, { force: true });
    expect(forced.loaded).toBe(5);
    expect(await graphCounts(store)).toEqual(once);
  });

  // Only 开州 (区级产业引导基金 → its 重点产业) and 东莞 (新材料/生物医药 funds) name the industries a
  // fund backs; the other three seeds' funds back enterprises or transfers, and inventing an
  // industry for them would be wrong.
  it("links 开州's and 东莞's funds to the industries they support, each edge quoting its document", async () => {
    const edges = (await rows(
      "MATCH (f:Fund)-[s:SUPPORTS]->(i:Industry) MATCH (d:Document {id: s.docId}) RETURN d.id AS doc, s.quote AS quote, s.start AS start, s.end AS end, d.text AS text",
    )) as { doc: string; quote: string; start: number; end: number; text: string }[];
    expect(new Set(edges.map((e) => e.doc))).toEqual(new Set(["000_8e12bc0a722c8d98", "003_878d6788c173cd76"]));
    expect(edges.length).toBeGreaterThanOrEqual(8);
    for (const e of edges) expect(e.text.slice(e.start, e.end)).toBe(e.quote);
  });

  it("reports a bad file by name and goes on with the others, leaving the graph as it was", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "policy-graph-bad-"));
    fs.writeFileSync(path.join(dir, "empty.txt"), "");
    fs.writeFileSync(path.join(dir, "binary.txt"), Buffer.from([0, 1, 2, 3, 255, 0, 7, 8, 0, 0, 1]));
    fs.writeFileSync(path.join(dir, "english.txt"), "This file has no Chinese at all, only English prose about policies.\n".repeat(5));
    const before = await graphCounts(store);
    const summary = await ingest(store, [dir]);
    expect(summary.loaded).toBe(0);
    expect(summary.failed.map((f) => path.basename(f.file)).sort()).toEqual(["binary.txt", "empty.txt", "english.txt"]);
    for (const f of summary.failed) expect(f.reason.length).toBeGreaterThan(10);
    expect(await graphCounts(store)).toEqual(before);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("removes one document and what only it supported, then loads it back to the same counts", async () => {
    const full = await graphCounts(store);
    await removeDocuments(store, ["004_ccb917d9b44b3e03"]);
    expect(await rows("MATCH (d:Document {id: '004_ccb917d9b44b3e03'}) RETURN d")).toHaveLength(0);
    expect(await rows("MATCH ()-[r {docId: '004_ccb917d9b44b3e03'}]->() RETURN r LIMIT 1")).toHaveLength(0);
    expect((await graphCounts(store)).nodes).toBeLessThan(full.nodes);
    await ingest(store, FIVE_SEEDS);
    expect(await graphCounts(store)).toEqual(full);
  });
});
