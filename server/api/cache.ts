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
 *
 * An answer is kept as sent and gzipped, once: browsers get a fifth of the bytes, and replaying
 * costs no compression. A kept answer is replayed with the headers it was first sent with (helmet's among them). GET
 * answers are replayed by `front`, in front of Express: Express 5 alone, with no route, costs
 * more per request than replaying bytes (4,800 against 12,700 answers/s on this machine), and
 * under 50 concurrent clients that difference is the tail latency. POST answers need their body
 * parsed to be found, so they are replayed by the middleware, after Express's JSON parser.
 */
import { createHash } from "node:crypto";
import { gzipSync } from "node:zlib";
import type { IncomingMessage, OutgoingHttpHeaders, RequestListener, ServerResponse } from "node:http";
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
  /** The body gzipped once, for the clients that accept it (every browser): a fifth of the bytes to send. */
  gzipped: Buffer | null;
  /** The headers the answer was first sent with, but for its length, ETag and X-Cache. */
  headers: OutgoingHttpHeaders;
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
  /** Keeps the answers of the routes after it, and replays POST answers. */
  middleware: RequestHandler;
  /** The app behind a replay of kept GET answers that skips it altogether. */
  front(app: RequestListener): RequestListener;
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
    bytes -= size(entry);
  };
  const keep = (key: string, entry: Entry) => {
    drop(key);
    if (size(entry) > options.maxBytes / 4) return;
    entries.set(key, entry);
    bytes += size(entry);
    // A Map iterates in insertion order and a hit re-inserts its key: the first is the least recently used.
    for (const oldest of entries.keys()) {
      if (bytes <= options.maxBytes) break;
      drop(oldest);
    }
  };
  const usable = (entry: Entry) => entry.generation === graphGeneration() && entry.expires > Date.now();
  const keyOf = (method: string, url: string, body: unknown) => `${method} ${url} ${method === "POST" ? JSON.stringify(body) : ""}`;

  /** Replays the kept answer, if there is one to give now; says whether it did. */
  const replayed = (key: string, req: IncomingMessage, res: ServerResponse): boolean => {
    const entry = entries.get(key);
    if (!entry || entry.generation !== graphGeneration()) return false;
    // Expired, but already being asked again: the old answer now rather than a queue behind
    // the one request that refreshes it (stale-while-revalidate).
    const how = entry.expires > Date.now() ? "hit" : pending.has(key) ? "stale" : null;
    if (!how) return false;
    entries.delete(key);
    entries.set(key, entry);
    hits++;
    replay(req, res, entry, how);
    return true;
  };

  const front = (app: RequestListener): RequestListener => (req, res) => {
    if (options.ttlMs > 0 && req.method === "GET" && req.url?.startsWith("/api/") && replayed(keyOf("GET", req.url, null), req, res)) return;
    app(req, res);
  };

  const middleware: RequestHandler = async (req, res, next) => {
    if (options.ttlMs <= 0 || (req.method !== "GET" && req.method !== "POST")) return next();
    const key = keyOf(req.method, req.originalUrl, req.body);
    if (replayed(key, req, res)) return;
    const inFlight = pending.get(key);
    if (inFlight) {
      const shared = await inFlight;
      if (shared && usable(shared)) {
        hits++;
        return replay(req, res, shared, "hit");
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
      const headers: OutgoingHttpHeaders = { ...res.getHeaders(), "content-type": "application/json; charset=utf-8" };
      for (const name of ["content-length", "etag", "x-cache", "date"]) delete headers[name];
      const gzipped = body.length >= GZIP_FROM ? gzipSync(body, { level: 6 }) : null;
      const made: Entry = { body, gzipped, headers, etag: `"${createHash("sha1").update(body).digest("base64url")}"`, generation, expires: Date.now() + options.ttlMs };
      // An answer computed across a write may mix the graph before and after it: not kept.
      if (generation === graphGeneration()) keep(key, made);
      settle(made);
      return replay(req, res, made, "miss");
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

  return { middleware, front, stats: () => ({ hits, misses, entries: entries.size, bytes }) };
}

/** Below this many bytes an answer is sent as it is: gzip would save less than a packet. */
const GZIP_FROM = 1400;

const size = (entry: Entry) => entry.body.length + (entry.gzipped?.length ?? 0);

/** Whether Accept-Encoding allows gzip (gzip or *, with a q above 0). */
function acceptsGzip(req: IncomingMessage): boolean {
  return (req.headers["accept-encoding"] ?? "").split(",").some((part) => {
    const [coding, ...params] = part.split(";").map((s) => s.trim().toLowerCase());
    const q = params.find((p) => p.startsWith("q="));
    return (coding === "gzip" || coding === "*") && (q === undefined || Number(q.slice(2)) > 0);
  });
}

/**
 * The kept answer, gzipped when the client accepts it, or 304 to a client that has it already
 * (If-None-Match, as Express's `fresh` reads it). Each encoding has its own ETag, as HTTP wants.
 */
function replay<T extends ServerResponse>(req: IncomingMessage, res: T, entry: Entry, how: "hit" | "stale" | "miss"): T {
  const gzip = entry.gzipped !== null && acceptsGzip(req);
  const etag = gzip ? `${entry.etag.slice(0, -1)}-gz"` : entry.etag;
  const headers: OutgoingHttpHeaders = { ...entry.headers, etag, "x-cache": how };
  if (entry.gzipped) headers.vary = "Accept-Encoding";
  const known = req.headers["if-none-match"];
  const revalidating = known !== undefined && !/(?:^|,)\s*no-cache\s*(?:,|$)/.test(req.headers["cache-control"] ?? "");
  if (revalidating && (known.trim() === "*" || known.split(",").some((tag) => tag.trim().replace(/^W\//, "") === etag))) {
    delete headers["content-type"];
    res.writeHead(304, headers);
    res.end();
    return res;
  }
  const body = gzip ? entry.gzipped! : entry.body;
  if (gzip) headers["content-encoding"] = "gzip";
  res.writeHead(200, { ...headers, "content-length": body.length });
  res.end(body);
  return res;
}
