/**
 * Hostile and malformed input at every endpoint: each answers a 4xx JSON error (search may
 * answer a harmless 200) and the graph is unchanged afterwards.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Store } from "../../server/store/connect.js";
import { loadBatch } from "../../server/store/load.js";
import { startApi, type TestApi } from "../support/api.js";
import { twoDocuments } from "../support/extraction.js";
import { graphCounts, resetGraph, testStore } from "../support/store.js";

let store: Store;
let api: TestApi;
let counts: { nodes: number; relationships: number };

beforeAll(async () => {
  store = await testStore();
  await resetGraph(store);
  await loadBatch(store, twoDocuments());
  counts = await graphCounts(store);
  api = await startApi(store, { cypher: { perMinute: 1000 } });
});
afterAll(async () => {
  await api?.close();
  await store?.close();
});

const INJECTIONS = ["' OR 1=1", "}) DETACH DELETE n //", "\u0000", '"; MATCH (n) DETACH DELETE n', "n) DETACH DELETE n WITH 1 AS x MATCH (m"];
const q = encodeURIComponent;

type Case = [string, () => Promise<Response>, "4xx" | "4xx-or-200"];

const cases: Case[] = [
  // malformed bodies
  ...["/api/neighbourhood", "/api/cypher", "/api/export"].flatMap((path): Case[] => [
    [`malformed JSON at ${path}`, () => api.postRaw(path, '{"ids": ["a",'), "4xx"],
    [`an empty body at ${path}`, () => api.postRaw(path, ""), "4xx"],
    [`a JSON array at ${path}`, () => api.post(path, []), "4xx"],
    [`a body over 256 kB at ${path}`, () => api.post(path, { ids: ["x".repeat(300_000)] }), "4xx"],
  ]),
  // numbers out of range
  ["a huge search limit", () => api.get("/api/search?q=新材料&limit=99999999999999999999"), "4xx"],
  ["a negative search offset", () => api.get("/api/search?q=新材料&offset=-1"), "4xx"],
  ["a fractional search limit", () => api.get("/api/search?q=新材料&limit=1.5"), "4xx"],
  ["a negative neighbourhood limit", () => api.post("/api/neighbourhood", { ids: ["industry:新材料"], limit: -5 }), "4xx"],
  ["depth 3", () => api.post("/api/neighbourhood", { ids: ["industry:新材料"], depth: 3 }), "4xx"],
  ["a huge neighbourhood limit", () => api.post("/api/neighbourhood", { ids: ["industry:新材料"], limit: 1e300 }), "4xx"],
  ["101 neighbourhood ids", () => api.post("/api/neighbourhood", { ids: Array.from({ length: 101 }, (_, i) => `x${i}`) }), "4xx"],
  ["a year before 1949", () => api.post("/api/neighbourhood", { ids: ["industry:新材料"], yearFrom: 1900 }), "4xx"],
  ["maxLength 7", () => api.get("/api/paths?from=leshan&to=xinxiang&maxLength=7"), "4xx"],
  ["a negative paths limit", () => api.get("/api/paths?from=leshan&to=xinxiang&limit=-1"), "4xx"],
  ["a huge document offset", () => api.get("/api/documents?offset=1e999"), "4xx"],
  ["a document limit of 0", () => api.get("/api/documents?limit=0"), "4xx"],
  ["a console row limit of 10 million", () => api.post("/api/cypher", { query: "RETURN 1", limit: 10_000_000 }), "4xx"],
  ["21,000 export ids", () => api.post("/api/export", { nodeIds: Array.from({ length: 21_000 }, (_, i) => `${i}`), format: "json" }), "4xx"],
  // unknown vocabulary
  ["an unknown search label", () => api.get("/api/search?q=新材料&labels=Industry,Hacker"), "4xx"],
  ["an unknown neighbourhood label", () => api.post("/api/neighbourhood", { ids: ["industry:新材料"], labels: ["Industry) DETACH DELETE n //"] }), "4xx"],
  ["an unknown relationship type", () => api.post("/api/neighbourhood", { ids: ["industry:新材料"], types: ["SUPPORTS]->() DETACH DELETE n //"] }), "4xx"],
  ["an unknown paths type", () => api.get("/api/paths?from=leshan&to=xinxiang&types=KNOWS"), "4xx"],
  ["a region code that is not a code", () => api.get(`/api/documents?regionCodes=${q("51' OR 1=1")}`), "4xx"],
  ["an unknown path mode", () => api.get("/api/paths?from=leshan&to=xinxiang&mode=everything"), "4xx"],
  ["an unknown export format", () => api.post("/api/export", { nodeIds: ["leshan"], format: "xlsx" }), "4xx"],
  ["an empty search", () => api.get("/api/search?q="), "4xx"],
  ["a search without q", () => api.get("/api/search"), "4xx"],
  ["an empty console query", () => api.post("/api/cypher", { query: "   " }), "4xx"],
  ["a console write in parameters' clothing", () => api.post("/api/cypher", { query: "MATCH (n) WHERE n.id = $id DETACH DELETE n", params: { id: "leshan" } }), "4xx"],
  // injection strings at every endpoint
  ...INJECTIONS.flatMap((s): Case[] => [
    [`search for ${JSON.stringify(s)}`, () => api.get(`/api/search?q=${q(s)}`), "4xx-or-200"],
    [`entity ${JSON.stringify(s)}`, () => api.get(`/api/entities/${q(s)}`), "4xx"],
    [`neighbourhood of ${JSON.stringify(s)}`, () => api.post("/api/neighbourhood", { ids: [s], docIds: [s] }), "4xx"],
    [`paths from ${JSON.stringify(s)}`, () => api.get(`/api/paths?from=${q(s)}&to=leshan&docIds=${q(s)}`), "4xx"],
    [`document ${JSON.stringify(s)}`, () => api.get(`/api/documents/${q(s)}`), "4xx"],
    [`documents in region ${JSON.stringify(s)}`, () => api.get(`/api/documents?regionCodes=${q(s)}`), "4xx"],
    [`export of ${JSON.stringify(s)}`, () => api.post("/api/export", { nodeIds: [s], format: "graphml" }), "4xx"],
    [`console query ${JSON.stringify(s)}`, () => api.post("/api/cypher", { query: s }), "4xx"],
  ]),
];

describe("hostile input", () => {
  it.each(cases)("answers %s with an error and changes nothing", async (_, call, expected) => {
    const res = await call();
    if (expected === "4xx-or-200" && res.status === 200) {
      expect((await res.json()).items).toBeInstanceOf(Array);
    } else {
      expect(res.status).toBeGreaterThanOrEqual(400);
      expect(res.status).toBeLessThan(500);
      expect(res.headers.get("content-type")).toContain("application/json");
      const body = await res.json();
      expect(body.error).toMatchObject({ code: expect.any(String), message: expect.any(String) });
    }
    expect(await graphCounts(store)).toEqual(counts);
  });
});
