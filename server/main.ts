/**
 * `npm start`: Neo4j (embedded unless NEO4J_URI is set), the schema, seeds/ when the graph is
 * empty, then the API and the explorer on one port. Ctrl-C / SIGTERM stop everything, the
 * embedded JVM included. An embedded JVM that dies is started again (server/store/connect.ts);
 * if that keeps failing, the server exits 1 so that a supervisor (systemd, docker) can act.
 */
import { apiServer, createApp } from "./api/app.js";
import { progressBar, printSummary } from "./cli/progress.js";
import { loadConfig } from "./config.js";
import { ingest } from "./ingest/index.js";
import { assertPortFree } from "./store/embedded.js";
import { openStore } from "./store/connect.js";
import { graphIsEmpty } from "./store/load.js";
import { applySchema } from "./store/schema.js";

async function main() {
  const config = loadConfig();
  const started = performance.now();
  await assertPortFree(config.http.port, "the explorer's HTTP port", "PORT");
  const store = await openStore(config.neo4j);
  const shutdown = async (signal: string) => {
    console.log(`\n${signal}: stopping${store.embedded ? " (waiting for the embedded Neo4j to checkpoint)" : ""}…`);
    server?.close();
    await store.close();
    process.exit(0);
  };
  let server: ReturnType<typeof apiServer> | undefined;
  store.onGiveUp((err) => {
    console.error(`error: ${err.message}; exiting so that a supervisor can restart the server`);
    server?.close();
    process.exit(1);
  });
  process.once("SIGINT", () => void shutdown("SIGINT"));
  process.once("SIGTERM", () => void shutdown("SIGTERM"));
  process.once("SIGHUP", () => void shutdown("SIGHUP"));

  if (!store.embedded) console.log(`Neo4j at ${store.uri} is up`);
  await applySchema(store);

  if (await graphIsEmpty(store)) {
    console.log(`the graph is empty: loading ${config.seedsDir}`);
    const bar = progressBar();
    const summary = await ingest(store, [config.seedsDir], { onProgress: bar.update, bulkMinDocuments: config.ingest.bulkMinDocuments, cacheDir: config.ingest.cacheDir });
    bar.stop();
    printSummary(summary);
  }

  const app = createApp(store, { cache: { ttlMs: config.http.cacheSeconds * 1000 }, reviewToken: config.review.token });
  server = apiServer(app, config.http.allowedHosts).listen(config.http.port, config.http.host, () => {
    const url = `http://${config.http.host === "0.0.0.0" ? "localhost" : config.http.host}:${config.http.port}/`;
    console.log(`ready in ${((performance.now() - started) / 1000).toFixed(1)}s: open ${url}`);
    console.log(`review token (to correct the graph${config.review.fromEnv ? ", from REVIEW_TOKEN" : "; set REVIEW_TOKEN to keep one"}): ${config.review.token}`);
  });
}

main().catch((err: Error) => {
  console.error(`error: ${err.message}`);
  process.exit(1);
});
