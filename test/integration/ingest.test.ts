import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingest } from "../../server/ingest/index.js";
import type { Store } from "../../server/store/connect.js";
import { removeDocuments } from "../../server/store/load.js";
import { FIVE_SEEDS } from "../support/seeds.js";
import { startApi } from "../support/api.js";
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

  it("keeps extractions between runs: a forced re-ingest extracts only what changed, to the same graph", async () => {
    const cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), "policy-graph-cache-"));
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "policy-graph-cached-"));
    // Other names than the seeds loaded above: other document ids.
    const names = FIVE_SEEDS.slice(0, 3).map((f) => `cached-${path.basename(f)}`);
    FIVE_SEEDS.slice(0, 3).forEach((f, i) => fs.copyFileSync(f, path.join(dir, names[i]!)));
    try {
      const first = await ingest(store, [dir], { cacheDir });
      expect(first).toMatchObject({ loaded: 3, cached: 0, failed: [] });
      const counts = await graphCounts(store);
      const again = await ingest(store, [dir], { cacheDir, force: true });
      expect(again).toMatchObject({ loaded: 3, cached: 3 });
      expect(await graphCounts(store)).toEqual(counts);
      // One file edited: it alone is extracted again.
      const edited = path.join(dir, names[0]!);
      fs.appendFileSync(edited, "\n附件：无。\n");
      const third = await ingest(store, [dir], { cacheDir, force: true });
      expect(third).toMatchObject({ loaded: 3, cached: 2 });
      // An unreadable entry is made again, not loaded.
      for (const entry of fs.readdirSync(cacheDir, { recursive: true })) {
        const p = path.join(cacheDir, String(entry));
        if (p.endsWith(".json")) fs.writeFileSync(p, "{not json");
      }
      expect(await ingest(store, [dir], { cacheDir, force: true })).toMatchObject({ loaded: 3, cached: 0, failed: [] });
    } finally {
      await removeDocuments(store, names.map((n) => path.basename(n, ".txt")));
      fs.rmSync(dir, { recursive: true, force: true });
      fs.rmSync(cacheDir, { recursive: true, force: true });
    }
  });

  // Only 开州 (区级产业引导基金 → its 重点产业) and 东莞 (新材料/生物医药 funds) name the industries a
  // fund backs; the other three seeds' funds back enterprises or transfers, and inventing an
  // industry for them would be wrong.
  it("links funds to the industries their names or sentences name, each edge quoting its document", async () => {
    const edges = (await rows(
      "MATCH (f:Fund)-[s:SUPPORTS]->(i:Industry) MATCH (d:Document {id: s.docId}) RETURN d.id AS doc, s.quote AS quote, s.start AS start, s.end AS end, d.text AS text",
    )) as { doc: string; quote: string; start: number; end: number; text: string }[];
    // 开州's 区级产业引导基金 backs "主导领域", which names no industry (annotation guide §4.7); its
    // 战略性新兴产业股权投资基金 names its industry, as 东莞's two industry funds do.
    expect(new Set(edges.map((e) => e.doc))).toEqual(new Set(["000_8e12bc0a722c8d98", "003_878d6788c173cd76"]));
    expect(edges.length).toBeGreaterThanOrEqual(3);
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

describe("a metadata sidecar beside the files", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "policy-graph-sidecar-"));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("fills and reports metadata, keeps extra columns as properties, and re-extracts when a row changes", async () => {
    await resetGraph(store);
    fs.copyFileSync("seeds/corpus/xianju-2017-212cd5.txt", path.join(dir, "xianju.txt"));
    fs.copyFileSync("seeds/corpus/jiaxing-2017-63bdf8.txt", path.join(dir, "jiaxing.txt"));
    fs.copyFileSync("seeds/004_ccb917d9b44b3e03.txt", path.join(dir, "yinchuan.txt"));
    const sheet = (date: string) =>
      "file,title,date,region,coder,效力级别\n" +
      `xianju.txt,关于促进新材料产业发展的若干意见,${date},浙江省台州市仙居,A,地方规范性文件\n` +
      "jiaxing.txt,国家重点实验室支持,,浙江省嘉兴市,B,地方工作文件\n" +
      "ghost.txt,不存在,2017,浙江省,C,\n";
    fs.writeFileSync(path.join(dir, "coding.csv"), sheet("2017-12-05"));

    const first = await ingest(store, [dir]);
    expect(first).toMatchObject({ loaded: 3, failed: [] });
    expect(first.sidecar.unknownFiles).toEqual([expect.stringMatching(/coding\.csv line 4: ghost\.txt/)]);
    expect(first.sidecar.missingFiles).toEqual([path.relative(process.cwd(), path.join(dir, "yinchuan.txt"))]);
    expect(first.disagreements).toEqual([expect.objectContaining({ field: "title", sidecar: "国家重点实验室支持", kept: "text" })]);
    const [xianju] = await rows("MATCH (d:Document {id: 'xianju'}) RETURN d.regionCode AS code, d.sidecar_coder AS coder, d.sidecar_效力级别 AS level");
    expect(xianju).toEqual({ code: "331024", coder: "A", level: "地方规范性文件" });

    const api = await startApi(store);
    try {
      const list = (await (await api.get("/api/disagreements")).json()) as { items: { docId: string; field: string }[]; documents: number };
      expect(list).toMatchObject({ documents: 1, items: [{ docId: "jiaxing", field: "title" }] });
      const doc = (await (await api.get("/api/documents/xianju")).json()) as { document: { extra: Record<string, string>; publishedOn: string } };
      expect(doc.document.extra).toMatchObject({ coder: "A", 效力级别: "地方规范性文件" });
    } finally {
      await api.close();
    }

    expect(await ingest(store, [dir])).toMatchObject({ loaded: 0, unchanged: 3 });
    fs.writeFileSync(path.join(dir, "coding.csv"), sheet("2017-12"));
    expect(await ingest(store, [dir])).toMatchObject({ loaded: 1, unchanged: 2 });
  });
});

