/**
 * Neo4j dies in the middle of an ingest: the ingest stops with an error that says what
 * happened and what to do, and a rerun after restart ends with exactly the counts of an
 * uninterrupted run: no duplicates, no half-loaded document.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ingest, StoreUnavailableError } from "../../server/ingest/index.js";
import { connectStore, type Store } from "../../server/store/connect.js";
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from "../../server/store/embedded.js";
import { applySchema } from "../../server/store/schema.js";
import { freePort } from "../setup/neo4j.js";
import { FIVE_SEEDS } from "../support/seeds.js";
import { graphCounts, resetGraph, testStore } from "../support/store.js";

const corpus = fs.mkdtempSync(path.join(os.tmpdir(), "policy-graph-faults-corpus-"));
const home = fs.mkdtempSync(path.join(os.tmpdir(), "policy-graph-faults-neo4j-"));
// Thirty documents: the seeds six times over under other names (each its own document).
for (let copy = 0; copy < 6; copy++) {
  for (const f of FIVE_SEEDS) fs.copyFileSync(f, path.join(corpus, `copy${copy}-${path.basename(f)}`));
}

async function startOwn(port: number): Promise<{ neo: EmbeddedNeo4j; store: Store }> {
  const neo = await startEmbeddedNeo4j({ home, boltPort: port, heap: "1g", pageCacheMb: 64 });
  const store = await connectStore(neo.uri, "neo4j", undefined, neo);
  await applySchema(store);
  return { neo, store };
}

afterAll(() => {
  fs.rmSync(corpus, { recursive: true, force: true });
  fs.rmSync(home, { recursive: true, force: true });
});

describe("a Neo4j that dies mid-ingest", () => {
  it("stops the ingest with a clear error, and a rerun after restart gives the uninterrupted counts", { timeout: 400_000 }, async () => {
    const t0 = performance.now();
    const lap = (what: string) => console.log(`${what}: ${((performance.now() - t0) / 1000).toFixed(1)}s`);
    const reference = await testStore();
    await resetGraph(reference);
    await ingest(reference, [corpus], { batchDocuments: 10 });
    const expected = await graphCounts(reference);
    await reference.close();
    lap("reference");

    const port = await freePort();
    const first = await startOwn(port);
    let killed = false;
    const interrupted = ingest(first.store, [corpus], {
      batchDocuments: 10,
      onProgress: (p) => {
        if (p.done === 14 && !killed) {
          killed = true;
          process.kill(first.neo.pid, "SIGKILL");
        }
      },
    });
    await expect(interrupted).rejects.toThrow(StoreUnavailableError);
    await expect(interrupted).rejects.toThrow(/rerun the same command/);
    await first.store.driver.close();
    lap("interrupted");

    const second = await startOwn(port);
    try {
      lap("restarted");
      const partial = await graphCounts(second.store);
      expect(partial.nodes).toBeLessThan(expected.nodes);
      // Whole batches or nothing: the documents that survived the crash are a multiple of ten.
      const { records } = await second.store.driver.executeQuery("MATCH (d:Document) RETURN count(d) AS n");
      const survived = Number(records[0]!.get("n"));
      expect(survived % 10).toBe(0);
      const rerun = await ingest(second.store, [corpus], { batchDocuments: 10 });
      expect(rerun.failed).toEqual([]);
      expect(rerun.unchanged).toBe(survived);
      expect(await graphCounts(second.store)).toEqual(expected);
    } finally {
      await second.store.close();
    }
  });
});
