/**
 * Extraction of many documents at once, one worker thread per core: extractDocument is pure and
 * CPU-bound, so a corpus split across threads scales with the cores. Each worker takes the next
 * document when it finishes one (long and short documents balance out); results come back in
 * input order, equal to what extractDocument returns in-process.
 */
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { ReadResult } from "../read/types.js";
import type { Extraction } from "../schema/graph.js";
import type { SidecarHints } from "../schema/sidecar.js";

export interface ExtractJob {
  read: ReadResult;
  docId: string;
  sidecar?: SidecarHints;
}

/** What the worker (parallel-worker.ts) answers for job `index`. */
export type WorkerReply = { index: number; extraction: Extraction } | { index: number; error: string };

const WORKER = new URL("./parallel-worker.mjs", import.meta.url);

/** Extracts every job on `workers` threads (default: one per core), results in input order. */
export async function extractAll(jobs: ExtractJob[], opts: { workers?: number } = {}): Promise<Extraction[]> {
  const count = Math.max(1, Math.min(opts.workers ?? availableParallelism(), jobs.length));
  const results = new Array<Extraction>(jobs.length);
  let next = 0;
  const run = (worker: Worker) =>
    new Promise<void>((resolve, reject) => {
      const give = () => {
        if (next >= jobs.length) return resolve();
        const index = next++;
        worker.postMessage({ index, job: jobs[index] });
      };
      worker.on("message", (reply: WorkerReply) => {
        if ("error" in reply) return reject(new Error(`extracting ${jobs[reply.index]!.docId} failed in a worker thread: ${reply.error}`));
        results[reply.index] = reply.extraction;
        give();
      });
      worker.on("error", reject);
      // Only terminate() ends a worker once its promise is settled; any earlier exit lost documents.
      worker.on("exit", (code) => reject(new Error(`an extraction worker thread exited (code ${code}) before its documents were done`)));
      give();
    });
  const workers = Array.from({ length: count }, () => new Worker(WORKER));
  try {
    await Promise.all(workers.map(run));
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return results;
}
