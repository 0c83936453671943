/**
 * file → text → entities → Neo4j for a set of files: the one ingest used by `npm run ingest`,
 * by the start command for seeds/, and by the tests. Files whose bytes are unchanged since
 * they were loaded are skipped; a bad file is reported and the others go on.
 */
import fs from "node:fs";
import { availableParallelism } from "node:os";
import path from "node:path";
import { updateSimilarity } from "../analysis/similarity/store.js";
import { pruneExtractionCache } from "../extract/cache.js";
import { createExtractionPool, ExtractionLimitError } from "../extract/parallel.js";
import { ReadError } from "../read/types.js";
import { Extraction, type Disagreement } from "../schema/graph.js";
import type { Store } from "../store/connect.js";
import { storedFingerprints } from "../store/load.js";
import { collectFiles, documentId } from "./files.js";
import { chooseLoader } from "./loaders.js";
import { readSidecars, type SidecarReport } from "./sidecar.js";

export interface IngestProgress {
  done: number;
  total: number;
  entities: number;
  relations: number;
  file: string;
}

export interface IngestSummary {
  files: number;
  loaded: number;
  unchanged: number;
  /** Of the loaded, those whose extraction was kept from an earlier run (same bytes and code). */
  cached: number;
  /** code: a ReadError's code (EMPTY, BINARY, TOO_LARGE …), TIMEOUT, DUPLICATE_ID or EXTRACTION_FAILED. */
  failed: { file: string; code: string; reason: string }[];
  warnings: { file: string; warning: string }[];
  /** Sidecars read, and their rows without a file, files without a row and unreadable rows. */
  sidecar: SidecarReport;
  /** Where a loaded document's text and its sidecar row differ (the text's value was kept). */
  disagreements: ({ file: string } & Disagreement)[];
  entities: number;
  relations: number;
  seconds: number;
}

export interface IngestOptions {
  onProgress?: (p: IngestProgress) => void;
  /** Load even when the stored content hash matches. */
  force?: boolean;
  /** Documents per transaction at most (default 200); a batch is also cut at 20,000 relations. */
  batchDocuments?: number;
  /**
   * A first load of at least this many documents into the empty embedded Neo4j this process
   * runs goes through neo4j-admin's offline importer instead of transactions (loaders.ts;
   * default BULK_MIN_DOCUMENTS, Infinity: never).
   */
  bulkMinDocuments?: number;
  /** Where extractions are kept between runs (server/extract/cache.ts); unset: none are. */
  cacheDir?: string;
}

type Outcome = { extraction: Extraction; cached?: true } | { unchanged: true } | { failed: { code: string; reason: string } };

/** The summary's entry for a file that could not be read or extracted. */
function failure(err: Error, file: string): { code: string; reason: string } {
  if (err instanceof ReadError) return { code: err.code, reason: err.message.replace(`${file}: `, "") };
  if (err instanceof ExtractionLimitError) return { code: err.code, reason: err.message };
  return { code: "EXTRACTION_FAILED", reason: `extraction failed: ${err.message}` };
}

/** A batch is flushed at this many relations, so one transaction stays well inside the heap. */
const BATCH_RELATIONS = 20_000;
const BATCH_DOCUMENTS = 200;

export { BULK_MIN_DOCUMENTS, StoreUnavailableError } from "./loaders.js";

export async function ingest(store: Store, inputs: string[], options: IngestOptions = {}): Promise<IngestSummary> {
  const started = performance.now();
  const files = collectFiles(inputs);
  const sidecars = readSidecars(inputs, files);
  const summary: IngestSummary = {
    files: files.length,
    loaded: 0,
    unchanged: 0,
    cached: 0,
    failed: [],
    warnings: [],
    sidecar: sidecars.report,
    disagreements: [],
    entities: 0,
    relations: 0,
    seconds: 0,
  };
  const ids = new Map<string, string>();
  for (const file of files) {
    const id = documentId(file);
    const other = ids.get(id);
    if (other) summary.failed.push({ file, code: "DUPLICATE_ID", reason: `its document id "${id}" is already taken by ${other}; rename one of the files` });
    else ids.set(id, file);
  }
  const stored = await storedFingerprints(store, [...ids.keys()]);

  const loader = await chooseLoader(store, ids.size, options.bulkMinDocuments);
  let batch: Extraction[] = [];
  let batchRelations = 0;
  const flush = async () => {
    const full = batch;
    batch = [];
    batchRelations = 0;
    await loader.add(full);
  };

  // Files are read and extracted in worker threads with memory and time limits, a window of
  // them ahead of the one being batched, and are batched in their sorted order (same graph).
  const entries = [...ids];
  if (options.cacheDir) pruneExtractionCache(options.cacheDir);
  const pool = createExtractionPool({ workers: Math.min(availableParallelism(), Math.max(1, entries.length)) });
  const ahead: Promise<Outcome>[] = [];
  let next = 0;
  const outcome = (id: string, file: string): Promise<Outcome> => {
    const hints = sidecars.byFile.get(file);
    const before = stored.get(id);
    // Another file's name may reduce to the same id (a b.txt / a_b.txt, names cut at 120
    // characters), or be the same name in another folder. A file whose stored source is gone was
    // moved, and keeps its id (it is loaded again, to store where it now is); one whose namesake
    // is still there is a different document.
    const movedHere = before !== undefined && path.basename(before.sourceFile) === path.basename(file) && !fs.existsSync(before.sourceFile);
    if (before && before.sourceFile !== file && !movedHere) {
      return Promise.resolve({
        failed: {
          code: "DUPLICATE_ID",
          reason: `its document id "${id}" is already taken by the stored document read from ${before.sourceFile}; rename this file, or remove that document first (npm run ingest -- --remove ${id})`,
        },
      });
    }
    const job = {
      file,
      docId: id,
      ...(hints ? { sidecar: hints } : {}),
      ...(!options.force && before && !movedHere ? { unchangedFingerprint: before.fingerprint } : {}),
      ...(options.cacheDir ? { cacheDir: options.cacheDir } : {}),
    };
    return pool.extractFile(job).then(
      (r) => r,
      (err: Error) => ({ failed: failure(err, file) }),
    );
  };

  let done = 0;
  try {
    for (const [id, file] of entries) {
      while (next < entries.length && ahead.length < pool.size * 2) ahead.push(outcome(...entries[next++]!));
      const result = await ahead.shift()!;
      if ("failed" in result) summary.failed.push({ file, ...result.failed });
      else if ("unchanged" in result) summary.unchanged++;
      else {
        if (result.cached) summary.cached++;
        const extraction = Extraction.parse(result.extraction);
        for (const warning of extraction.warnings) summary.warnings.push({ file, warning });
        for (const d of extraction.document.disagreements) summary.disagreements.push({ file, ...d });
        summary.entities += extraction.entities.length;
        summary.relations += extraction.relations.length;
        batch.push(extraction);
        batchRelations += extraction.relations.length;
        if (batchRelations >= BATCH_RELATIONS || batch.length >= (options.batchDocuments ?? BATCH_DOCUMENTS)) await flush();
      }
      options.onProgress?.({ done: ++done, total: ids.size, entities: summary.entities, relations: summary.relations, file });
    }
    if (batch.length > 0) await flush();
    summary.loaded += await loader.finish();
  } finally {
    loader.close();
    await pool.close();
  }
  await updateSimilarity(store);
  summary.seconds = (performance.now() - started) / 1000;
  return summary;
}
