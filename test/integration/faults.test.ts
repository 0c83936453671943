/**
 * The embedded Neo4j's JVM is killed (SIGKILL) in the middle of an ingest: the ingest stops
 * with an error that says what happened and what to do, the API answers 503 STORE_UNAVAILABLE
 * at once while Neo4j is away, the store starts a new JVM by itself and the API answers 200
 * again without a restart of the app, and a rerun ends with exactly the graph of an
 * uninterrupted run (same checksum): no duplicates, no half-loaded document.
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

describe("an embedded Neo4j killed mid-ingest", () => {
  it("stops the ingest with a clear error, answers 503 at once meanwhile, is started again by itself, and a rerun gives the uninterrupted graph", { timeout: 600_000 }, async () => {
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
    const { neo, store } = await startOwn(port);
    // The API keeps the store it started with: recovering must not need a restart of the app.
    const api = await startApi(store);
    let killedAt = 0;
    const interrupted = ingest(store, [corpus], {
      batchDocuments: 10,
      onProgress: (p) => {
        if (p.done === 14 && !killedAt) {
          killedAt = performance.now();
          process.kill(neo.pid, "SIGKILL");
        }
      },
    });
    try {
      await expect(interrupted).rejects.toThrow(StoreUnavailableError);
      await expect(interrupted).rejects.toThrow(/rerun the same command/);
      lap("interrupted");
      // A new JVM takes seconds to start: the store is still down here.
      expect(store.outage()?.reason).toMatch(/exited \(SIGKILL\)/);
      for (const path of ["/api/health", "/api/search?q=新材料", "/api/documents"]) {
        const asked = performance.now();
        const down = await api.get(path);
        console.log(`${path} while Neo4j is down: ${down.status} in ${(performance.now() - asked).toFixed(0)} ms`);
        expect(down.status, path).toBe(503);
        expect(down.headers.get("retry-after"), path).toMatch(/^\d+$/);
        expect((await down.json()).error, path).toMatchObject({ code: "STORE_UNAVAILABLE", message: expect.stringContaining("being started again") });
      }

      for (let tries = 0; tries < 240 && (await api.get("/api/health")).status !== 200; tries++) await new Promise((r) => setTimeout(r, 250));
      console.log(`back by itself ${((performance.now() - killedAt) / 1000).toFixed(1)} s after the kill`);
      expect(store.ownNeo4j!.pid()).not.toBe(neo.pid);
      expect(store.outage()).toBeNull();
      for (const path of ["/api/health", "/api/search?q=新材料", "/api/stats"]) expect((await api.get(path)).status, path).toBe(200);
      const partial = await graphCounts(store);
      expect(partial.nodes).toBeLessThan(expected.nodes);
      // Whole batches or nothing: the documents that survived the crash are a multiple of ten,
      // each with all of its edges.
      const survivors = await edgesPerDocument(store);
      const survived = Object.keys(survivors).length;
      expect(survived % 10).toBe(0);
      for (const [id, edges] of Object.entries(survivors)) expect(edges, id).toBe(expectedEdges[id]);
      expect(await integrityProblems(store)).toEqual([]);
      const rerun = await ingest(store, [corpus], { batchDocuments: 10 });
      expect(rerun.failed).toEqual([]);
      expect(rerun.unchanged).toBe(survived);
      expect(await graphCounts(store)).toEqual(expected);
      expect(await graphChecksum(store)).toEqual(expectedChecksum);
      expect(await integrityProblems(store)).toEqual([]);
    } finally {
      await api.close();
      await store.close();
    }
  });
});