describe("document ids across ingests", () => {
  it("refuses a file whose name reduces to a stored document's id instead of replacing that document", async () => {
    await resetGraph(store);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "policy-graph-ids-"));
    try {
      fs.copyFileSync("seeds/004_ccb917d9b44b3e03.txt", path.join(dir, "银川 行动计划.txt"));
      fs.copyFileSync("seeds/000_8e12bc0a722c8d98.txt", path.join(dir, "银川_行动计划.txt"));
      expect(await ingest(store, [path.join(dir, "银川 行动计划.txt")])).toMatchObject({ loaded: 1, failed: [] });
      const before = await graphCounts(store);
      const second = await ingest(store, [path.join(dir, "银川_行动计划.txt")]);
      expect(second.failed).toEqual([expect.objectContaining({ code: "DUPLICATE_ID", reason: expect.stringContaining("银川 行动计划.txt") })]);
      expect(await graphCounts(store)).toEqual(before);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it("refuses a file of the same name from another folder while the stored one is still there, and lets a moved file keep its id", async () => {
    await resetGraph(store);
    const root = fs.mkdtempSync(path.join(os.tmpdir(), "policy-graph-twins-"));
    try {
      for (const [folder, seed] of [["2021", "seeds/004_ccb917d9b44b3e03.txt"], ["2022", "seeds/000_8e12bc0a722c8d98.txt"]] as const) {
        fs.mkdirSync(path.join(root, folder));
        fs.copyFileSync(seed, path.join(root, folder, "通知.txt"));
      }
      expect(await ingest(store, [path.join(root, "2021")])).toMatchObject({ loaded: 1, failed: [] });
      const before = await graphCounts(store);
      const twin = await ingest(store, [path.join(root, "2022")]);
      expect(twin.failed).toEqual([expect.objectContaining({ code: "DUPLICATE_ID", reason: expect.stringContaining(path.join(root, "2021", "通知.txt")) })]);
      expect(await graphCounts(store)).toEqual(before);

      fs.renameSync(path.join(root, "2021"), path.join(root, "moved"));
      expect(await ingest(store, [path.join(root, "moved")])).toMatchObject({ loaded: 1, failed: [] });
      expect(await graphCounts(store)).toEqual(before);
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });
});
