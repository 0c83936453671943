/**
 * `npm run bench:analyses`: how long each diffusion analysis takes on the seeds corpus (90
 * documents), run in-process against a fresh embedded Neo4j in a temporary folder, the way
 * the route runs it (query parsed by its schema, no answer cache). Each analysis is run
 * BENCH_RUNS times (default 20) per level after one warm-up run (which fills the boundary
 * caches); the table gives the median and the slowest run. The budget is 200 ms.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { ANALYSES } from "../../server/analysis/index.js";
import { PROJECT_ROOT } from "../../server/config.js";
import { ingest } from "../../server/ingest/index.js";
import { connectStore } from "../../server/store/connect.js";
import { startEmbeddedNeo4j } from "../../server/store/embedded.js";
import { applySchema } from "../../server/store/schema.js";
import { freePort } from "../setup/neo4j.js";
import neo4j from "neo4j-driver";

const RUNS = Number(process.env.BENCH_RUNS ?? 20);
/** Parameters an analysis needs beyond the defaults. */
const NEEDS: Record<string, Record<string, string>> = { map: { item: "创新券" }, neighbours: { item: "创新券" } };

const home = fs.mkdtempSync(path.join(os.tmpdir(), "policy-graph-bench-analyses-"));
const db = await startEmbeddedNeo4j({ home, boltPort: await freePort(), heap: "1g", pageCacheMb: 128 });
try {
  const store = await connectStore(db.uri, "neo4j", neo4j.auth.basic(db.user, db.password), null);
  await applySchema(store);
  await ingest(store, [path.join(PROJECT_ROOT, "seeds")]);
  console.log(`analysis (seeds, ${RUNS} runs)`.padEnd(36), "level".padEnd(10), "median ms".padStart(10), "max ms".padStart(8));
  for (const level of ["city", "district"]) {
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
  await store.close();
} finally {
  await db.stop();
  fs.rmSync(home, { recursive: true, force: true });
}
