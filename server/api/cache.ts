/**
 * The answers of the read endpoints, kept as the bytes that were sent.
 *
 * The graph changes only when documents are loaded or removed, while the same searches and
 * expansions come back all the time (a hub re-expanded, a document reopened, a briefing
 * rehearsed by several analysts). Neo4j needs tens of milliseconds for a document's
 * neighbourhood on this class of machine, most of it spent moving and decoding properties;
 * a kept answer costs a map lookup.
 *
 * An entry is keyed on the request (method, URL, JSON body) and on the graph generation
 * (server/store/changes.ts), so a write through this process retires every entry at once.
 * Entries also expire after `ttlMs`, which bounds how stale an answer can be when another
 * process writes to the same Neo4j (npm run ingest against a shared server). Concurrent misses
 * on one key wait for the first one instead of all asking Neo4j, and while an expired answer is
 * being refreshed the others get the expired one (`X-Cache: stale`), so that under load the
 * expiry of a popular answer does not queue every client behind Neo4j. Only 200 JSON answers
 * are kept; errors, CSV and the health check never are. `X-Cache: hit|stale|miss` says which.
 */
import { createHash } from "node:crypto";
import type { RequestHandler, Response } from "express";
import { graphGeneration } from "../store/changes.js";

export interface CacheOptions {
  /** How long an answer may be served, in ms; 0 turns the cache off. */
  ttlMs: number;
  /** The byte budget of all kept answers; the least recently used go first. */
  maxBytes: number;
}

export const DEFAULT_CACHE: CacheOptions = { ttlMs: 10_000, maxBytes: 64 * 1024 * 1024 };

interface Entry {
  body: Buffer;
  etag: string;
  generation: number;
  expires: number;
}

export interface CacheStats {
  hits: number;
  misses: number;
  entries: number;
  bytes: number;
}

export interface ResponseCache {
  middleware: RequestHandler;
  stats(): CacheStats;
}

export function responseCache(options: CacheOptions): ResponseCache {
  const entries = new Map<string, Entry>();
  const pending = new Map<string, Promise<Entry | null>>();
  let bytes = 0;
  let hits = 0;
  let misses = 0;

  const drop = (key: string) => {
    const entry = entries.get(key);
    if (!entry) return;
    entries.delete(key);
    bytes -= entry.body.length;
  };
  const keep = (key: string, entry: Entry) => {
    drop(key);
    if (entry.body.length > options.maxBytes / 4) return;
    entries.set(key, entry);
    bytes += entry.body.length;
    // A Map iterates in insertion order and a hit re-inserts its key: the first is the least recently used.
    for (const oldest of entries.keys()) {
      if (bytes <= options.maxBytes) break;
      drop(oldest);
    }
  };
  const usable = (entry: Entry) => entry.generation === graphGeneration() && entry.expires > Date.now();

  const middleware: RequestHandler = async (req, res, next) => {
    if (options.ttlMs <= 0 || (req.method !== "GET" && req.method !== "POST")) return next();
    const key = `${req.method} ${req.originalUrl} ${req.method === "POST" ? JSON.stringify(req.body) : ""}`;
    const entry = entries.get(key);
    if (entry && usable(entry)) {
      entries.delete(key);
      entries.set(key, entry);
      hits++;
      return send(res, entry, "hit");
    }
    const inFlight = pending.get(key);
    // Expired but of this generation, and already being asked again: the old answer now rather
    // than a queue behind the one request that refreshes it (stale-while-revalidate).
    if (inFlight && entry?.generation === graphGeneration()) {
      hits++;
      return send(res, entry, "stale");
    }
    if (inFlight) {
      const shared = await inFlight;
      if (shared && usable(shared)) {
        hits++;
        return send(res, shared, "hit");
      }
    }
    misses++;
    let settle!: (entry: Entry | null) => void;
    const outcome = new Promise<Entry | null>((resolve) => (settle = resolve));
    if (!pending.has(key)) {
      pending.set(key, outcome);
      void outcome.then(() => pending.delete(key));
    }
    const generation = graphGeneration();
    const json = res.json.bind(res);
    res.json = (value: unknown) => {
      if (res.statusCode !== 200) {
        settle(null);
        return json(value);
      }
      const body = Buffer.from(JSON.stringify(value));
      const made: Entry = { body, etag: `"${createHash("sha1").update(body).digest("base64url")}"`, generation, expires: Date.now() + options.ttlMs };
      // An answer computed across a write may mix the graph before and after it: not kept.
      if (generation === graphGeneration()) keep(key, made);
      settle(made);
      return send(res, made, "miss");
    };
    // Any other ending (a CSV, a handler that ends the response itself) keeps nothing. A client
    // that goes away does not end the computation: the others waiting on it still get its answer,
    // where settling on "close" sent every one of them to Neo4j at once just when it was slow.
    const end = res.end.bind(res) as (...args: unknown[]) => Response;
    res.end = ((...args: unknown[]) => {
      settle(null);
      return end(...args);
    }) as Response["end"];
    next();
  };

  return { middleware, stats: () => ({ hits, misses, entries: entries.size, bytes }) };
}

function send(res: Response, entry: Entry, how: "hit" | "stale" | "miss"): Response {
  res.setHeader("X-Cache", how);
  res.setHeader("ETag", entry.etag);
  return res.type("json").send(entry.body);
}
