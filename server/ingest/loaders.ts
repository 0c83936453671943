/**
 * Where ingest's batches go: transactions (orderedLoads), two open at once and overlapping the
 * extraction of the next batch, or, for a big first load into the empty embedded Neo4j this process runs,
 * CSV files that neo4j-admin imports once extraction is done (server/store/bulk).
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Extraction } from "../schema/graph.js";
import { BulkImportError, importGraph, prepareImport, writeGraphFiles } from "../store/bulk/index.js";
import type { Store } from "../store/connect.js";
import { graphIsEmpty, orderedLoads } from "../store/load.js";

/**
 * The bulk import has a fixed cost of a few seconds whatever the size (Neo4j's restart, the
 * schema built afterwards, the importer's own set-up), then loads faster. On 2 cores, the 90
 * seed documents (extraction included) took 10.0-10.4 s in bulk against 11.0 s in
 * transactions, and 1,000 documents of npm run bench:ingest's synthetic corpus 14 s against
 * 37 s. Below some 100 documents the two take about as long, and transactions restart nothing.
 */
export const BULK_MIN_DOCUMENTS = 100;

export class StoreUnavailableError extends Error {
  override name = "StoreUnavailableError";
}

export interface Loader {
  /** Takes one batch; throws StoreUnavailableError or BulkImportError when loading fails. */
  add(batch: Extraction[]): Promise<void>;
  /** Waits until everything added is stored; resolves to the number of documents stored. */
  finish(): Promise<number>;
  /** Frees what the loader holds (temporary files), whether or not it finished. */
  close(): void;
}

/**
 * The bulk loader when the store runs its own Neo4j, its graph is empty and at least
 * `bulkMinDocuments` documents are to be loaded; transactions otherwise.
 */
export async function chooseLoader(store: Store, documents: number, bulkMinDocuments = BULK_MIN_DOCUMENTS): Promise<Loader> {
  const bulk = store.ownNeo4j !== undefined && documents >= bulkMinDocuments && (await graphIsEmpty(store));
  return bulk ? bulkLoader(store) : transactionLoader(store);
}

/**
 * Batches in a transaction each, two at a time (orderedLoads keeps the graph the one of a
 * sequential load): on 2 cores, npm run bench:ingest loaded 1,000 synthetic documents in 45.5 s
 * against 89.5 s one at a time in the same run; three at a time took twice as long as two.
 */
export const OPEN_TRANSACTIONS = 2;

function transactionLoader(store: Store): Loader {
  const load = orderedLoads(store);
  const pending = new Set<Promise<void>>();
  let loaded = 0;
  let loadError: StoreUnavailableError | null = null;
  const check = () => {
    if (loadError) throw loadError;
  };
  return {
    async add(batch) {
      check();
      // Extraction of the next batch overlaps with these loads: one is CPU here, the other is Neo4j.
      while (pending.size >= OPEN_TRANSACTIONS) await Promise.race(pending);
      check();
      const done: Promise<void> = load(batch).then(
        () => {
          loaded += batch.length;
        },
        (err: Error) => {
          // A batch after a failed one fails for that reason: the first failure is the one to tell.
          loadError ??= new StoreUnavailableError(
            `loading ${batch.length} documents (${batch[0]?.document.sourceFile} …) into Neo4j at ${store.uri} failed: ${err.message}. ` +
              `Nothing of that batch or those after it was stored; once Neo4j is back, rerun the same command: documents already loaded are skipped.`,
          );
        },
      );
      pending.add(done);
      void done.then(() => pending.delete(done));
    },
    async finish() {
      await Promise.all(pending);
      check();
      return loaded;
    },
    close() {},
  };
}

function bulkLoader(store: Store): Loader {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "policy-graph-import-"));
  const importer = prepareImport(store, dir);
  const writer = writeGraphFiles(dir);
  return {
    async add(batch) {
      writer.add(batch);
    },
    async finish() {
      const files = writer.finish();
      // Every file failed to read or extract: nothing to import (the importer needs nodes).
      if (files.counts.documents === 0) return 0;
      try {
        await importGraph(store, files, importer);
      } catch (err) {
        throw new BulkImportError(
          `bulk-importing ${files.counts.documents} documents into the empty graph failed: ${(err as Error).message}. ` +
            `Rerun with BULK_IMPORT_MIN_DOCUMENTS=off to load them through transactions instead`,
        );
      }
      return files.counts.documents;
    },
    close() {
      importer.close();
      writer.remove();
    },
  };
}
