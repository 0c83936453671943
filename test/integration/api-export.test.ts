import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Store } from "../../server/store/connect.js";
import { loadBatch } from "../../server/store/load.js";
import { startApi, type TestApi } from "../support/api.js";
import { twoDocuments } from "../support/extraction.js";
import { resetGraph, testStore } from "../support/store.js";

let store: Store;
let api: TestApi;

beforeAll(async () => {
  store = await testStore();
  await resetGraph(store);
  await loadBatch(store, twoDocuments());
  api = await startApi(store);
});
afterAll(async () => {
  await api?.close();
  await store?.close();
});

const nodeIds = ["leshan", "fund:乐山市:产业引导基金", "industry:新材料", "unknown:ignored"];
const exported = (format: string) => api.post("/api/export", { nodeIds, format });

describe("POST /api/export", () => {
  it("gives the induced subgraph as Cytoscape elements, as a download", async () => {
    const res = await exported("json");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-disposition")).toMatch(/^attachment; filename="?policy-graph.json"?$/);
    const { elements } = await res.json();
    expect(elements.nodes.map((n: { data: { id: string } }) => n.data.id).sort()).toEqual(["fund:乐山市:产业引导基金", "industry:新材料", "leshan"]);
    expect(elements.nodes.find((n: { data: { id: string } }) => n.data.id === "leshan").data).not.toHaveProperty("text");
    const types = elements.edges.map((e: { data: { type: string } }) => e.data.type).sort();
    expect(types).toEqual(["ESTABLISHES", "MENTIONS", "MENTIONS", "PRIORITIZES", "SUPPORTS"]);
    expect(elements.edges.every((e: { data: { source: string; target: string } }) => nodeIds.includes(e.data.source) && nodeIds.includes(e.data.target))).toBe(true);
  });

  it("gives nodes as CSV that Excel opens in UTF-8", async () => {
    const res = await exported("csv-nodes");
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(res.headers.get("content-disposition")).toMatch(/^attachment; filename="?policy-graph-nodes.csv"?$/);
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder().decode(bytes).replace(/^\uFEFF/, "").trimEnd().split("\r\n");
    expect(lines[0]!.startsWith("id,label,name,")).toBe(true);
    expect(lines).toHaveLength(4);
    expect(lines.some((l) => l.startsWith("fund:乐山市:产业引导基金,Fund,产业引导基金,"))).toBe(true);
  });

  it("gives edges as CSV with quoted evidence", async () => {
    const text = await (await exported("csv-edges")).text();
    expect(text).toContain('"乐山市设立产业引导基金5亿元,重点支持新材料产业。"');
    expect(text.trimEnd().split("\r\n")).toHaveLength(6);
  });

  it("gives GraphML with declared keys", async () => {
    const res = await exported("graphml");
    expect(res.headers.get("content-disposition")).toMatch(/^attachment; filename="?policy-graph.graphml"?$/);
    const xml = await res.text();
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
    expect(xml.match(/<node /g)).toHaveLength(3);
    expect(xml.match(/<edge /g)).toHaveLength(5);
    const declared = new Set([...xml.matchAll(/<key id="([^"]+)"/g)].map((m) => m[1]));
    for (const [, key] of xml.matchAll(/<data key="([^"]+)"/g)) expect(declared.has(key)).toBe(true);
  });

  it("answers 404 when none of the ids exists", async () => {
    expect((await api.post("/api/export", { nodeIds: ["nope"], format: "json" })).status).toBe(404);
  });
});
