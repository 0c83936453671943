import http from "node:http";
import type { AddressInfo } from "node:net";
import { gunzipSync } from "node:zlib";
import express from "express";
import { afterEach, describe, expect, it } from "vitest";
import { graphChanged } from "../store/changes.js";
import { responseCache, type CacheOptions } from "./cache.js";

/** An app whose one route counts how often it really ran, behind the cache. */
async function appWith(options: CacheOptions, answer: (n: number) => { status: number; body: unknown } = (n) => ({ status: 200, body: { n } }), delayMs = 20) {
  const cache = responseCache(options);
  let runs = 0;
  let entered = 0;
  const app = express();
  app.use((_req, res, next) => {
    entered++;
    res.setHeader("X-Frame-Options", "SAMEORIGIN");
    next();
  });
  app.use(express.json());
  app.use(cache.middleware);
  app.all("/api/thing", async (_req, res) => {
    const { status, body } = answer(++runs);
    await new Promise((r) => setTimeout(r, delayMs));
    res.status(status).json(body);
  });
  app.get("/api/table", async (_req, res) => {
    runs++;
    await new Promise((r) => setTimeout(r, delayMs));
    res.type("text/csv").send("a,b\n1,2\n");
  });
  const server = http.createServer(cache.front(app)).listen(0, "127.0.0.1");
  await new Promise<void>((resolve) => server.once("listening", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/thing`;
  closers.push(() => new Promise<void>((resolve) => server.close(() => resolve())));
  return { url, table: url.replace(/thing$/, "table"), runs: () => runs, entered: () => entered, stats: cache.stats };
}

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0)) await close();
});

const LONG: CacheOptions = { ttlMs: 60_000, maxBytes: 1 << 20 };

describe("responseCache", () => {
  it("answers a repeated request from the bytes it sent the first time, and says so", async () => {
    const app = await appWith(LONG);
    const first = await fetch(`${app.url}?q=乐山`);
    const second = await fetch(`${app.url}?q=乐山`);
    expect(first.headers.get("x-cache")).toBe("miss");
    expect(second.headers.get("x-cache")).toBe("hit");
    expect(await second.json()).toEqual(await first.json());
    expect(second.headers.get("content-type")).toMatch(/application\/json/);
    expect(app.runs()).toBe(1);
  });

  it("replays a GET answer in front of Express, with the headers it was first sent with", async () => {
    const app = await appWith(LONG);
    await fetch(`${app.url}?q=1`);
    const again = await fetch(`${app.url}?q=1`);
    expect(again.headers.get("x-cache")).toBe("hit");
    expect(again.headers.get("x-frame-options")).toBe("SAMEORIGIN");
    expect(again.headers.get("content-length")).toBe(String(JSON.stringify({ n: 1 }).length));
    expect(app.entered()).toBe(1);
    // POST answers are found by their parsed body, so Express reads them first.
    const post = () => fetch(app.url, { method: "POST", headers: { "content-type": "application/json" }, body: '{"ids":["a"]}' });
    await post();
    expect((await post()).headers.get("x-cache")).toBe("hit");
    expect(app.entered()).toBe(3);
  });

  it("gzips a large answer once, for the clients that accept it, with its own ETag", async () => {
    const app = await appWith(LONG, (n) => ({ status: 200, body: { n, items: Array.from({ length: 300 }, (_, i) => ({ id: `industry:新材料${i}`, label: "Industry" })) } }));
    const raw = (headers: Record<string, string>) =>
      new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
        http.get(`${app.url}?big`, { headers }, (res) => {
          const chunks: Buffer[] = [];
          res.on("data", (c: Buffer) => chunks.push(c)).on("end", () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
        }).on("error", reject);
      });
    const plain = await raw({});
    const gzipped = await raw({ "accept-encoding": "gzip, deflate, br" });
    const refused = await raw({ "accept-encoding": "gzip;q=0, identity" });
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(gzipped.headers["content-encoding"]).toBe("gzip");
    expect(gzipped.headers.vary).toBe("Accept-Encoding");
    expect(gunzipSync(gzipped.body).equals(plain.body)).toBe(true);
    expect(gzipped.body.length).toBeLessThan(plain.body.length / 5);
    expect(refused.headers["content-encoding"]).toBeUndefined();
    expect(gzipped.headers.etag).not.toBe(plain.headers.etag);
    expect((await raw({ "accept-encoding": "gzip", "if-none-match": gzipped.headers.etag! })).status).toBe(304);
    expect((await raw({ "if-none-match": gzipped.headers.etag! })).status).toBe(200);
    expect(app.runs()).toBe(1);
  });

  it("keys POST answers on the body and GET answers on the query", async () => {
    const app = await appWith(LONG);
    const post = (ids: string[]) => fetch(app.url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ ids }) }).then((r) => r.json());
    expect(await post(["a"])).toEqual({ n: 1 });
    expect(await post(["b"])).toEqual({ n: 2 });
    expect(await post(["a"])).toEqual({ n: 1 });
    expect(await fetch(`${app.url}?q=x`).then((r) => r.json())).toEqual({ n: 3 });
  });

  it("retires every answer when this process writes to the graph", async () => {
    const app = await appWith(LONG);
    await fetch(app.url);
    graphChanged();
    expect(await fetch(app.url).then((r) => r.json())).toEqual({ n: 2 });
  });

  it("serves an answer no longer than its time limit", async () => {
    const app = await appWith({ ttlMs: 50, maxBytes: 1 << 20 });
    await fetch(app.url);
    await new Promise((r) => setTimeout(r, 80));
    expect(await fetch(app.url).then((r) => r.json())).toEqual({ n: 2 });
  });

  it("serves the expired answer while one request refreshes it, never after a write", async () => {
    // Each answer takes 300 ms to make, so the second request surely arrives during the refresh.
    const app = await appWith({ ttlMs: 30, maxBytes: 1 << 20 }, undefined, 300);
    await fetch(app.url);
    await new Promise((r) => setTimeout(r, 50));
    const [refreshing, waiting] = await Promise.all([fetch(app.url), new Promise((r) => setTimeout(r, 50)).then(() => fetch(app.url))]);
    expect(refreshing.headers.get("x-cache")).toBe("miss");
    expect(await refreshing.json()).toEqual({ n: 2 });
    expect(waiting.headers.get("x-cache")).toBe("stale");
    expect(await waiting.json()).toEqual({ n: 1 });

    graphChanged();
    const [first, second] = await Promise.all([fetch(app.url), new Promise((r) => setTimeout(r, 50)).then(() => fetch(app.url))]);
    expect(await first.json()).toEqual({ n: 3 });
    expect(await second.json()).toEqual({ n: 3 });
  });

  it("asks once for concurrent identical requests", async () => {
    const app = await appWith(LONG);
    const answers = await Promise.all(Array.from({ length: 10 }, () => fetch(app.url).then((r) => r.json())));
    expect(answers).toEqual(Array.from({ length: 10 }, () => ({ n: 1 })));
    expect(app.runs()).toBe(1);
  });

  it("goes on for the others when the client that asked first gives up", async () => {
    const app = await appWith(LONG, undefined, 300);
    const gaveUp = fetch(app.url, { signal: AbortSignal.timeout(50) }).catch((err: Error) => err.name);
    await new Promise((r) => setTimeout(r, 100));
    const waiter = await fetch(app.url);
    expect(await gaveUp).toBe("TimeoutError");
    expect(await waiter.json()).toEqual({ n: 1 });
    expect(app.runs()).toBe(1);
  });

  it("keeps no answer that is not JSON, and holds nobody waiting for one", async () => {
    const app = await appWith(LONG);
    const answers = await Promise.all(Array.from({ length: 3 }, () => fetch(app.table).then((r) => r.text())));
    expect(answers).toEqual(Array.from({ length: 3 }, () => "a,b\n1,2\n"));
    expect((await fetch(app.table)).headers.get("x-cache")).toBeNull();
    expect(app.stats().entries).toBe(0);
  });

  it("never keeps an error", async () => {
    const app = await appWith(LONG, (n) => (n === 1 ? { status: 503, body: { error: { code: "NEO4J_UNAVAILABLE" } } } : { status: 200, body: { n } }));
    expect((await fetch(app.url)).status).toBe(503);
    const next = await fetch(app.url);
    expect(next.status).toBe(200);
    expect(next.headers.get("x-cache")).toBe("miss");
  });

  it("answers 304 to a client that already has the answer", async () => {
    const app = await appWith(LONG);
    const etag = (await fetch(app.url)).headers.get("etag")!;
    // fetch() adds Cache-Control: no-cache to a conditional request unless told otherwise, as browsers revalidating do not.
    expect((await fetch(app.url, { headers: { "if-none-match": etag, "cache-control": "max-age=0" } })).status).toBe(304);
  });

  it("stays within its byte budget, dropping the least recently used answers", async () => {
    const app = await appWith({ ttlMs: 60_000, maxBytes: 400 }, (n) => ({ status: 200, body: { n, pad: "x".repeat(80) } }));
    for (const q of ["a", "b", "c", "d", "e", "f"]) await fetch(`${app.url}?q=${q}`);
    expect(app.stats().bytes).toBeLessThanOrEqual(400);
    expect((await fetch(`${app.url}?q=f`)).headers.get("x-cache")).toBe("hit");
    expect((await fetch(`${app.url}?q=a`)).headers.get("x-cache")).toBe("miss");
  });

  it("is off with a time limit of 0", async () => {
    const app = await appWith({ ttlMs: 0, maxBytes: 1 << 20 });
    await fetch(app.url);
    await fetch(app.url);
    expect(app.runs()).toBe(2);
  });
});
