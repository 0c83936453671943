/**
 * Health follows Neo4j: 503 while it cannot be reached, 200 again as soon as it can, without
 * restarting the app. Neo4j is "unplugged" by a TCP relay between the driver and the real
 * server, so the test's shared Neo4j keeps running.
 */
import net from "node:net";
import neo4jDriver from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { Health } from "../../server/schema/api.js";
import { connectStore, type Store } from "../../server/store/connect.js";
import { freePort } from "../setup/neo4j.js";
import { startApi, type TestApi } from "../support/api.js";

/** A TCP relay to Neo4j's Bolt port that can be cut (closing every connection) and restored on the same port. */
function relay(target: URL, port: number) {
  const sockets = new Set<net.Socket>();
  let server: net.Server | null = null;
  return {
    async open(): Promise<void> {
      server = net.createServer((client) => {
        const upstream = net.connect(Number(target.port), target.hostname);
        for (const s of [client, upstream]) {
          sockets.add(s);
          s.on("close", () => sockets.delete(s));
          s.on("error", () => s.destroy());
        }
        client.pipe(upstream).pipe(client);
      });
      await new Promise<void>((resolve) => server!.listen(port, "127.0.0.1", resolve));
    },
    async cut() {
      for (const s of sockets) s.destroy();
      await new Promise<void>((resolve) => server!.close(() => resolve()));
    },
  };
}

let store: Store;
let api: TestApi;
let proxy: ReturnType<typeof relay>;

beforeAll(async () => {
  const neo4j = inject("neo4j");
  const port = await freePort();
  proxy = relay(new URL(neo4j.uri.replace("bolt://", "http://")), port);
  await proxy.open();
  store = await connectStore(`bolt://127.0.0.1:${port}`, neo4j.database, neo4jDriver.auth.basic(neo4j.user, neo4j.password), null);
  api = await startApi(store);
});
afterAll(async () => {
  await api?.close();
  await store?.close();
});

describe("GET /api/health", () => {
  it("answers 503 while Neo4j is unreachable and recovers by itself when it is back", async () => {
    expect((await api.get("/api/health")).status).toBe(200);
    await proxy.cut();
    const down = await api.get("/api/health");
    expect(down.status).toBe(503);
    expect((await down.json()).error).toMatchObject({ code: "STORE_UNAVAILABLE", message: expect.stringContaining("unreachable") });
    // Known down now: the next request is refused at once, without the driver's 10 s of retries.
    expect((await api.get("/api/search?q=新材料")).status).toBe(503);
    await proxy.open();
    // The store probes every PROBE_MS and is up again on the first probe that reaches Neo4j.
    for (let tries = 0; tries < 40 && store.outage(); tries++) await new Promise((r) => setTimeout(r, 250));
    const up = await api.get("/api/health");
    expect(up.status).toBe(200);
    expect((await up.json()).status).toBe("ok");
  });

  it("reports the answer cache's hits and misses", async () => {
    const before = Health.parse(await (await api.get("/api/health")).json()).cache;
    await api.get("/api/stats");
    await api.get("/api/stats");
    const after = Health.parse(await (await api.get("/api/health")).json()).cache;
    expect(after.misses - before.misses).toBe(1);
    expect(after.hits - before.hits).toBe(1);
    expect(after.bytes).toBeGreaterThan(0);
  });
});
