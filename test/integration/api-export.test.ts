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

  it("gives exactly the edges named in edgeIds, and with parallel the stored ones beside them", async () => {
    const { elements } = await (await exported("json")).json();
    const establishes = elements.edges.find((e: { data: { type: string } }) => e.data.type === "ESTABLISHES").data;
    const only = await (await api.post("/api/export", { nodeIds, edgeIds: [establishes.id], format: "json" })).json();
    expect(only.elements.edges.map((e: { data: { id: string } }) => e.data.id)).toEqual([establishes.id]);
    const beside = await (await api.post("/api/export", { nodeIds, edgeIds: [establishes.id], parallel: true, format: "json" })).json();
    expect(beside.elements.edges.map((e: { data: { type: string } }) => e.data.type).sort()).toEqual(["ESTABLISHES", "MENTIONS"]);
  });

  it("gives GEXF and the plain CSV under names of their own", async () => {
    const gexf = await exported("gexf");
    expect(gexf.headers.get("content-type")).toBe("application/gexf+xml; charset=utf-8");
    expect(gexf.headers.get("content-disposition")).toMatch(/filename="?policy-graph.gexf"?$/);
    expect((await gexf.text()).match(/<edge /g)).toHaveLength(5);
    const plain = await api.post("/api/export", { nodeIds, format: "csv-nodes", plain: true });
    expect(plain.headers.get("content-disposition")).toMatch(/filename="?policy-graph-nodes-plain.csv"?$/);
    expect([...new Uint8Array(await plain.arrayBuffer()).slice(0, 2)]).toEqual([0x69, 0x64]);
  });
});

describe("POST /api/export/image", () => {
  const scene = {
    width: 640,
    height: 300,
    zoom: 1,
    title: "乐山市",
    nodes: [{ x: 100, y: 100, size: 30, style: { color: "#e0b422", shape: "ellipse" }, text: "产业引导基金" }],
    edges: [],
    legend: { nodes: [{ name: "基金", style: { color: "#e0b422", shape: "ellipse" } }], relations: [] },
    docIds: ["leshan", "not-stored"],
    sourcesHeading: "来源",
  };

  it("draws the footnote from the stored documents the scene names", async () => {
    const res = await api.post("/api/export/image", { format: "svg", scene });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-disposition")).toMatch(/filename="?policy-graph.svg"?$/);
    const svg = await res.text();
    expect(svg).toContain("来源 (1)");
    expect(svg).toMatch(/1\. 《[^<]+》/);
  });

  it("gives a PDF page of the chosen size", async () => {
    const res = await api.post("/api/export/image", { format: "pdf", page: "16:9", scene });
    expect(res.headers.get("content-type")).toBe("application/pdf");
    expect(res.headers.get("content-disposition")).toMatch(/filename="?policy-graph-16x9.pdf"?$/);
    const pdf = Buffer.from(await res.arrayBuffer()).toString("latin1");
    expect(pdf.startsWith("%PDF-")).toBe(true);
    expect(pdf).toMatch(/\/MediaBox \[0 0 960 540\]/);
  });

  it("refuses a scene it cannot draw with 400 BAD_REQUEST naming the field", async () => {
    const res = await api.post("/api/export/image", { format: "svg", scene: { ...scene, nodes: [{ ...scene.nodes[0], style: { color: "red", shape: "ellipse" } }] } });
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body.error.code).toBe("BAD_REQUEST");
    expect(body.error.message).toContain("scene.nodes.0.style.color");
  });
});
