/**
 * Neo4j dies in the middle of an ingest: the ingest stops with an error that says what
 * happened and what to do, the API answers 503 while Neo4j is away and recovers by itself
 * when it is back, and a rerun after restart ends with exactly the graph of an uninterrupted
 * run (same checksum): no duplicates, no half-loaded document.
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
import { startApi } from "../support/api.js";
import { edgesPerDocument, graphChecksum, integrityProblems } from "../support/checksum.js";
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
  const store = await connectStore(neo.uri, "neo4j", neo.auth, neo);
  await applySchema(store);
  return { neo, store };
}

afterAll(() => {
  fs.rmSync(corpus, { recursive: true, force: true });
  fs.rmSync(home, { recursive: true, force: true });
});

describe("a Neo4j that dies mid-ingest", () => {
  it("stops the ingest with a clear error, answers 503 meanwhile, and a rerun after restart gives the uninterrupted graph", { timeout: 600_000 }, async () => {
    const t0 = performance.now();
    const lap = (what: string) => console.log(`${what}: ${((performance.now() - t0) / 1000).toFixed(1)}s`);
    const reference = await testStore();
    await resetGraph(reference);
    await ingest(reference, [corpus], { batchDocuments: 10 });
    const expected = await graphCounts(reference);
    const expectedChecksum = await graphChecksum(reference);
    const expectedEdges = await edgesPerDocument(reference);
    await reference.close();
    lap("reference");

    const port = await freePort();
    const first = await startOwn(port);
    // The API keeps the driver it started with: recovering must not need a restart of the app.
    const api = await startApi(first.store);
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
    for (const path of ["/api/health", "/api/search?q=新材料"]) {
      const down = await api.get(path);
      expect(down.status, path).toBe(503);
      expect((await down.json()).error.code).toBe("NEO4J_UNAVAILABLE");
    }
    lap("interrupted; the API answers 503");

    const second = await startOwn(port);
    try {
      lap("restarted");
      // Back by itself: no restart of the app, only patience while Neo4j warms up.
      for (let tries = 0; tries < 120 && (await api.get("/api/health")).status !== 200; tries++) await new Promise((r) => setTimeout(r, 500));
      for (const path of ["/api/health", "/api/search?q=新材料", "/api/stats"]) expect((await api.get(path)).status, path).toBe(200);
      const partial = await graphCounts(second.store);
      expect(partial.nodes).toBeLessThan(expected.nodes);
      // Whole batches or nothing: the documents that survived the crash are a multiple of ten,
      // each with all of its edges.
      const survivors = await edgesPerDocument(second.store);
      const survived = Object.keys(survivors).length;
      expect(survived % 10).toBe(0);
      for (const [id, edges] of Object.entries(survivors)) expect(edges, id).toBe(expectedEdges[id]);
      expect(await integrityProblems(second.store)).toEqual([]);
      const rerun = await ingest(second.store, [corpus], { batchDocuments: 10 });
      expect(rerun.failed).toEqual([]);
      expect(rerun.unchanged).toBe(survived);
      expect(await graphCounts(second.store)).toEqual(expected);
      expect(await graphChecksum(second.store)).toEqual(expectedChecksum);
      expect(await integrityProblems(second.store)).toEqual([]);
    } finally {
      await api.close();
      await first.store.driver.close();
      await second.store.close();
    }
  });
});
