/**
 * `npm run ingest -- PATH...` loads files and folders into the graph;
 * `npm run ingest -- --remove DOCID...` removes documents and what only they supported.
 * Uses the same Neo4j settings as `npm start` (embedded unless NEO4J_URI is set).
 */
import { parseArgs } from "node:util";
import { loadConfig } from "../config.js";
import { ingest } from "../ingest/index.js";
import { openStore } from "../store/connect.js";
import { removeDocuments } from "../store/load.js";
import { applySchema } from "../store/schema.js";
import { printable, printSummary, progressBar } from "./progress.js";

const USAGE = "usage: npm run ingest -- [--force] PATH...   |   npm run ingest -- --remove DOCID...";

async function main() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { remove: { type: "boolean" }, force: { type: "boolean" }, help: { type: "boolean", short: "h" } },
  });
  if (values.help || positionals.length === 0) {
    console.log(USAGE);
    process.exit(values.help ? 0 : 2);
  }
  const config = loadConfig();
  const store = await openStore(config.neo4j);
  try {
    await applySchema(store);
    if (values.remove) {
      const { removed, unknown } = await removeDocuments(store, positionals);
      if (removed.length > 0) console.log(`removed ${removed.join(", ")} and the entities only they supported`);
      if (unknown.length > 0) {
        console.error(`no stored document has the id ${unknown.join(", ")} (a document's id is its file name without extension)`);
        process.exitCode = 1;
      }
      return;
    }
    const bar = progressBar();
    const summary = await ingest(store, positionals, { onProgress: bar.update, force: values.force, bulkMinDocuments: config.ingest.bulkMinDocuments, cacheDir: config.ingest.cacheDir });
    bar.stop();
    printSummary(summary);
    if (summary.failed.length > 0) process.exitCode = 1;
  } finally {
    await store.close();
  }
}

main().catch((err: Error) => {
  console.error(`error: ${printable(err.message)}`);
  process.exit(1);
});
