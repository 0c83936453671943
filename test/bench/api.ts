/**
 * `npm run bench:api`: latency and throughput of search, neighbourhood and paths on a graph of
 * more than 100,000 nodes, through the HTTP API and, for comparison, the very functions the
 * routes call, run in-process over Bolt at the same concurrency (the ratio is what HTTP,
 * validation and JSON cost).
 *
 * The graph is synthetic and made here: 2,000 documents, each with an outline of 45 measures led
 * by its city's agencies, and entities drawn from shared vocabularies (industries and
 * instruments with a skewed popularity, so that 新材料 becomes a hub of thousands of edges as in
 * a real corpus; organisations and programs from large pools, so they are shared by a few
 * documents). It is loaded with the store's own loader into a fresh embedded Neo4j (see ./neo4j.ts) in a
 * temporary folder. The API runs in child processes, so autocannon and the server do not share
 * an event loop: one as the product runs it, with its answer cache, and one without, so that
 * both what users get and what a request costs in Neo4j are shown. Everything listens on loopback only.
 *
 * At 50 connections the three processes (Neo4j, the API, the load generator) saturate the 2
 * cores, and the p99 of one 10 s run swings by ±30% from run to run (a d2 run gave 357–474 ms
 * direct and 356–661 ms over HTTP in four rounds back to back). So each scenario is run
 * BENCH_ROUNDS times (default 3) in turn — direct, without cache, with cache — for
 * BENCH_SECONDS each (default 8); the table gives the median of the rounds, and the overhead
 * column also the lowest and highest round's ratio. One connection is one round. `--smoke`
 * (smoke.ts): 5 documents, 5 connections, one round of half a second, no warm-up.
 */
import autocannon, { type Result } from "autocannon";
import { neighbourhood } from "../../server/api/neighbourhood.js";
import { findPaths } from "../../server/api/paths.js";
import { search } from "../../server/api/search.js";
import { NeighbourhoodRequest, PathsQuery, SearchQuery } from "../../server/schema/api.js";
import type { Store } from "../../server/store/connect.js";
import { cypher } from "../../server/store/cypher.js";
import { benchTargets, inTurn, type BenchTargets } from "../support/load.js";
import { graphCounts } from "../support/store.js";
import { startApiProcess, type ApiProcess } from "./api-process.js";
import { benchNeo4j } from "./neo4j.js";
import { SMOKE, smokeOr } from "./smoke.js";
import { loadSyntheticCorpus } from "./synthetic.js";

const DOCUMENTS = smokeOr(5, Number(process.env.BENCH_DOCUMENTS ?? 2000));
const SECONDS = smokeOr(0.5, Number(process.env.BENCH_SECONDS ?? 8));
const ROUNDS = smokeOr(1, Number(process.env.BENCH_ROUNDS ?? 3));
/** Seconds at the start of each HTTP run whose requests are not counted (see overHttp). */
const RAMP = smokeOr(0, 2);
/** Seconds of direct requests before each scenario is measured. */
const WARM_UP = smokeOr(0, 2);
const CONNECTIONS = smokeOr(5, 50);
/** One client at a time: the service time of a request, without queueing behind 49 others. */
const ALONE = 1;
const BATCH = Number(process.env.BENCH_BATCH ?? 100);

// --- load generation ------------------------------------------------------------------------

interface Figures {
  p50: number;
  p99: number;
  rps: number;
  errors: number;
}

/** The median round of each figure (errors: all rounds' together). */
function median(rounds: Figures[]): Figures {
  const mid = (pick: (f: Figures) => number) => {
    const sorted = rounds.map(pick).sort((a, b) => a - b);
    return sorted[Math.floor(sorted.length / 2)]!;
  };
  return { p50: mid((f) => f.p50), p99: mid((f) => f.p99), rps: mid((f) => f.rps), errors: rounds.reduce((n, f) => n + f.errors, 0) };
}

interface Scenario {
  name: string;
  /** The paths of the HTTP requests (all GET), used in turn. */
  http: string[];
  /** The same work without HTTP: the function the route calls, over the same Bolt driver. */
  direct: (i: number) => Promise<unknown>;
}

