/**
 * Malformed input at every endpoint: each answers a 4xx JSON error and the graph is unchanged
 * afterwards. Injection and XSS payloads are in security.test.ts.
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

const q = encodeURIComponent;

type Case = [string, () => Promise<Response>];

const cases: Case[] = [
  // malformed bodies
  ...["/api/neighbourhood", "/api/cypher", "/api/export"].flatMap((path): Case[] => [
    [`malformed JSON at ${path}`, () => api.postRaw(path, '{"ids": ["a",')],
    [`an empty body at ${path}`, () => api.postRaw(path, "")],
    [`a JSON array at ${path}`, () => api.post(path, [])],
    [`a body over 256 kB at ${path}`, () => api.post(path, { ids: ["x".repeat(300_000)] })],
  ]),
  // numbers out of range
  ["a huge search limit", () => api.get("/api/search?q=新材料&limit=99999999999999999999")],
  ["a negative search offset", () => api.get("/api/search?q=新材料&offset=-1")],
  ["a fractional search limit", () => api.get("/api/search?q=新材料&limit=1.5")],
  ["a negative neighbourhood limit", () => api.post("/api/neighbourhood", { ids: ["industry:新材料"], limit: -5 })],
  ["depth 3", () => api.post("/api/neighbourhood", { ids: ["industry:新材料"], depth: 3 })],
  ["a huge neighbourhood limit", () => api.post("/api/neighbourhood", { ids: ["industry:新材料"], limit: 1e300 })],
  ["101 neighbourhood ids", () => api.post("/api/neighbourhood", { ids: Array.from({ length: 101 }, (_, i) => `x${i}`) })],
  ["depth 3 in a GET", () => api.get("/api/neighbourhood?ids=leshan&depth=3")],
  ["101 neighbourhood ids in a GET", () => api.get(`/api/neighbourhood?${Array.from({ length: 101 }, (_, i) => `ids=x${i}`).join("&")}`)],
  ["a year before 1949", () => api.post("/api/neighbourhood", { ids: ["industry:新材料"], yearFrom: 1900 })],
  ["maxLength 7", () => api.get("/api/paths?from=leshan&to=xinxiang&maxLength=7")],
  ["a negative paths limit", () => api.get("/api/paths?from=leshan&to=xinxiang&limit=-1")],
  ["a huge document offset", () => api.get("/api/documents?offset=1e999")],
  ["a document limit of 0", () => api.get("/api/documents?limit=0")],
  ["a console row limit of 10 million", () => api.post("/api/cypher", { query: "RETURN 1", limit: 10_000_000 })],
  ["21,000 export ids", () => api.post("/api/export", { nodeIds: Array.from({ length: 21_000 }, (_, i) => `${i}`), format: "json" })],
  // unknown vocabulary
  ["an unknown search label", () => api.get("/api/search?q=新材料&labels=Industry,Hacker")],
  ["an unknown neighbourhood label", () => api.post("/api/neighbourhood", { ids: ["industry:新材料"], labels: ["Industry) DETACH DELETE n //"] })],
  ["an unknown relationship type", () => api.post("/api/neighbourhood", { ids: ["industry:新材料"], types: ["SUPPORTS]->() DETACH DELETE n //"] })],
  ["an unknown paths type", () => api.get("/api/paths?from=leshan&to=xinxiang&types=KNOWS")],
  ["a region code that is not a code", () => api.get(`/api/documents?regionCodes=${q("51' OR 1=1")}`)],
  ["an unknown path mode", () => api.get("/api/paths?from=leshan&to=xinxiang&mode=everything")],
  ["an unknown export format", () => api.post("/api/export", { nodeIds: ["leshan"], format: "xlsx" })],
  ["an empty search", () => api.get("/api/search?q=")],
  ["a search without q", () => api.get("/api/search")],
  ["an empty console query", () => api.post("/api/cypher", { query: "   " })],
  ["an offset past 32 bits", () => api.get("/api/documents?offset=2147483648")],
  ["a lone surrogate in the path", () => api.get("/api/entities/%ED%A0%80")],
  ["a stray % in the path", () => api.get("/api/entities/%E4%B")],
  ...["/api/neighbourhood", "/api/cypher"].map((path): Case => [`JSON nested 10,000 deep at ${path}`, () => api.postRaw(path, `{"ids":${"[".repeat(10_000)}${"]".repeat(10_000)}}`)]),
  ["an unknown Content-Encoding", () => fetch(api.url + "/api/neighbourhood", { method: "POST", headers: { "content-type": "application/json", "content-encoding": "x-bogus" }, body: "{}" })],
  ["TRACE", () => fetch(api.url + "/api/search?q=x", { method: "TRACE" }).catch(() => fetch(api.url + "/api/search?q=x", { method: "PUT" }))],
  ["a console write in parameters' clothing", () => api.post("/api/cypher", { query: "MATCH (n) WHERE n.id = $id DETACH DELETE n", params: { id: "leshan" } })],
];

describe("malformed input", () => {
  it.each(cases)("answers %s with an error and changes nothing", async (_, call) => {
    const res = await call();
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
    expect(res.headers.get("content-type")).toContain("application/json");
    const body = await res.json();
    expect(body.error).toMatchObject({ code: expect.any(String), message: expect.any(String) });
    expect(await graphCounts(store)).toEqual(counts);
  });
});
