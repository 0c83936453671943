/**
 * POST /api/cypher: the console, for queries the explorer has no button for.
 *
 * Read-only is Neo4j's job, not ours: the query runs in a READ transaction, where Neo4j itself
 * refuses CREATE, MERGE, SET, DELETE, schema changes and CALL … IN TRANSACTIONS. What is not a
 * write yet is not for a public console (LOAD CSV, server procedures, other users' queries) is
 * refused by ./cypher-guard.ts from the query's tokens and from Neo4j's plan, before it runs.
 *
 * No console query may slow the explorer: the console has its own driver with a pool of
 * `slots` connections, a client may have `perClient` queries in Neo4j at once, and a query
 * is answered 504 at its deadline even when Neo4j, busy inside one expression (a reduce over
 * range(1, 2000000000)), ignores its transaction timeout. Such a query keeps its slot until
 * Neo4j lets go of it, so runaway queries never take more than `slots` of Neo4j's threads.
 */
import { Router } from "express";
import type { z } from "zod";
import { rateLimit } from "express-rate-limit";
import neo4j, { isNode, isPath, isRelationship, Neo4jError, type Driver, type Node, type Relationship, type Session, type Transaction } from "neo4j-driver";
import { CypherRequest, type CypherResult, type GraphResult } from "../schema/api.js";
import type { Store } from "../store/connect.js";
import { cypher } from "../store/cypher.js";
import { refuseUnsafePlan, refuseUnsafeText } from "./cypher-guard.js";
import { plainValue, type NodeRow } from "./elements.js";
import { HttpError, isTimeout } from "./errors.js";
import { subgraph } from "./subgraph.js";

export interface CypherOptions {
  /** Console queries per minute per client address. */
  perMinute: number;
  /** Neo4j stops a console query after this long. */
  timeoutMs: number;
  /** The answer is sent this long after the timeout at the latest, whatever Neo4j does. */
  graceMs: number;
  /** Console queries in Neo4j at once, all clients together (the console driver's pool). */
  slots: number;
  /** Console queries in Neo4j at once from one client address. */
  perClient: number;
}

/** Enough for an exploratory query on the whole corpus; a runaway one frees its thread soon. */
const DEFAULTS: CypherOptions = { perMinute: 30, timeoutMs: 10_000, graceMs: 1_000, slots: 2, perClient: 1 };

export function cypherRoutes(store: Store, overrides: Partial<CypherOptions> = {}): Router {
  const options = { ...DEFAULTS, ...overrides };
  const router = Router();
  const limiter = rateLimit({
    windowMs: 60_000,
    limit: options.perMinute,
    standardHeaders: "draft-8",
    legacyHeaders: false,
    handler: (_req, _res, next) => next(new HttpError(429, "RATE_LIMITED", `the console allows ${options.perMinute} queries a minute; wait a moment and retry`)),
  });
  const held = new Map<string, number>();
  let consoleDriver: Driver | null = null;
  router.post("/cypher", limiter, async (req, res) => {
    const request = CypherRequest.parse(req.body);
    refuseUnsafeText(request.query);
    const client = req.ip ?? "unknown";
    const total = [...held.values()].reduce((a, b) => a + b, 0);
    if ((held.get(client) ?? 0) >= options.perClient) {
      throw new HttpError(429, "CONSOLE_BUSY", `you already have ${options.perClient} console query running (or still being stopped by Neo4j); wait for it and retry`);
    }
    if (total >= options.slots) throw new HttpError(503, "CONSOLE_BUSY", "the console is at capacity (other queries are running); retry in a few seconds");
    held.set(client, (held.get(client) ?? 0) + 1);
    const release = () => (held.get(client)! > 1 ? held.set(client, held.get(client)! - 1) : held.delete(client));
    // Connections to Neo4j of the console alone: a stuck console query cannot hold one the explorer needs.
    consoleDriver ??= neo4j.driver(store.uri, store.auth, {
      disableLosslessIntegers: true,
      maxConnectionPoolSize: options.slots,
      connectionAcquisitionTimeout: options.graceMs,
      maxTransactionRetryTime: 0,
    });
    res.json(await runConsoleQuery(consoleDriver, store.database, request, options, release));
  });
  return router;
}

async function runConsoleQuery(driver: Driver, database: string, request: CypherRequest, options: CypherOptions, release: () => void): Promise<CypherResult> {
  const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new HttpError(504, "QUERY_DEADLINE", `the query ran past its ${options.timeoutMs / 1000} s limit and was abandoned; narrow it (fewer hops, a LIMIT, smaller ranges) and retry`)),
      options.timeoutMs + options.graceMs,
    );
  });
  const work = inSession(session, request, options.timeoutMs);
  // The slot is given back when Neo4j has let go of the query, not when the client is answered.
  void work.catch(() => undefined).finally(() => void session.close().catch(() => undefined).finally(release));
  try {
    return await Promise.race([work, deadline]);
  } catch (err) {
    throw consoleError(err);
  } finally {
    clearTimeout(timer);
  }
}

