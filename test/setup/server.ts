/**
 * vitest globalSetup for the browser project (after test/setup/neo4j.ts): the explorer built
 * with vite when its sources changed, the seeds ingested into the run's Neo4j, and the API +
 * explorer on a free loopback port, whose URL the tests get with inject("appUrl").
 */
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import neo4j from "neo4j-driver";
import type { TestProject } from "vitest/node";
import { apiServer, createApp } from "../../server/api/app.js";
import { PROJECT_ROOT } from "../../server/config.js";
import { ingest } from "../../server/ingest/index.js";
import { connectStore, type Store } from "../../server/store/connect.js";
import { applySchema } from "../../server/store/schema.js";
import { buildClientIfStale } from "../support/client-build.js";

declare module "vitest" {
  export interface ProvidedContext {
    appUrl: string;
    /** The review token the app was started with (review.test.ts writes corrections). */
    reviewToken: string;
  }
}

let server: Server | null = null;
let store: Store | null = null;

export async function setup(project: TestProject) {
  await buildClientIfStale();
  const n = project.getProvidedContext().neo4j;
  store = await connectStore(n.uri, n.database, n.user ? neo4j.auth.basic(n.user, n.password) : undefined, null);
  store = { ...store, embedded: n.embedded };
  const session = store.driver.session({ database: store.database });
  try {
    await session.run("MATCH (x) CALL (x) { DETACH DELETE x } IN TRANSACTIONS OF 10000 ROWS");
  } finally {
    await session.close();
  }
  await applySchema(store);
  const summary = await ingest(store, [path.join(PROJECT_ROOT, "seeds")]);
  if (summary.failed.length) throw new Error(`ingesting seeds/ for the browser tests failed: ${summary.failed.map((f) => `${f.file}: ${f.reason}`).join("; ")}`);
  await store.driver.executeQuery("CALL db.awaitIndexes(60)", {}, { database: store.database });
  // Without the answer cache: the browser tests load documents from their own processes
  // (xss.test.ts), which this server would see only after API_CACHE_SECONDS, as any other
  // process's writes. The cache has its own unit and integration tests.
  const reviewToken = "browser-review-token-0123456789";
  server = apiServer(createApp(store, { cache: { ttlMs: 0 }, reviewToken })).listen(0, "127.0.0.1");
  await new Promise<void>((resolve) => server!.once("listening", resolve));
  project.provide("appUrl", `http://127.0.0.1:${(server.address() as AddressInfo).port}`);
  project.provide("reviewToken", reviewToken);
}

export async function teardown() {
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  await store?.close();
}
