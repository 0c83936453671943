import { afterAll, beforeEach, describe, expect, it } from "vitest";
import type { Store } from "../../server/store/connect.js";
import { loadBatch, removeDocuments } from "../../server/store/load.js";
import { applySchema } from "../../server/store/schema.js";
import { twoDocuments } from "../support/extraction.js";
import { graphCounts, resetGraph, testStore } from "../support/store.js";

let store: Store;

const rows = async (query: string, params: Record<string, unknown> = {}) =>
  (await store.driver.executeQuery(query, params, { database: store.database })).records.map((r) => r.toObject());

beforeEach(async () => {
  store ??= await testStore();
  await resetGraph(store);
});
afterAll(() => store?.close());

describe("the Neo4j store", () => {
  it("applies the schema twice without error", async () => {
    await applySchema(store);
    const [{ n }] = (await rows("SHOW CONSTRAINTS YIELD name RETURN count(*) AS n")) as [{ n: number }];
    expect(n).toBeGreaterThanOrEqual(14);
  });

  it("gives identical counts when the same documents are loaded twice", async () => {
    await loadBatch(store, twoDocuments());
    const once = await graphCounts(store);
    await loadBatch(store, twoDocuments());
    expect(await graphCounts(store)).toEqual(once);
    expect(once.nodes).toBeGreaterThan(4);
  });

  it("keeps one node for an industry named by two documents, with one PRIORITIZES edge per document", async () => {
    await loadBatch(store, twoDocuments());
    const found = await rows("MATCH (d:Document)-[p:PRIORITIZES]->(i:Industry {id: 'industry:新材料'}) RETURN d.id AS doc, p.docId AS docId ORDER BY doc");
    expect(found).toEqual([
      { doc: "leshan", docId: "leshan" },
      { doc: "xinxiang", docId: "xinxiang" },
    ]);
  });

  it("puts the document, the sentence and its offsets on every stated edge", async () => {
    await loadBatch(store, twoDocuments());
    const edges = await rows(
      "MATCH (a)-[r]->(b) WHERE NOT type(r) IN ['MENTIONS', 'PART_OF'] MATCH (d:Document {id: r.docId}) RETURN r.quote AS quote, r.start AS start, r.end AS end, d.text AS text",
    );
    expect(edges.length).toBeGreaterThan(5);
    for (const e of edges as { quote: string; start: number; end: number; text: string }[]) {
      expect(e.text.slice(e.start, e.end)).toBe(e.quote);
    }
  });

  it("turns a cited Policy into the Document of the same title", async () => {
    const [leshan, xinxiang] = twoDocuments();
    await loadBatch(store, [leshan]);
    expect(await rows("MATCH (p:Policy) RETURN p.id AS id")).toHaveLength(1);
    await loadBatch(store, [xinxiang]);
    expect(await rows("MATCH (p:Policy) RETURN p.id AS id")).toHaveLength(0);
    expect(await rows("MATCH (:Document {id: 'leshan'})-[:CITES]->(d:Document) RETURN d.id AS id")).toEqual([{ id: "xinxiang" }]);
  });

  it("cites an already loaded Document directly", async () => {
    const [leshan, xinxiang] = twoDocuments();
    await loadBatch(store, [xinxiang]);
    await loadBatch(store, [leshan]);
    expect(await rows("MATCH (p:Policy) RETURN p.id AS id")).toHaveLength(0);
    expect(await rows("MATCH (:Document {id: 'leshan'})-[:CITES]->(d:Document) RETURN d.id AS id")).toEqual([{ id: "xinxiang" }]);
  });

  it("replaces exactly a changed document's edges and leaves the other document alone", async () => {
    const [leshan, xinxiang] = twoDocuments();
    await loadBatch(store, [leshan, xinxiang]);
    const before = await rows("MATCH ()-[r {docId: 'xinxiang'}]->() RETURN count(r) AS n");
    const changed = { ...leshan, relations: leshan.relations.filter((r) => r.type !== "SUPPORTS") };
    await loadBatch(store, [changed]);
    expect(await rows("MATCH ()-[r:SUPPORTS]->() RETURN count(r) AS n")).toEqual([{ n: 0 }]);
    expect(await rows("MATCH ()-[r {docId: 'xinxiang'}]->() RETURN count(r) AS n")).toEqual(before);
  });

  it("removes a document and what only it supported, keeping what others still state", async () => {
    const [leshan, xinxiang] = twoDocuments();
    await loadBatch(store, [leshan, xinxiang]);
    await removeDocuments(store, ["leshan"]);
    const left = (await rows("MATCH (n) RETURN n.id AS id ORDER BY id")).map((r) => r.id);
    expect(left).toEqual(["industry:新材料", "industry:生物医药", "park:新乡高新区", "xinxiang"]);
  });

  it("says which of the documents to remove are not stored", async () => {
    await loadBatch(store, twoDocuments());
    expect(await removeDocuments(store, ["leshan", "no-such-doc"])).toEqual({ removed: ["leshan"], unknown: ["no-such-doc"] });
  });

  it.each([
    ["引导基金", "fund:乐山市:产业引导基金"],
    ["新材料", "industry:新材料"],
    ["高新区", "park:新乡高新区"],
    ["高新技术", "park:新乡高新区"],
    ["乐山", "region:511100"],
    ["leshan", "region:511100"],
    ["lss", "region:511100"],
  ])("finds %s through the full-text index", async (term, id) => {
    await loadBatch(store, twoDocuments());
    await store.driver.executeQuery("CALL db.awaitIndexes(60)", {}, { database: store.database });
    const query = /^[a-z]+$/.test(term) ? `${term}*` : `"${term}"`;
    const hits = await rows("CALL db.index.fulltext.queryNodes('entity_names', $q) YIELD node RETURN node.id AS id", { q: query });
    expect(hits.map((h) => h.id)).toContain(id);
  });
});
