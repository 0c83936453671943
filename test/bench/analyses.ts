/**
 * `npm run bench:analyses`: how long each diffusion analysis takes on the seeds corpus (90
 * documents), run in-process against a fresh embedded Neo4j in a temporary folder, the way
 * the route runs it (query parsed by its schema, no answer cache). Each analysis is run
 * BENCH_RUNS times (default 20) per level after one warm-up run (which fills the boundary
 * caches); the table gives the median and the slowest run. The budget is 200 ms.
 * `--smoke` (smoke.ts): the five seeds at the top of seeds/, one run, city level only.
 */
import fs from "node:fs";
import path from "node:path";
import { ANALYSES } from "../../server/analysis/index.js";
import { PROJECT_ROOT } from "../../server/config.js";
import { ingest } from "../../server/ingest/index.js";
import { benchNeo4j } from "./neo4j.js";
import { smokeOr } from "./smoke.js";

const RUNS = smokeOr(1, Number(process.env.BENCH_RUNS ?? 20));
/** The seeds, or in smoke mode the five at the top of seeds/ (not the 85 of seeds/corpus/). */
const CORPUS = smokeOr(fs.readdirSync(path.join(PROJECT_ROOT, "seeds")).filter((f) => f.endsWith(".txt")), ["."]).map((f) => path.join(PROJECT_ROOT, "seeds", f));
const LEVELS = smokeOr(["city"], ["city", "district"]);
/** Parameters an analysis needs beyond the defaults. */
const NEEDS: Record<string, Record<string, string>> = { map: { item: "创新券" }, neighbours: { item: "创新券" } };

const neo = await benchNeo4j("analyses", { heap: "1g", pageCacheMb: 128 });
try {
  const { store } = neo;
  await ingest(store, CORPUS);
  console.log(`analysis (seeds, ${RUNS} runs)`.padEnd(36), "level".padEnd(10), "median ms".padStart(10), "max ms".padStart(8));
  for (const level of LEVELS) {
    for (const a of ANALYSES) {
      const query = a.query.parse({ level, ...NEEDS[a.name] }) as Parameters<typeof a.run>[1];
      await a.run(store, query);
      const times: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        const t = performance.now();
        await a.run(store, query);
        times.push(performance.now() - t);
      }
      times.sort((x, y) => x - y);
      console.log(a.name.padEnd(36), level.padEnd(10), times[Math.floor(times.length / 2)]!.toFixed(1).padStart(10), times.at(-1)!.toFixed(1).padStart(8));
    }
  }
} finally {
  await neo.stop();
}
