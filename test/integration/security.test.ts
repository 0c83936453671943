/**
 * Injection and XSS payloads at every parameter of every endpoint (the diffusion analyses
 * included, taken from ANALYSES so a new one is covered without editing this file), and the
 * Cypher console's refusal of everything that writes or reaches past the graph. An attack
 * "succeeds" if the graph's checksum changes, the server answers 5xx or anything but JSON,
 * Object.prototype is polluted, or a console write is not refused.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ANALYSES } from "../../server/analysis/index.js";
import type { Store } from "../../server/store/connect.js";
import { loadBatch } from "../../server/store/load.js";
import { startApi, type TestApi } from "../support/api.js";
import { graphChecksum, type GraphChecksum } from "../support/checksum.js";
import { twoDocuments } from "../support/extraction.js";
import { resetGraph, testStore } from "../support/store.js";

let store: Store;
let api: TestApi;
let checksum: GraphChecksum;

beforeAll(async () => {
  store = await testStore();
  await resetGraph(store);
  await loadBatch(store, twoDocuments());
  checksum = await graphChecksum(store);
  api = await startApi(store, { cypher: { perMinute: 100_000 } });
});
afterAll(async () => {
  await api?.close();
  await store?.close();
});

/** What an attacker types, by what it tries. */
const PAYLOADS: [string, string][] = [
  ["quote injection", "' OR 1=1"],
  ["Cypher injection", "}) DETACH DELETE n //"],
  ["a query appended after a quote", "'; CALL dbms.killQueries() //"],
  ["a NUL byte", "\u0000"],
  ["a long string", "长".repeat(1000)],
  // Over Node's 16 kB limit on a request's head: in a URL, Node answers 431 before the app sees it.
  ["a very long string", "x".repeat(100_000)],
  ["right-to-left override", "\u202Egpj.exe\u202C新材料"],
  ["__proto__", "__proto__"],
  ["constructor", "constructor"],
  ["an img onerror", "<img src=x onerror=alert(1)>"],
  ["a script tag", "<script>alert(1)</script>"],
  ["a javascript: URL", "javascript:alert(1)"],
  ["an attribute breakout", '"><svg onload=alert(1)>'],
];

const q = encodeURIComponent;
type Expect = "4xx" | "2xx-or-4xx";
interface Target {
  name: string;
  send: (payload: string) => Promise<Response>;
  /** 4xx where the payload can name nothing that exists (an id); otherwise a harmless answer is fine too. */
  expect: Expect;
}

const get = (name: string, path: (p: string) => string, expect: Expect = "2xx-or-4xx"): Target => ({ name, send: (p) => api.get(path(p)), expect });
const post = (name: string, path: string, body: (p: string) => object, expect: Expect = "2xx-or-4xx"): Target => ({ name, send: (p) => api.post(path, body(p)), expect });

const TARGETS: Target[] = [
  get("GET /api/search q", (p) => `/api/search?q=${q(p)}`),
  get("GET /api/search labels", (p) => `/api/search?q=新材料&labels=${q(p)}`, "4xx"),
  get("GET /api/search limit", (p) => `/api/search?q=新材料&limit=${q(p)}`, "4xx"),
  get("GET /api/entities/:id", (p) => `/api/entities/${q(p)}`, "4xx"),
  get("GET /api/relationships/:id", (p) => `/api/relationships/${q(p)}`, "4xx"),
  get("GET /api/neighbourhood ids", (p) => `/api/neighbourhood?ids=${q(p)}`, "4xx"),
  get("GET /api/neighbourhood labels", (p) => `/api/neighbourhood?ids=leshan&labels=${q(p)}`, "4xx"),
  post("POST /api/neighbourhood ids", "/api/neighbourhood", (p) => ({ ids: [p] }), "4xx"),
  post("POST /api/neighbourhood docIds", "/api/neighbourhood", (p) => ({ ids: ["industry:新材料"], docIds: [p] })),
  post("POST /api/neighbourhood labels", "/api/neighbourhood", (p) => ({ ids: ["industry:新材料"], labels: [p] }), "4xx"),
  post("POST /api/neighbourhood types", "/api/neighbourhood", (p) => ({ ids: ["industry:新材料"], types: [p] }), "4xx"),
  post("POST /api/neighbourhood regionCodes", "/api/neighbourhood", (p) => ({ ids: ["industry:新材料"], regionCodes: [p] }), "4xx"),
  get("GET /api/paths from", (p) => `/api/paths?from=${q(p)}&to=leshan`, "4xx"),
  get("GET /api/paths to", (p) => `/api/paths?from=leshan&to=${q(p)}`, "4xx"),
  get("GET /api/paths docIds", (p) => `/api/paths?from=leshan&to=xinxiang&docIds=${q(p)}`),
  get("GET /api/paths mode", (p) => `/api/paths?from=leshan&to=xinxiang&mode=${q(p)}`, "4xx"),
  get("GET /api/documents regionCodes", (p) => `/api/documents?regionCodes=${q(p)}`, "4xx"),
  get("GET /api/documents yearFrom", (p) => `/api/documents?yearFrom=${q(p)}`, "4xx"),
  get("GET /api/documents/:id", (p) => `/api/documents/${q(p)}`, "4xx"),
  get("GET /api/stats (unknown parameter)", (p) => `/api/stats?x=${q(p)}`),
  get("GET /api/health (unknown parameter)", (p) => `/api/health?x=${q(p)}`),
  get("GET /api/openapi.json (unknown parameter)", (p) => `/api/openapi.json?x=${q(p)}`),
  get("GET /api/<payload> (no such endpoint)", (p) => `/api/${q(p)}`, "4xx"),
  post("POST /api/export nodeIds", "/api/export", (p) => ({ nodeIds: [p], format: "graphml" }), "4xx"),
  post("POST /api/export format", "/api/export", (p) => ({ nodeIds: ["leshan"], format: p }), "4xx"),
  post("POST /api/cypher query", "/api/cypher", (p) => ({ query: p }), "4xx"),
  post("POST /api/cypher params", "/api/cypher", (p) => ({ query: "RETURN $p AS p", params: { p } })),
  ...ANALYSES.flatMap((a) => Object.keys(a.query.shape).map((key) => get(`GET /api/analysis/${a.name} ${key}`, (p) => `/api/analysis/${a.name}?${key}=${q(p)}`))),
];

