/**
 * `npm run soak`: 200 clients at once on search and neighbourhood for 30 s, on a graph of
 * realistic size (the 90 documents of seeds/ plus 2,000 synthetic ones, see synthetic.ts), in
 * a fresh embedded Neo4j in a temporary folder (see ./neo4j.ts). The API runs in a child process and reports its
 * memory every second, so a leak shows as a climb from first to last. Prints latency
 * percentiles, throughput, errors and non-2xx answers; exits 1 if any request failed.
 * Loopback only. SOAK_SECONDS, SOAK_CONNECTIONS, SOAK_DOCUMENTS and SOAK_CACHE_SECONDS change the run;
 * `--smoke` (smoke.ts) is one seed and 5 synthetic documents, 10 connections, 2 s after 1 s of warm-up.
 * (The fast version of this run is test/integration/load.test.ts, in every CI run.)
 */
import autocannon from "autocannon";
import { ingest } from "../../server/ingest/index.js";
import { benchTargets, searchAndNeighbourhood } from "../support/load.js";
import { graphCounts } from "../support/store.js";
import { startApiProcess, type ApiProcess } from "./api-process.js";
import { benchNeo4j } from "./neo4j.js";
import { SMOKE, smokeOr } from "./smoke.js";
import { loadSyntheticCorpus } from "./synthetic.js";

const SECONDS = smokeOr(2, Number(process.env.SOAK_SECONDS ?? 30));
const CONNECTIONS = smokeOr(10, Number(process.env.SOAK_CONNECTIONS ?? 200));
const DOCUMENTS = smokeOr(5, Number(process.env.SOAK_DOCUMENTS ?? 2000));
/** The API's answer cache time limit (server/api/cache.ts); SOAK_CACHE_SECONDS=0 sends every request to Neo4j. */
const CACHE_SECONDS = Number(process.env.SOAK_CACHE_SECONDS ?? 10);
const MB = 1024 * 1024;

/** The server's memory once a second while `during` runs. */
async function sampleMemory<T>(api: ApiProcess, during: Promise<T>): Promise<{ result: T; samples: NodeJS.MemoryUsage[] }> {
  const samples: NodeJS.MemoryUsage[] = [];
  let running = true;
  const sampler = (async () => {
    while (running) {
      samples.push(await api.memory());
      await new Promise((r) => setTimeout(r, 1000));
    }
  })();
  const result = await during;
  running = false;
  await sampler;
  return { result, samples };
}

const mb = (bytes: number) => `${(bytes / MB).toFixed(0)} MB`;

async function main() {
  const neo = await benchNeo4j("soak", { heap: "2g", pageCacheMb: 1024 });
  const { store } = neo;
  let api: ApiProcess | undefined;
  try {
    const seeded = await ingest(store, [SMOKE ? "seeds/000_8e12bc0a722c8d98.txt" : "seeds"]);
    if (seeded.failed.length > 0) throw new Error(`seeds/ did not load: ${seeded.failed.map((f) => `${f.file}: ${f.reason}`).join("; ")}`);
    await loadSyntheticCorpus(store, DOCUMENTS, 100, (n) => process.stdout.write(`\rloading synthetic documents ${n}/${DOCUMENTS}`));
    await store.driver.executeQuery("CALL db.awaitIndexes(300)", {}, { database: "neo4j" });
    const counts = await graphCounts(store);
    console.log(`\n${seeded.loaded} seed documents + ${DOCUMENTS} synthetic: ${counts.nodes.toLocaleString("en")} nodes, ${counts.relationships.toLocaleString("en")} relationships`);

    api = await startApiProcess(neo, CACHE_SECONDS);
    const requests = searchAndNeighbourhood(await benchTargets(store));
    const run = (seconds: number) => autocannon({ url: `http://127.0.0.1:${api!.port}`, connections: CONNECTIONS, duration: seconds, requests });
    await run(smokeOr(1, 3));
    const before = await api.memory(true);
    console.log(`${CONNECTIONS} connections, ${SECONDS} s, search and neighbourhood in turn (after a warm-up)…`);
    const { result, samples } = await sampleMemory(api, run(SECONDS));
    const after = await api.memory(true);

    const rss = samples.map((s) => s.rss);
    const heap = samples.map((s) => s.heapUsed);
    const failed = result.errors + result.timeouts + result.non2xx;
    console.log(`requests     ${result.requests.total.toLocaleString("en")} (${result.requests.average.toFixed(0)} req/s)`);
    console.log(`latency      p50 ${result.latency.p50} ms, p90 ${result.latency.p90} ms, p99 ${result.latency.p99} ms, max ${result.latency.max} ms`);
    console.log(`failures     errors ${result.errors}, timeouts ${result.timeouts}, non-2xx ${result.non2xx}`);
    console.log(`server RSS   first ${mb(rss[0]!)}, last ${mb(rss.at(-1)!)}, max ${mb(Math.max(...rss))} (${rss.length} samples, 1 s apart)`);
    console.log(`server heap  first ${mb(heap[0]!)}, last ${mb(heap.at(-1)!)}, max ${mb(Math.max(...heap))}`);
    const cache = await api.cache();
    console.log(`answer cache ${CACHE_SECONDS > 0 ? `${cache.hits.toLocaleString("en")} hits, ${cache.misses.toLocaleString("en")} misses (answers kept ${CACHE_SECONDS} s)` : "off"}`);
    console.log(`after GC     heap ${mb(before.heapUsed)} before the run, ${mb(after.heapUsed)} after; RSS ${mb(before.rss)} → ${mb(after.rss)}`);
    if (failed > 0) process.exitCode = 1;
  } finally {
    api?.child.kill();
    await neo.stop();
  }
}

main().catch((err) => {
  console.error(`soak failed: ${err instanceof Error ? err.stack : err}`);
  process.exit(1);
});