/**
 * autocannon for `seconds` after `RAMP` seconds whose requests are not counted. A run opens
 * its 50 connections at once, and on a busy server the first request of each connection is
 * slow before the API sees it: the API timed every request of the hub without cache under
 * 0.7 s while autocannon saw 0.8–2 s for the first ones of each run, arriving one every
 * 40 ms, and those 50 set the p99. What is measured is the requests that started after the
 * ramp-up, on connections already open, as a browser's are.
 */
async function overHttp(port: number, scenario: Scenario, seconds: number, connections: number): Promise<Figures> {
  const started = performance.now();
  const latencies: number[] = [];
  let failed = 0;
  const result = await new Promise<Result>((resolve, reject) => {
    const run = autocannon({ url: `http://127.0.0.1:${port}`, connections, duration: RAMP + seconds, requests: inTurn(scenario.http) }, (err, res) => (err ? reject(err) : resolve(res)));
    run.on("response", (_client, status, _bytes, ms) => {
      if (performance.now() - ms - started < RAMP * 1000) return;
      latencies.push(ms);
      if (status < 200 || status > 299) failed++;
    });
  });
  return { ...percentiles(latencies, seconds), errors: failed + result.errors + result.timeouts };
}

function percentiles(latencies: number[], seconds: number): Omit<Figures, "errors"> {
  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? NaN;
  return { p50: at(0.5), p99: at(0.99), rps: latencies.length / seconds };
}

async function direct(scenario: Scenario, seconds: number, connections: number): Promise<Figures> {
  const latencies: number[] = [];
  let errors = 0;
  let turn = 0;
  const end = performance.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (performance.now() < end) {
        const started = performance.now();
        try {
          await scenario.direct(turn++);
          latencies.push(performance.now() - started);
        } catch {
          errors++;
        }
      }
    }),
  );
  return { ...percentiles(latencies, seconds), errors };
}

function scenarios(store: Store, seeds: BenchTargets): Scenario[] {
  const searches = ["新材料", "引导基金", "xincailiao", "xcl", "科技局", "人工智能"];
  /** A neighbourhood as the explorer asks for one node's: GET, the id in the URL. */
  const get = (body: { ids: string[]; depth?: number }) => `/api/neighbourhood?ids=${encodeURIComponent(body.ids[0]!)}&depth=${body.depth ?? 1}`;
  const directInTurn = <T>(list: T[], run: (item: T) => Promise<unknown>) => (i: number) => run(list[i % list.length]!);
  const depth1 = seeds.depth1.map((id) => ({ ids: [id] }));
  const depth2 = seeds.depth2.map((id) => ({ ids: [id], depth: 2 }));
  const pathQueries = seeds.pairs.map(([from, to]) => `from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`);
  return [
    {
      name: "floor: health (count store only)",
      http: ["/api/health"],
      direct: () => store.driver.executeQuery(cypher("api/health"), {}, { database: store.database, routing: "READ" }),
    },
    {
      name: "search",
      http: searches.map((q) => `/api/search?q=${encodeURIComponent(q)}`),
      direct: directInTurn(searches.map((q) => SearchQuery.parse({ q })), (q) => search(store, q)),
    },
    { name: "neighbourhood depth 1", http: depth1.map(get), direct: directInTurn(depth1.map((b) => NeighbourhoodRequest.parse(b)), (r) => neighbourhood(store, r)) },
    {
      name: `neighbourhood depth 1, hub (${seeds.hub})`,
      http: [get({ ids: [seeds.hub] })],
      direct: directInTurn([NeighbourhoodRequest.parse({ ids: [seeds.hub] })], (r) => neighbourhood(store, r)),
    },
    { name: "neighbourhood depth 2", http: depth2.map(get), direct: directInTurn(depth2.map((b) => NeighbourhoodRequest.parse(b)), (r) => neighbourhood(store, r)) },
    {
      name: "paths (shortest)",
      http: pathQueries.map((qs) => `/api/paths?${qs}`),
      direct: directInTurn(pathQueries.map((qs) => PathsQuery.parse(Object.fromEntries(new URLSearchParams(qs)))), (q) => findPaths(store, q)),
    },
  ];
}

// --- the run --------------------------------------------------------------------------------

