/**
 * Extraction of many documents at once, one worker thread per core: extractDocument is pure and
 * CPU-bound, so a corpus split across threads scales with the cores. Each worker takes the next
 * queued document when it finishes one (long and short documents balance out); results are
 * what extractDocument returns in-process, and extractAll gives them in input order.
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

/** What the worker (parallel-worker.ts) answers for the job it was sent. */
export type WorkerReply = { extraction: Extraction } | { error: string };

export interface ExtractionPool {
  /** Extracts one document on the next free worker. */
  extract(job: ExtractJob): Promise<Extraction>;
  /** Stops the workers; documents still queued are rejected. */
  close(): Promise<void>;
}

interface Task {
  job: ExtractJob;
  resolve: (extraction: Extraction) => void;
  reject: (error: Error) => void;
}

const WORKER = new URL("./parallel-worker.mjs", import.meta.url);

/**
 * Worker threads kept for many documents: each worker loads the gazetteer and jieba and warms
 * up once (about a second of CPU), so a long-running process keeps one pool.
 */
export function createExtractionPool(opts: { workers?: number } = {}): ExtractionPool {
  const queue: Task[] = [];
  const idle: Worker[] = [];
  const busy = new Map<Worker, Task>();
  let failure: Error | null = null;
  const fail = (error: Error) => {
    failure ??= error;
    for (const task of queue.splice(0)) task.reject(failure);
  };
  const dispatch = () => {
    while (idle.length > 0 && queue.length > 0) {
      const worker = idle.pop()!;
      const task = queue.shift()!;
      busy.set(worker, task);
      worker.postMessage(task.job);
    }
  };
  const start = () => {
    const worker = new Worker(WORKER);
    let crash: Error | null = null;
    worker.on("message", (reply: WorkerReply) => {
      const task = busy.get(worker)!;
      busy.delete(worker);
      if ("error" in reply) task.reject(new Error(`extracting ${task.job.docId} failed in a worker thread: ${reply.error}`));
      else task.resolve(reply.extraction);
      idle.push(worker);
      dispatch();
    });
    worker.on("error", (e) => (crash = e));
    worker.on("exit", (code) => {
      const task = busy.get(worker);
      busy.delete(worker);
      const error = new Error(`an extraction worker thread stopped (exit code ${code}${crash ? `: ${crash.message}` : ""})${task ? ` while extracting ${task.job.docId}` : ""}`);
      task?.reject(error);
      fail(error);
    });
    idle.push(worker);
    return worker;
  };
  const workers = Array.from({ length: Math.max(1, opts.workers ?? availableParallelism()) }, start);
  return {
    extract: (job) =>
      new Promise((resolve, reject) => {
        if (failure) return reject(failure);
        queue.push({ job, resolve, reject });
        dispatch();
      }),
    async close() {
      fail(new Error("the extraction pool was closed before these documents were extracted"));
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}

/** Extracts every job on `workers` threads (default: one per core) started for them, results in input order. */
export async function extractAll(jobs: ExtractJob[], opts: { workers?: number } = {}): Promise<Extraction[]> {
  if (jobs.length === 0) return [];
  const pool = createExtractionPool({ workers: Math.min(opts.workers ?? availableParallelism(), jobs.length) });
  try {
    return await Promise.all(jobs.map((job) => pool.extract(job)));
  } finally {
    await pool.close();
  }
}
