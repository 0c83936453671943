/**
 * The fast part of `npm run soak`, in every CI run: 200 clients at once on search and
 * neighbourhood against the five seeds, 1,000 requests in all. Every request must succeed and
 * the server must still answer afterwards; how fast is the soak's business (figures, not
 * assertions): a count of requests rather than a duration, and a generous per-request timeout,
 * keep the test's outcome independent of how busy the machine is.
 */
import autocannon from "autocannon";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingest } from "../../server/ingest/index.js";
import type { Store } from "../../server/store/connect.js";
import { startApi, type TestApi } from "../support/api.js";
import { benchTargets, searchAndNeighbourhood } from "../support/load.js";
import { FIVE_SEEDS } from "../support/seeds.js";
import { resetGraph, testStore } from "../support/store.js";

let store: Store;
let api: TestApi;

beforeAll(async () => {
  store = await testStore();
  await resetGraph(store);
  await ingest(store, FIVE_SEEDS);
  api = await startApi(store);
});
afterAll(async () => {
  await api?.close();
  await store?.close();
});

describe("200 concurrent clients", () => {
  it("get an answer to every search and neighbourhood request, and the server answers after", async () => {
    const result = await autocannon({ url: api.url, connections: 200, amount: 1000, timeout: 120, requests: searchAndNeighbourhood(await benchTargets(store)) });
    console.log(`load: ${result.requests.total} requests, p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, ${result.requests.average.toFixed(0)} req/s, statuses ${JSON.stringify((result as unknown as { statusCodeStats: object }).statusCodeStats)}`);
    expect({ ok: result["2xx"], errors: result.errors, timeouts: result.timeouts, non2xx: result.non2xx }).toEqual({ ok: 1000, errors: 0, timeouts: 0, non2xx: 0 });
    expect((await api.get("/api/health")).status).toBe(200);
    expect((await api.get("/api/search?q=乐山")).status).toBe(200);
  });
});
