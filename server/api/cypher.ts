/**
 * POST /api/cypher: the console, for queries the explorer has no button for.
 *
 * Read-only is Neo4j's job, not ours: the query runs in a READ transaction, where Neo4j itself
 * refuses CREATE, MERGE, SET, DELETE, schema changes and CALL … IN TRANSACTIONS. Some things
 * are not writes and so pass that check, yet are not for a public console: LOAD CSV reads
 * files and URLs on the database server, dbms.* procedures and SHOW SETTINGS expose its
 * configuration, and SHOW / TERMINATE TRANSACTIONS see and kill other users' queries.
 * Neo4j's own plan of the query (EXPLAIN, not a look at its text, which comments and
 * backticks could disguise) names them, and they are refused before the query runs.
 */
import { Router } from "express";
import type { z } from "zod";
import { rateLimit } from "express-rate-limit";
import neo4j, { isNode, isPath, isRelationship, Neo4jError, type Node, type Relationship, type Transaction } from "neo4j-driver";
import type { ResultSummary } from "neo4j-driver";
import { CypherRequest, type CypherResult, type GraphResult } from "../schema/api.js";
import type { Store } from "../store/connect.js";
import { cypher } from "../store/cypher.js";
import { plainValue, type NodeRow } from "./elements.js";
import { HttpError, isTimeout } from "./errors.js";
import { subgraph } from "./subgraph.js";

type Plan = Exclude<ResultSummary["plan"], false>;

export interface CypherOptions {
  /** Console queries per minute per client address. */
  perMinute: number;
  /** Neo4j stops a console query after this long. */
  timeoutMs: number;
}

/** Enough for an exploratory query on the whole corpus; a runaway one frees its thread soon. */
const DEFAULTS: CypherOptions = { perMinute: 30, timeoutMs: 10_000 };

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
  router.post("/cypher", limiter, async (req, res) => {
    const request = CypherRequest.parse(req.body);
    res.json(await runConsoleQuery(store, request, options.timeoutMs));
  });
  return router;
}

async function runConsoleQuery(store: Store, request: CypherRequest, timeoutMs: number): Promise<CypherResult> {
  const session = store.driver.session({ database: store.database, defaultAccessMode: neo4j.session.READ });
  const started = performance.now();
  let tx: Transaction | undefined;
  try {
    tx = session.beginTransaction({ timeout: timeoutMs });
    // EXPLAIN plans without running: the plan says what the query would touch.
    const explained = await tx.run(`EXPLAIN ${request.query}`, request.params);
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
  } catch (err) {
    throw consoleError(err);
  } finally {
    await tx?.rollback().catch(() => undefined);
    await session.close();
  }
}

type CypherRequest = z.infer<typeof CypherRequest>;

/** Plan operators that read or change the server rather than the graph, with what to tell the user. */
const REFUSED_OPERATORS: Record<string, string> = {
  LoadCSV: "LOAD CSV reads files and URLs on the database server",
  ShowSettings: "SHOW SETTINGS exposes the server's configuration",
  ShowTransactions: "SHOW TRANSACTIONS lists other users' queries",
  TerminateTransactions: "TERMINATE TRANSACTIONS stops other users' queries",
};

function refuseUnsafePlan(plan: Plan | null): void {
  const operators: Plan[] = [];
  const walk = (p: Plan): void => void (operators.push(p), p.children.forEach(walk));
  if (plan) walk(plan);
  for (const op of operators) {
    const kind = op.operatorType.split("@")[0]!;
    const details = String(op.arguments?.Details ?? "");
    const reason =
      REFUSED_OPERATORS[kind] ?? (kind === "ProcedureCall" && details.startsWith("dbms.") ? `${details.split("(")[0]} is a server procedure (db.* procedures are allowed)` : null);
    if (reason) throw new HttpError(403, "READ_ONLY", `${reason}; the console does not run it`);
  }
}

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
  if (err.code === "Neo.ClientError.Statement.AccessMode") {
    return new HttpError(403, "READ_ONLY", `the console is read-only; Neo4j refused the query: ${err.message}`, { neo4jCode: err.code });
  }
  if (err.code.startsWith("Neo.ClientError.")) return new HttpError(400, "CYPHER_ERROR", err.message, { neo4jCode: err.code });
  return err;
}
