import http from "node:http";
import type { AddressInfo } from "node:net";
import neo4j from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { MAX_NESTING, refuseUnsafePlan } from "../../server/api/cypher-guard.js";
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

  it("still runs ordinary reads: db.labels(), COUNT and COLLECT subqueries, paths, SHOW INDEXES", async () => {
    expect((await ok(await run("CALL db.labels() YIELD label RETURN label ORDER BY label"))).rows.flat()).toContain("Industry");
    const sub = await ok(await run("MATCH (i:Industry {id: 'industry:新材料'}) RETURN COUNT { (i)<-[:PRIORITIZES]-() } AS n, COLLECT { MATCH (i)<-[:PRIORITIZES]-(d) RETURN d.id ORDER BY d.id } AS docs"));
    expect(sub.rows).toEqual([[2, ["leshan", "xinxiang"]]]);
    expect((await ok(await run("MATCH p = shortestPath((a {id: 'leshan'})-[*..4]-(b {id: 'xinxiang'})) RETURN length(p) AS hops"))).rows).toHaveLength(1);
    expect((await ok(await run("SHOW INDEXES YIELD name RETURN count(*) AS n"))).rows[0]![0]).toBeGreaterThan(0);
  });

  it("stops a query at the time limit with 408", async () => {
    // A long grace: this is Neo4j's own timeout, not the console's deadline (504, tested below).
    const impatient = await startApi(store, { cypher: { timeoutMs: 500, graceMs: 30_000 } });
    try {
      const res = await impatient.post("/api/cypher", { query: "UNWIND range(1, 1000000000) AS x WITH x WHERE x < 0 RETURN count(x)" });
      expect(res.status).toBe(408);
      expect((await res.json()).error).toMatchObject({ code: "QUERY_TIMEOUT", message: expect.stringContaining("time limit") });
    } finally {
      await impatient.close();
    }
  });

  it("answers a syntax error with 400 and Neo4j's explanation, placed in the query as typed", async () => {
    const res = await run("MATCH (n RETURN n");
    expect(res.status).toBe(400);
    const { error } = await res.json();
    expect(error).toMatchObject({ code: "CYPHER_ERROR", details: { neo4jCode: "Neo.ClientError.Statement.SyntaxError" } });
    expect(error.message).not.toContain("EXPLAIN");
    expect(error.message).toContain("line 1, column 10 (offset: 9)");
    expect(error.message).toContain('"MATCH (n RETURN n"\n          ^');
  });

  it("stops a collect past the memory one query may have with 413", async () => {
    const res = await run("UNWIND range(1, 100000000) AS x RETURN size(collect(x)) AS n");
    expect(res.status).toBe(413);
    expect((await res.json()).error).toMatchObject({ code: "QUERY_TOO_BIG", details: { neo4jCode: expect.stringContaining("MemoryPoolOutOfMemoryError") } });
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

/** Subquery expressions nested in expressions, which Neo4j plans without child operators. */
const NESTED = [
  "RETURN [x IN [1] | COLLECT { LOAD CSV FROM $url AS l RETURN l }] AS r",
  "RETURN CASE WHEN true THEN COLLECT { LOAD CSV FROM $url AS l RETURN l } END AS r",
  "MATCH (n:Industry) WHERE COUNT { LOAD CSV FROM $url AS l RETURN l } > 0 RETURN n",
  "RETURN [x IN [1] | COLLECT { CALL dbms.listConfig() YIELD name RETURN name }] AS r",
  "RETURN [x IN [1] | COLLECT { CALL dbms.queryJmx('*:*') YIELD name RETURN name }] AS r",
  "RETURN [x IN [1] | COLLECT { CALL dbms.killConnection('bolt-1') YIELD message RETURN message }] AS r",
  "RETURN CASE WHEN true THEN COLLECT { CALL db.stats.retrieve('QUERIES') YIELD data RETURN data } END AS r",
  "RETURN [x IN [1] | COUNT { CALL db.stats.collect('QUERIES') YIELD section RETURN section }] AS r",
];

describe("the console's confinement", () => {
  let fetched = 0;
  let url = "";
  const target = http.createServer((_req, res) => (fetched++, res.end("a,b\n")));
  beforeAll(async () => {
    await new Promise<void>((resolve) => target.listen(0, "127.0.0.1", resolve));
    url = `http://127.0.0.1:${(target.address() as AddressInfo).port}/x.csv`;
  });
  afterAll(() => new Promise<void>((resolve) => target.close(() => resolve())));

  it("refuses LOAD CSV, dbms.* and db.stats nested in list comprehensions, CASE and WHERE, and fetches nothing", async () => {
    for (const query of NESTED) {
      const res = await run(query, { params: { url } });
      expect(res.status, query).toBe(403);
      expect((await res.json()).error.code, query).toBe("CONSOLE_REFUSED");
    }
    expect(fetched).toBe(0);
  });

  it("finds every nested form in Neo4j's plan too, without the check of the query's text", async () => {
    const session = store.driver.session({ database: store.database, defaultAccessMode: neo4j.session.READ });
    try {
      for (const query of NESTED) {
        const { summary } = await session.run(`EXPLAIN ${query}`, { url });
        expect(() => refuseUnsafePlan(summary.plan || null), query).toThrow(/the console does not run it/);
      }
      const { summary } = await session.run("EXPLAIN MATCH (i:Industry) RETURN COUNT { (i)--() } AS n, [x IN [1] | COLLECT { CALL db.labels() YIELD label RETURN label }] AS l");
      expect(() => refuseUnsafePlan(summary.plan || null)).not.toThrow();
    } finally {
      await session.close();
    }
    expect(fetched).toBe(0);
  });

  it("answers a parse bomb 400 before Neo4j sees it, and Neo4j's own parser survives one", async () => {
    const bomb = `RETURN ${"(".repeat(2400)}1${")".repeat(2400)}`;
    const started = performance.now();
    const res = await run(bomb);
    console.log(`parse bomb (2,400 brackets) answered ${res.status} in ${Math.round(performance.now() - started)} ms`);
    expect(res.status).toBe(400);
    expect((await res.json()).error.code).toBe("QUERY_TOO_NESTED");
    for (const nested of [`RETURN ${"NOT ".repeat(MAX_NESTING + 1)}true`, `RETURN ${"CASE WHEN true THEN ".repeat(MAX_NESTING + 1)}1${" END".repeat(MAX_NESTING + 1)}`]) {
      expect((await run(nested)).status).toBe(400);
    }
    expect((await ok(await run(`RETURN ${"(".repeat(MAX_NESTING)}1${")".repeat(MAX_NESTING)} AS one`))).rows).toEqual([[1]]);
    // Beside the console (Neo4j Browser, cypher-shell): the embedded JVM's stack holds it.
    if (inject("neo4j").embedded) {
      const direct = performance.now();
      await expect(store.driver.executeQuery(bomb, {}, { database: store.database })).resolves.toBeDefined();
      console.log(`the same bomb sent to the embedded Neo4j directly answered in ${Math.round(performance.now() - direct)} ms`);
    }
  });

  it("answers a runaway expression at its deadline while another client's searches keep answering", async () => {
    const strict = await startApi(store, { cypher: { perMinute: 1000, timeoutMs: 500, graceMs: 500 } });
    const search = async (n: number) => {
      const t = performance.now();
      const res = await strict.get(`/api/search?q=${encodeURIComponent("新材料")}&n=${n}`);
      expect(res.status).toBe(200);
      return performance.now() - t;
    };
    try {
      await search(-1); // planned and cached in Neo4j before the clock starts
      const started = performance.now();
      const runaway = strict.post("/api/cypher", { query: "RETURN reduce(s = 0, x IN range(1, 300000000) | s + x) AS r" });
      let free = false;
      const searches: number[] = [];
      // Another client searches all the while the runaway holds its Neo4j thread.
      const searching = (async () => {
        while (!free) searches.push(await search(searches.length));
      })();
      const res = await runaway;
      const answeredMs = performance.now() - started;
      expect(res.status).toBe(504);
      expect((await res.json()).error.code).toBe("QUERY_DEADLINE");
      // Neo4j does not stop inside one expression: the query keeps its slot until it ends.
      const busy = await strict.post("/api/cypher", { query: "RETURN 1" });
      expect([200, 429]).toContain(busy.status);
      if (busy.status === 429) expect((await busy.json()).error.code).toBe("CONSOLE_BUSY");
      for (let i = 0; i < 120 && !free; i++) {
        await new Promise((r) => setTimeout(r, 500));
        free = (await strict.post("/api/cypher", { query: "RETURN 1" })).status === 200;
      }
      await searching;
      expect(free).toBe(true);
      const sorted = searches.sort((x, y) => x - y);
      const at = (q: number) => Math.round(sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!);
      console.log(
        `runaway answered ${res.status} in ${Math.round(answeredMs)} ms (limit 500 + 500 ms); next console query ${busy.status}; ` +
          `console free again after ${Math.round(performance.now() - started)} ms; ${searches.length} searches meanwhile: ` +
          `median ${at(0.5)} ms, p95 ${at(0.95)} ms, max ${at(1)} ms`,
      );
    } finally {
      await strict.close();
    }
  });

  it("lets one client have one console query at a time, answering the next 429", async () => {
    const slow = run("UNWIND range(1, 20000000) AS x WITH x WHERE x < 0 RETURN count(x)");
    await new Promise((r) => setTimeout(r, 100));
    const second = await run("RETURN 1");
    expect([200, 429]).toContain(second.status);
    if (second.status === 429) expect((await second.json()).error.code).toBe("CONSOLE_BUSY");
    expect((await slow).status).toBe(200);
    expect((await run("RETURN 1")).status).toBe(200);
  });
});