describe("hostile payloads at every endpoint", () => {
  it.each(TARGETS.map((t) => [t.name, t] as const))("%s: every payload is answered as data and changes nothing", async (_, target) => {
    for (const [what, payload] of PAYLOADS) {
      const res = await target.send(payload);
      const body = await res.text();
      const context = `${target.name} with ${what}: ${res.status} ${body.slice(0, 200)}`;
      expect(res.status, context).toBeLessThan(500);
      // Node's own parser answers an oversized request line before Express: with the JSON error body too.
      if (res.status === 431) {
        expect(JSON.parse(body).error.code, context).toBe("HEADERS_TOO_LARGE");
        continue;
      }
      if (target.expect === "4xx") expect(res.status, context).toBeGreaterThanOrEqual(400);
      expect(res.headers.get("content-type"), context).toMatch(/^application\/json/);
      expect(res.headers.get("x-content-type-options")).toBe("nosniff");
      const json = JSON.parse(body);
      if (res.status >= 400) expect(json.error, context).toMatchObject({ code: expect.any(String), message: expect.any(String) });
    }
    expect(await graphChecksum(store)).toEqual(checksum);
  });

  it("hands a console parameter back exactly as sent: parameters are data, never Cypher", async () => {
    for (const [, payload] of PAYLOADS) {
      const res = await api.post("/api/cypher", { query: "RETURN $p AS p", params: { p: payload } });
      expect((await res.json()).rows).toEqual([[payload]]);
    }
  });

  it("does not let __proto__ or constructor keys in a body or query string pollute Object.prototype", async () => {
    const polluting = '{"ids":["industry:新材料"],"nodeIds":["leshan"],"format":"json","query":"RETURN 1","__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}}}';
    for (const path of ["/api/neighbourhood", "/api/export", "/api/cypher"]) expect((await api.postRaw(path, polluting)).status).toBeLessThan(500);
    for (const path of ["/api/search?q=x&", "/api/documents?", "/api/paths?from=leshan&to=xinxiang&"]) {
      expect((await api.get(`${path}__proto__[polluted]=yes&constructor[prototype][polluted]=yes`)).status).toBeLessThan(500);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(await graphChecksum(store)).toEqual(checksum);
  });
});

/**
 * Queries the console must refuse. Most are refused by Neo4j itself, because the console runs
 * them in a READ transaction, and the answer carries Neo4j's error code; the rest are not
 * writes, so read mode lets them through, and the console refuses them from their tokens and
 * their plan ("console" below) before they run; that includes every procedure not on its
 * short list of reading ones, so Neo4j never sees a db.create* or an unknown name either.
 */
const REFUSED: [string, string, string][] = [
  ["CREATE", "CREATE (n:Industry {id: 'x'}) RETURN n", "Neo.ClientError.Statement.AccessMode"],
  ["MERGE", "MERGE (n:Industry {id: 'x'}) RETURN n", "Neo.ClientError.Statement.AccessMode"],
  ["DELETE", "MATCH (n) DETACH DELETE n", "Neo.ClientError.Statement.AccessMode"],
  ["SET", "MATCH (n) SET n.name = 'x'", "Neo.ClientError.Statement.AccessMode"],
  ["REMOVE", "MATCH (n:Industry) REMOVE n:Industry", "Neo.ClientError.Statement.AccessMode"],
  ["FOREACH … CREATE", "MATCH (n) FOREACH (x IN [1] | CREATE (:Hacked))", "Neo.ClientError.Statement.AccessMode"],
  ["a write disguised by comments and case", "/* read */ MaTcH (n) // x\n DeTaCh DeLeTe n", "Neo.ClientError.Statement.AccessMode"],
  ["a write in a subquery", "CALL () { MATCH (n) DETACH DELETE n } RETURN 1", "Neo.ClientError.Statement.AccessMode"],
  ["CALL … IN TRANSACTIONS", "MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS", "Neo.ClientError.Statement.AccessMode"],
  ["USING PERIODIC COMMIT", "USING PERIODIC COMMIT 10 LOAD CSV FROM 'file:///x.csv' AS row CREATE (:Hacked)", "console"],
  ["a schema change", "CREATE INDEX hacked FOR (n:Industry) ON (n.x)", "Neo.ClientError.Statement.AccessMode"],
  ["DROP CONSTRAINT", "DROP CONSTRAINT entity_id", "Neo.ClientError.Statement.AccessMode"],
  ["CALL db.createLabel", "CALL db.createLabel('Hacked')", "console"],
  ["CALL db.createProperty", "CALL db.createProperty('hacked')", "console"],
  ["CALL db.createRelationshipType", "CALL db.createRelationshipType('HACKED')", "console"],
  ["apoc (not installed)", "CALL apoc.create.node(['Hacked'], {}) YIELD node RETURN node", "console"],
  ["CREATE USER", "CREATE USER hacker SET PASSWORD 'secret12345'", "Neo.ClientError.Statement.AccessMode"],
  ["LOAD CSV from a file", "LOAD CSV FROM 'file:///etc/passwd' AS row RETURN row", "console"],
  ["LOAD CSV from a URL", "LOAD CSV FROM 'http://127.0.0.1:1/' AS row RETURN row", "console"],
  ["CALL dbms.killQueries (gone from Neo4j 5)", "CALL dbms.killQueries(['query-1'])", "console"],
  ["CALL dbms.listConfig", "CALL dbms.listConfig() YIELD name RETURN name", "console"],
  ["CALL dbms.components", "CALL dbms.components() YIELD name RETURN name", "console"],
  ["SHOW SETTINGS", "SHOW SETTINGS", "console"],
  ["TERMINATE TRANSACTIONS", "TERMINATE TRANSACTIONS 'neo4j-transaction-1'", "console"],
  ["SHOW TRANSACTIONS", "SHOW TRANSACTIONS", "console"],
  ["other users' queries from db.stats", "CALL db.stats.retrieve('QUERIES') YIELD data RETURN data", "console"],
  ["collecting other users' queries", "CALL db.stats.collect('QUERIES')", "console"],
  ["a procedure name in backticks and comments", "CALL `dbms` /* x */ . `listConfig`() YIELD name RETURN name", "console"],
  ["LOAD CSV in COLLECT in a list comprehension", "RETURN [x IN [1] | COLLECT { LOAD CSV FROM 'http://127.0.0.1:1/' AS l RETURN l }]", "console"],
  ["dbms.listConfig in COUNT in CASE", "RETURN CASE WHEN true THEN COUNT { CALL dbms.listConfig() YIELD name RETURN name } END", "console"],
  ["dbms.queryJmx in EXISTS in WHERE", "MATCH (n) WHERE EXISTS { CALL dbms.queryJmx('*:*') YIELD name RETURN name } RETURN n", "console"],
  ["dbms.killConnection in a list comprehension", "RETURN [x IN [1] | COLLECT { CALL dbms.killConnection('bolt-1') YIELD message RETURN message }]", "console"],
  ["db.stats in a list comprehension", "RETURN [x IN [1] | COLLECT { CALL db.stats.retrieve('QUERIES') YIELD data RETURN data }]", "console"],
  ["USE another database", "USE system RETURN 1", "console"],
];

describe("the Cypher console", () => {
  it.each(REFUSED)("refuses %s, saying who refused it, and leaves the graph as it was", async (_, query, refusedBy) => {
    const res = await api.post("/api/cypher", { query });
    const { error } = await res.json();
    if (refusedBy === "console") {
      expect(res.status).toBe(403);
      expect(error).toMatchObject({ code: "CONSOLE_REFUSED", message: expect.stringContaining("the console does not run it") });
    } else {
      expect(res.status).toBe(refusedBy.endsWith("AccessMode") ? 403 : 400);
      expect(error.details).toMatchObject({ neo4jCode: refusedBy });
    }
    expect(await graphChecksum(store)).toEqual(checksum);
  });
});
