/**
 * A first load through neo4j-admin's offline importer (server/store/bulk) gives the graph the
 * transactional load (loadBatch) gives, property types and all, and a failed import leaves the
 * database as it was. The transactional graphs are built in the shared test Neo4j; the imports
 * go into an embedded Neo4j of this file's own, since they stop and restart it.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingest } from "../../server/ingest/index.js";
import type { Extraction } from "../../server/schema/graph.js";
import { DELIMITER, quoted } from "../../server/store/bulk/csv.js";
import { BulkImportError, importGraph, writeGraphFiles, type GraphFiles } from "../../server/store/bulk/index.js";
import { connectStore, openStore, type Store } from "../../server/store/connect.js";
import { startEmbeddedNeo4j } from "../../server/store/embedded.js";
import { graphIsEmpty, loadBatch } from "../../server/store/load.js";
import { applySchema } from "../../server/store/schema.js";
import { freePort } from "../setup/neo4j.js";
import { graphChecksum, integrityProblems } from "../support/checksum.js";
import { entity, extraction, stated, twoDocuments } from "../support/extraction.js";
import { graphCounts, resetGraph, testStore } from "../support/store.js";

const home = fs.mkdtempSync(path.join(os.tmpdir(), "policy-graph-bulk-neo4j-"));
let shared: Store;
let own: Store;

beforeAll(async () => {
  shared = await testStore();
  const neo = await startEmbeddedNeo4j({ home, boltPort: await freePort(), heap: "1g", pageCacheMb: 128 });
  own = await connectStore(neo.uri, "neo4j", neo.auth, neo);
  await applySchema(own);
});

afterAll(async () => {
  await shared?.close();
  await own?.close();
  fs.rmSync(home, { recursive: true, force: true });
});

/** CSV files of these batches, in a folder removed after `use`. */
async function withFiles(batches: Extraction[][], use: (files: GraphFiles) => Promise<void>): Promise<void> {
  const writer = writeGraphFiles(fs.mkdtempSync(path.join(os.tmpdir(), "policy-graph-bulk-csv-")));
  try {
    for (const batch of batches) writer.add(batch);
    await use(writer.finish());
  } finally {
    writer.remove();
  }
}

const constraints = async (store: Store) =>
  (await store.driver.executeQuery("SHOW CONSTRAINTS YIELD name RETURN count(*) AS n", {}, { database: store.database })).records[0]!.get("n") as number;

/**
 * Two batches of values that CSV or the importer could get wrong: quotes, separators,
 * backslashes and line breaks; empty strings, empty lists and a list of one empty string;
 * the array delimiter inside a list element; a key no CSV header can hold; large and
 * negative numbers; an entity named again in the second batch with another name, more
 * aliases and a property removed; a PART_OF stated twice; an edge to an entity nobody
 * loads; and a cited Policy that the second batch's document turns out to be.
 */
function trickyBatches(): Extraction[][] {
  const text1 = '甲局设立"创新,基金";分号\\反斜杠\r\n第二行\n依据《乙地创新方案》。\u001f末尾';
  const first = extraction(
    "tricky-1",
    '他说:"创新",引号;分号',
    text1,
    [
      entity("Agency", "agency:甲局", "甲局", { region: "甲地", note: "" }, ["", "甲"]),
      entity("Fund", "fund:甲局:创新基金", "创新,基金", { amountYuan: 1e21, ratio: -0.5, open: true, tags: ["a\u001fb", "c"], "odd-key": "v", empties: [] }),
      entity("Policy", "policy:乙地创新方案", "乙地创新方案", { title: "乙地创新方案", docNumber: null }, [""]),
      entity("Region", "region:1", "甲地", { code: "1", level: "city" }),
      entity("Region", "region:2", "某省", { code: "2", level: "province" }, [""]),
    ],
    [
      stated(text1, "ESTABLISHES", "", "fund:甲局:创新基金", '甲局设立"创新,基金";分号\\反斜杠\r\n第二行', { amountYuan: 5, shares: [], labels: [""] }),
      stated(text1, "ESTABLISHES", "", "fund:甲局:创新基金", "第二行", { amountYuan: 5, shares: [], labels: [""] }),
      stated(text1, "LED_BY", "fund:甲局:创新基金", "agency:甲局", "甲局设立", { role: "" }),
      stated(text1, "CITES", "", "policy:乙地创新方案", "依据《乙地创新方案》。"),
      stated(text1, "SUPPORTS", "fund:甲局:创新基金", "industry:无人加载", "第二行"),
      { type: "PART_OF", from: "region:1", to: "region:2", docId: "", quote: null, start: null, end: null, props: {} },
      { ...stated(text1, "MENTIONS", "", "agency:甲局", "甲局"), props: { count: 1, spans: [0, 2] } },
    ],
    { issuers: [], docNumber: 'X〔2021〕1号,"附"', sidecar: { 效力级别: "", "row/record": 'a"b' } },
  );
  first.warnings = ["第一行\n第二行", ""];
  const text2 = "乙地创新方案由甲局牵头。";
  const second = extraction(
    "tricky-2",
    "乙地创新方案",
    text2,
    [
      entity("Agency", "agency:甲局", "甲局(新名)", { region: "乙地", note: null }, ["甲", "甲局局"]),
      entity("Region", "region:1", "甲地", { code: "1", level: "city" }),
      entity("Region", "region:2", "某省", { code: "2", level: "province" }),
    ],
    [
      stated(text2, "LED_BY", "", "agency:甲局", "乙地创新方案由甲局牵头。", { role: "lead" }),
      { type: "PART_OF", from: "region:1", to: "region:2", docId: "", quote: null, start: null, end: null, props: {} },
    ],
    { issuers: ["甲局", "乙;局"], publishedOn: null },
  );
  // Values the multi-line documents file must leave to Cypher (csv.ts): the file's quote and
  // delimiter in a text, an empty title; an id that cannot start a row unquoted.
  const third = extraction("tricky-3", "", "控制\u001d字符\u001e在文中\n第二行", [], []);
  const fourth = extraction("tricky\u001e4", "标题\\", "结尾反斜杠\\", [], []);
  return [[first, third], [second, fourth]];
}

