import type { AddressInfo } from "node:net";
import express from "express";
import { afterEach, describe, expect, it } from "vitest";
import { graphChanged } from "../store/changes.js";
import { responseCache, type CacheOptions } from "./cache.js";

/** An app whose one route counts how often it really ran, behind the cache. */
async function appWith(options: CacheOptions, answer: (n: number) => { status: number; body: unknown } = (n) => ({ status: 200, body: { n } }), delayMs = 20) {
  const cache = responseCache(options);
  let runs = 0;
  const app = express();
  app.use(express.json());
  app.use(cache.middleware);
  app.all("/thing", async (_req, res) => {
    const { status, body } = answer(++runs);
    await new Promise((r) => setTimeout(r, delayMs));
    res.status(status).json(body);
  });
  app.get("/table", async (_req, res) => {
    runs++;
    await new Promise((r) => setTimeout(r, delayMs));
    res.type("text/csv").send("a,b\n1,2\n");
  });
  const server = app.listen(0, "127.0.0.1");
  await new Promise<void>((resolve) => server.once("listening", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/thing`;
  closers.push(() => new Promise<void>((resolve) => server.close(() => resolve())));
  return { url, table: url.replace(/thing$/, "table"), runs: () => runs, stats: cache.stats };
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
