/**
 * The Neo4j a benchmark runs on. By hand: a fresh embedded one in a temporary folder, so that
 * the figures never depend on what a developer's graph holds. When BENCH_NEO4J_URI is set
 * (test/integration/bench-smoke.test.ts sets it, with BENCH_NEO4J_USER and BENCH_NEO4J_PASSWORD,
 * to the test run's Neo4j): that one, emptied first, so that `npm test` does not start a JVM
 * per benchmark (about 20 s each on a loaded 2-core machine).
 *
 * @example const neo = await benchNeo4j("api", { heap: "2g", pageCacheMb: 1024 }); … await neo.stop();
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import neo4j, { type AuthToken } from "neo4j-driver";
import { connectStore, type Store } from "../../server/store/connect.js";
import { startEmbeddedNeo4j } from "../../server/store/embedded.js";
import { freePort } from "../setup/neo4j.js";
import { resetGraph } from "../support/store.js";

export interface BenchNeo4j {
  uri: string;
  user: string;
  password: string;
  auth: AuthToken;
  /** A store on it, emptied, with the schema applied. */
  store: Store;
  /** Closes the store, and stops and removes the Neo4j if this benchmark started it. */
  stop(): Promise<void>;
}

export async function benchNeo4j(name: string, size: { heap: string; pageCacheMb: number }): Promise<BenchNeo4j> {
  const { BENCH_NEO4J_URI, BENCH_NEO4J_USER = "neo4j", BENCH_NEO4J_PASSWORD = "" } = process.env;
  if (BENCH_NEO4J_URI) {
    const auth = neo4j.auth.basic(BENCH_NEO4J_USER, BENCH_NEO4J_PASSWORD);
    const store = await connectStore(BENCH_NEO4J_URI, "neo4j", auth, null);
    await resetGraph(store);
    return { uri: BENCH_NEO4J_URI, user: BENCH_NEO4J_USER, password: BENCH_NEO4J_PASSWORD, auth, store, stop: () => store.close() };
  }
  const home = fs.mkdtempSync(path.join(os.tmpdir(), `policy-graph-bench-${name}-`));
  const embedded = await startEmbeddedNeo4j({ home, boltPort: await freePort(), ...size });
  const store = await connectStore(embedded.uri, "neo4j", embedded.auth, null);
  await resetGraph(store);
  return {
    uri: embedded.uri,
    user: embedded.user,
    password: embedded.password,
    auth: embedded.auth,
    store,
    async stop() {
      await store.close();
      await embedded.stop();
      fs.rmSync(home, { recursive: true, force: true });
    },
  };
}