/**
 * Documents whose texts fill several of the importer's read buffers, made of what could
 * mislead it where it splits them: ASCII quotes (doubled too), commas, backslashes, line
 * breaks of both kinds, and texts ending in them.
 */
function bufferfulsOfTexts(): Extraction[] {
  const pieces = ["创新驱动", '"', '""', ",", '",', ',"', "\\", '\\"', "\n", "\r\n", "\n\n", "。", "a", " "];
  let seed = 7;
  const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
  // The last one alone is longer than the importer's default read buffer (4 MiB characters).
  return Array.from({ length: 901 }, (_, i) => {
    let text = "";
    while (text.length < (i === 900 ? 5_000_000 : 10_000 + (i % 13) * 1_000)) text += pieces[Math.floor(next() * pieces.length)];
    return extraction(`doc-${i}`, `文件${i}`, text + pieces[i % pieces.length], [], []);
  });
}

describe("a first load through neo4j-admin import", () => {
  it("gives the 90 seed documents the graph and the ingest summary of the transactional load, failed files included", { timeout: 300_000 }, async () => {
    const inputs = ["seeds", "test/fixtures/bad/empty.txt"];
    await resetGraph(shared);
    const expected = await ingest(shared, inputs, { bulkMinDocuments: Infinity });
    const before = own.driver;
    const summary = await ingest(own, inputs, { bulkMinDocuments: 1 });
    // The import restarts Neo4j on the imported database, with a new driver.
    expect(own.driver).not.toBe(before);
    expect({ ...summary, seconds: 0 }).toEqual({ ...expected, seconds: 0 });
    expect(summary.loaded).toBe(90);
    expect(summary.failed.map((f) => [path.basename(f.file), f.code])).toEqual([["empty.txt", "EMPTY"]]);
    expect(await graphCounts(own)).toEqual(await graphCounts(shared));
    expect(await graphChecksum(own)).toEqual(await graphChecksum(shared));
    expect(await integrityProblems(own)).toEqual([]);
  });

  it("writes quotes, line breaks, empty lists, nulls and entities merged across batches as the transactional load does", { timeout: 180_000 }, async () => {
    await resetGraph(shared);
    for (const batch of trickyBatches()) await loadBatch(shared, batch);
    await resetGraph(own);
    await withFiles(trickyBatches(), (files) => importGraph(own, files).then(() => undefined));
    expect(await graphChecksum(own)).toEqual(await graphChecksum(shared));
    const types = `MATCH (n:Entity) RETURN n.id AS id, [k IN keys(n) | k + ':' + valueType(n[k])] AS types
                   UNION ALL
                   MATCH (a)-[r]->(b) RETURN type(r) + ' ' + a.id + ' ' + b.id + ' ' + coalesce(r.docId, '') AS id, [k IN keys(r) | k + ':' + valueType(r[k])] AS types`;
    const run = async (store: Store) =>
      (await store.driver.executeQuery(types, {}, { database: store.database })).records.map((r) => `${r.get("id")} ${(r.get("types") as string[]).sort().join(" ")}`).sort();
    // Same property types too, which the checksum's JSON cannot tell apart (5 and 5.0): numbers are floats, as the driver sends them.
    expect(await run(own)).toEqual(await run(shared));
  });

  it("imports texts that fill several read buffers exactly, whatever quotes, commas and line breaks they hold", { timeout: 120_000 }, async () => {
    await resetGraph(own);
    const documents = bufferfulsOfTexts();
    expect(documents.reduce((n, x) => n + x.text.length, 0)).toBeGreaterThan(3 * 4 * 1024 * 1024);
    expect(documents.at(-1)!.text.length).toBeGreaterThan(4 * 1024 * 1024);
    await withFiles([documents], async (files) => {
      // Two multi-line files: the texts ending in a backslash are left to Cypher, and their rows have no text column.
      expect(files.nodes.filter((n) => n.multiline)).toHaveLength(2);
      await importGraph(own, files);
    });
    const { records } = await own.driver.executeQuery("MATCH (d:Document) RETURN d.id AS id, d.text AS text", {}, { database: own.database });
    const texts = new Map(records.map((r) => [r.get("id") as string, r.get("text") as string]));
    expect(texts.size).toBe(documents.length);
    for (const x of documents) expect(texts.get(x.document.id), x.document.id).toBe(x.text);
  });

  it("says which line of which file the importer rejected, and leaves the empty database in place", { timeout: 120_000 }, async () => {
    await resetGraph(own);
    const before = own.driver;
    await withFiles([twoDocuments()], async (files) => {
      const partOf = files.relationships.find((r) => r.type === "PART_OF")!;
      fs.appendFileSync(path.join(files.dir, partOf.file), `${quoted("region:511100")}${DELIMITER}${quoted("region:nowhere")}\n`);
      const failed = importGraph(own, files);
      await expect(failed).rejects.toThrow(BulkImportError);
      await expect(failed).rejects.toThrow(new RegExp(`${partOf.file} line \\d+: .*missing node region:nowhere`));
    });
    expect(own.driver).toBe(before);
    expect(fs.existsSync(path.join(home, "data", "databases", "neo4j-bulk-import"))).toBe(false);
    expect(await graphIsEmpty(own)).toBe(true);
    await loadBatch(own, twoDocuments());
    expect((await graphCounts(own)).nodes).toBeGreaterThan(4);
  });

  it("puts the empty database back when a step after the import fails", { timeout: 180_000 }, async () => {
    await resetGraph(own);
    await withFiles([twoDocuments()], async (files) => {
      // A map is no property value: setting it fails after Neo4j has restarted on the import.
      files.nodeProperties.push({ ids: ["leshan"], props: { nested: { no: "maps" } } });
      await expect(importGraph(own, files)).rejects.toThrow(/could not be made ready: .*; the database is as it was before the import/);
    });
    expect(await graphIsEmpty(own)).toBe(true);
    expect(await constraints(own)).toBeGreaterThanOrEqual(14);
    expect(fs.readdirSync(path.join(home, "data", "databases")).filter((d) => d.includes("bulk-import"))).toEqual([]);
    await loadBatch(own, twoDocuments());
    expect((await graphCounts(own)).nodes).toBeGreaterThan(4);
  });

  it("imports nothing, and restarts nothing, when no file could be read", async () => {
    await resetGraph(own);
    const before = own.driver;
    const summary = await ingest(own, ["test/fixtures/bad/empty.txt", "test/fixtures/bad/truncated.docx"], { bulkMinDocuments: 1 });
    expect(summary).toMatchObject({ files: 2, loaded: 0 });
    expect(summary.failed.map((f) => f.code)).toEqual(["EMPTY", "CORRUPT"]);
    expect(own.driver).toBe(before);
    expect(await graphIsEmpty(own)).toBe(true);
  });

  it("refuses to replace a database that holds anything", async () => {
    await resetGraph(own);
    await loadBatch(own, twoDocuments());
    const counts = await graphCounts(own);
    await withFiles([twoDocuments()], (files) => expect(importGraph(own, files)).rejects.toThrow(/is not empty/));
    expect(await graphCounts(own)).toEqual(counts);
  });

  it("puts the database from before back at the next start when an import was killed after its swap", { timeout: 120_000 }, async () => {
    await resetGraph(own);
    const options = own.ownNeo4j!.options;
    await own.close();
    // What a kill between the swap and the end of the import leaves: the database from before
    // set aside, and a half-ready one in its place.
    for (const folder of ["databases", "transactions"]) {
      const dir = path.join(home, "data", folder);
      fs.renameSync(path.join(dir, "neo4j"), path.join(dir, "neo4j.before-bulk-import"));
      fs.mkdirSync(path.join(dir, "neo4j"));
      fs.writeFileSync(path.join(dir, "neo4j", "half-ready"), "");
    }
    own = await openStore({ kind: "embedded", ...options, database: "neo4j" });
    expect(await graphIsEmpty(own)).toBe(true);
    expect(await constraints(own)).toBeGreaterThanOrEqual(14);
    expect(fs.existsSync(path.join(home, "data", "databases", "neo4j", "half-ready"))).toBe(false);
    expect(fs.readdirSync(path.join(home, "data", "databases")).filter((d) => d.includes("bulk-import"))).toEqual([]);
  });
});