/** The EXPLAIN the console plans with; Neo4j's messages quote it, and the user never typed it. */
const EXPLAIN = "EXPLAIN ";

async function inSession(session: Session, request: CypherRequest, timeoutMs: number): Promise<CypherResult> {
  const started = performance.now();
  let tx: Transaction | undefined;
  try {
    tx = session.beginTransaction({ timeout: timeoutMs, metadata: { app: "console" } });
    // EXPLAIN plans without running: the plan says what the query would touch.
    const explained = await tx.run(EXPLAIN + request.query, request.params);
    refuseUnsafePlan(explained.summary.plan || null);

    const rows: unknown[][] = [];
    const found: unknown[] = [];
    let columns: string[] = [];
    let truncated = false;
    const result = tx.run(request.query, request.params);
    for await (const record of result) {
      if (rows.length === request.limit) {
        truncated = true;
        break;
      }
      columns = record.keys as string[];
      rows.push(record.keys.map((k) => plainValue(record.get(k))));
      found.push(...record.keys.map((k) => record.get(k)));
    }
    if (rows.length === 0) columns = (await result.keys()) as string[];
    const graph = await graphOf(tx, found, request.limit, truncated);
    return { columns, rows, graph, truncated, ms: Math.round(performance.now() - started) };
  } finally {
    await tx?.rollback().catch(() => undefined);
  }
}

type CypherRequest = z.infer<typeof CypherRequest>;

/** The nodes and relationships found anywhere in the rows (inside lists, maps and paths). */
async function graphOf(tx: Transaction, values: unknown[], limit: number, truncated: boolean): Promise<GraphResult | null> {
  const nodes = new Map<string, Node>();
  const rels = new Map<string, Relationship>();
  const visit = (v: unknown): void => {
    if (isNode(v)) nodes.set(v.elementId, v);
    else if (isRelationship(v)) rels.set(v.elementId, v);
    else if (isPath(v)) v.segments.forEach((s) => (nodes.set(s.start.elementId, s.start), nodes.set(s.end.elementId, s.end), rels.set(s.relationship.elementId, s.relationship)));
    else if (Array.isArray(v)) v.forEach(visit);
    else if (v && typeof v === "object" && v.constructor === Object) Object.values(v).forEach(visit);
  };
  values.forEach(visit);
  if (nodes.size === 0 && rels.size === 0) return null;

  const rows = new Map<string, NodeRow>();
  for (const n of nodes.values()) rows.set(n.elementId, { id: String(n.properties.id ?? n.elementId), labels: n.labels, props: n.properties });
  const missing = [...rels.values()].flatMap((r) => [r.startNodeElementId, r.endNodeElementId]).filter((id) => !rows.has(id));
  if (missing.length > 0) {
    const result = await tx.run(cypher("api/nodes-by-element-id"), { elementIds: [...new Set(missing)] });
    for (const n of result.records[0]!.get("nodes") as (NodeRow & { elementId: string })[]) rows.set(n.elementId, { ...n, id: n.id ?? n.elementId });
  }

  const graph = subgraph(limit * 3);
  for (const row of rows.values()) graph.addNode(row);
  for (const r of rels.values()) {
    const start = rows.get(r.startNodeElementId)!;
    const end = rows.get(r.endNodeElementId)!;
    graph.addEdge({ id: r.elementId, type: r.type, source: start.id, target: end.id, props: r.properties }, end);
  }
  if (truncated) graph.markCut();
  return { ...graph.result(), limit };
}

/** Neo4j's refusal, or the user's mistake, said as an HTTP error. */
function consoleError(err: unknown): unknown {
  if (!(err instanceof Neo4jError) || isTimeout(err)) return err;
  const message = withoutExplain(err.message);
  if (err.code === "Neo.ClientError.Statement.AccessMode") {
    return new HttpError(403, "READ_ONLY", `the console is read-only; Neo4j refused the query: ${message}`, { neo4jCode: err.code });
  }
  if (err.code.includes("MemoryPoolOutOfMemoryError")) {
    return new HttpError(413, "QUERY_TOO_BIG", `the query needed more memory than one query may have; aggregate or LIMIT it (${message})`, { neo4jCode: err.code });
  }
  if (err.code.startsWith("Neo.ClientError.")) return new HttpError(400, "CYPHER_ERROR", message, { neo4jCode: err.code });
  return err;
}

/**
 * Neo4j's message as if the query had been sent without EXPLAIN: the quoted line loses the
 * prefix, and positions on the first line (column, offset, the caret under it) move back.
 */
function withoutExplain(message: string): string {
  const shift = EXPLAIN.length;
  return message
    .replace(/line (\d+), column (\d+) \(offset: (\d+)\)/g, (_, line: string, col: string, off: string) =>
      `line ${line}, column ${line === "1" ? Math.max(1, +col - shift) : col} (offset: ${Math.max(0, +off - shift)})`,
    )
    .replace(/"EXPLAIN /g, '"')
    .replace(new RegExp(`^ {${shift}}( *\\^)$`, "m"), "$1")
    .replaceAll(EXPLAIN, "");
}
