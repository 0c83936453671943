import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CypherResult } from "../../server/schema/api.js";
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
  api = await startApi(store, { cypher: { perMinute: 1000 } });
});
afterAll(async () => {
  await api?.close();
  await store?.close();
});

const run = (query: string, extra: object = {}) => api.post("/api/cypher", { query, ...extra });
const ok = async (res: Response) => {
  expect(res.status, await res.clone().text()).toBe(200);
  return CypherResult.parse(await res.json());
};

describe("POST /api/cypher", () => {
  it("returns a table of plain values and the graph found in the rows", async () => {
    const r = await ok(await run("MATCH (d:Document)-[p:PRIORITIZES]->(i:Industry {id: $id}) RETURN d, p, i.name AS name, date(d.publishedOn) AS published, d.year AS year ORDER BY d.id", { params: { id: "industry:新材料" } }));
    expect(r.columns).toEqual(["d", "p", "name", "published", "year"]);
    expect(r.rows).toHaveLength(2);
    expect(r.rows[0]!.slice(2)).toEqual(["新材料", "2021-05-01", 2021]);
    expect((r.rows[0]![0] as { properties: object }).properties).not.toHaveProperty("text");
    expect(r.graph!.nodes.map((n) => n.id).sort()).toEqual(["industry:新材料", "leshan", "xinxiang"]);
    expect(r.graph!.edges.every((e) => e.type === "PRIORITIZES" && e.target === "industry:新材料")).toBe(true);
    expect(r.truncated).toBe(false);
  });

  it("brings the ends of returned relationships into the graph", async () => {
    const r = await ok(await run("MATCH ()-[s:SUPPORTS]->() RETURN s"));
    expect(r.graph!.edges).toHaveLength(1);
    expect(r.graph!.nodes.map((n) => n.id).sort()).toEqual(["fund:乐山市:产业引导基金", "industry:新材料"]);
  });

  it("turns paths into the graph and counts as numbers", async () => {
    const r = await ok(await run("MATCH p = (:Region)-[:PART_OF]->(:Region) RETURN p, length(p) AS hops"));
    expect(r.graph!.nodes).toHaveLength(2);
    expect(r.rows[0]![1]).toBe(1);
  });

  it("caps the rows and says so", async () => {
    const r = await ok(await run("UNWIND range(1, 10) AS x RETURN x", { limit: 3 }));
    expect(r.rows).toEqual([[1], [2], [3]]);
    expect(r.truncated).toBe(true);
    expect(r.graph).toBeNull();
  });

  // What the console refuses (writes, LOAD CSV, dbms.*) is tested in security.test.ts.

  it("stops a query at the time limit with 408", async () => {
    const impatient = await startApi(store, { cypher: { timeoutMs: 500 } });
    try {
      const res = await impatient.post("/api/cypher", { query: "UNWIND range(1, 1000000000) AS x WITH x WHERE x < 0 RETURN count(x)" });
      expect(res.status).toBe(408);
      expect((await res.json()).error).toMatchObject({ code: "QUERY_TIMEOUT", message: expect.stringContaining("time limit") });
    } finally {
      await impatient.close();
    }
  });

  it("answers a syntax error with 400 and Neo4j's explanation", async () => {
    const res = await run("MATCH (n RETURN n");
    expect(res.status).toBe(400);
    expect((await res.json()).error).toMatchObject({ code: "CYPHER_ERROR", details: { neo4jCode: "Neo.ClientError.Statement.SyntaxError" } });
  });

  it("limits the console to a number of queries a minute, answering 429 as JSON", async () => {
    const limited = await startApi(store, { cypher: { perMinute: 2 } });
    try {
      const statuses = [];
      for (let i = 0; i < 3; i++) statuses.push((await limited.post("/api/cypher", { query: "RETURN 1" })).status);
      expect(statuses).toEqual([200, 200, 429]);
      const res = await limited.post("/api/cypher", { query: "RETURN 1" });
      expect((await res.json()).error.code).toBe("RATE_LIMITED");
      expect((await limited.get("/api/stats")).status).toBe(200);
    } finally {
      await limited.close();
    }
  });
});