async function main() {
  const neo = await benchNeo4j("api", { heap: "2g", pageCacheMb: 1024 });
  const { store } = neo;
  const apis: ApiProcess[] = [];
  try {
    const loading = performance.now();
    await loadSyntheticCorpus(store, DOCUMENTS, BATCH, (n) =>
      process.stdout.write(`\rloading ${n}/${DOCUMENTS} documents (${((performance.now() - loading) / 1000).toFixed(0)} s)`),
    );
    await store.driver.executeQuery("CALL db.awaitIndexes(300)", {}, { database: "neo4j" });
    const counts = await graphCounts(store);
    console.log(`\n${counts.nodes.toLocaleString("en")} nodes, ${counts.relationships.toLocaleString("en")} relationships, loaded in ${((performance.now() - loading) / 1000).toFixed(0)} s`);
    if (counts.nodes < 100_000 && !SMOKE) throw new Error(`the graph has ${counts.nodes} nodes; the benchmark needs 100,000 (raise BENCH_DOCUMENTS)`);

    const targets = await benchTargets(store);

    // The product's API (answers kept for 10 s, server/api/cache.ts) and the same API without
    // its cache, which shows what a request costs when it has to reach Neo4j.
    const [cached, uncached] = await Promise.all([startApiProcess(neo), startApiProcess(neo, 0)]);
    apis.push(cached, uncached);
    const list = scenarios(store, targets);
    for (const [connections, rounds] of SMOKE ? ([[CONNECTIONS, ROUNDS]] as const) : ([[CONNECTIONS, ROUNDS], [ALONE, 1]] as const)) {
      console.log(
        `\n${connections} connection(s); ${rounds > 1 ? `median of ${rounds} rounds of` : "one round of"} ${SECONDS} s per run after a ${WARM_UP} s warm-up (${RAMP} s of ramp-up not counted over HTTP); latency in ms; "direct" = the route's function in-process over Bolt\n`,
      );
      console.log(
        "scenario                                   | cached p50 | cached p99 | cached req/s | no-cache p50 | no-cache p99 | no-cache req/s | direct p50 | direct p99 | direct req/s | overhead p99 (rounds)  | errors",
      );
      for (const scenario of list) {
        // Warm-up: the HTTP runs have theirs in RAMP.
        await direct(scenario, WARM_UP, connections);
        const runs: { inProcess: Figures; plain: Figures; fast: Figures }[] = [];
        for (let round = 0; round < rounds; round++) {
          runs.push({
            inProcess: await direct(scenario, SECONDS, connections),
            plain: await overHttp(uncached.port, scenario, SECONDS, connections),
            fast: await overHttp(cached.port, scenario, SECONDS, connections),
          });
        }
        const inProcess = median(runs.map((r) => r.inProcess));
        const plain = median(runs.map((r) => r.plain));
        const fast = median(runs.map((r) => r.fast));
        // What HTTP, validation and JSON add to the same work: the uncached API against the function it calls.
        const ratios = runs.map((r) => r.plain.p99 / r.inProcess.p99);
        const spread = rounds > 1 ? ` (${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)})` : "";
        const row = [
          scenario.name.padEnd(42),
          fast.p50.toFixed(1).padStart(10),
          fast.p99.toFixed(1).padStart(10),
          fast.rps.toFixed(0).padStart(12),
          plain.p50.toFixed(1).padStart(12),
          plain.p99.toFixed(1).padStart(12),
          plain.rps.toFixed(0).padStart(14),
          inProcess.p50.toFixed(1).padStart(10),
          inProcess.p99.toFixed(1).padStart(10),
          inProcess.rps.toFixed(0).padStart(12),
          `${(plain.p99 / inProcess.p99).toFixed(2)}×${spread}`.padEnd(22),
          `${fast.errors}/${plain.errors}/${inProcess.errors}`.padStart(6),
        ];
        console.log(row.join(" | "));
      }
    }
    const stats = await cached.cache();
    console.log(`\ncached API: ${stats.hits.toLocaleString("en")} hits, ${stats.misses.toLocaleString("en")} misses (${((100 * stats.hits) / Math.max(1, stats.hits + stats.misses)).toFixed(1)}% from the cache), ${stats.entries} answers kept in ${(stats.bytes / 1024 / 1024).toFixed(1)} MB`);
  } finally {
    for (const api of apis) api.child.kill();
    await neo.stop();
  }
}

main().catch((err) => {
  console.error(`bench:api failed: ${err instanceof Error ? err.stack : err}`);
  process.exit(1);
});
