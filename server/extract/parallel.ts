/**
 * Extraction of many documents at once, one worker thread per core: extractDocument is pure and
 * CPU-bound, so a corpus split across threads scales with the cores. Each worker takes the next
 * queued document when it finishes one (long and short documents balance out); results are
 * what extractDocument returns in-process, and extractAll gives them in input order.
 *
 * Each worker runs under a heap limit and each document under a deadline (#20): a document that
 * exhausts the heap or runs past the deadline fails with TOO_LARGE or TIMEOUT, its worker is
 * replaced, and the other documents go on.
 */
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { ReadError } from "../read/types.js";
import type { ReadResult } from "../read/types.js";
import type { Extraction } from "../schema/graph.js";
import type { SidecarHints } from "../schema/sidecar.js";

/** A document already read. */
export interface ExtractJob {
  read: ReadResult;
  docId: string;
  sidecar?: SidecarHints;
}

/**
 * A file to read and extract in the worker; `unchangedFingerprint` skips extraction when it still
 * matches, and `cacheDir` takes a kept extraction of the same file and code (cache.ts) instead.
 */
export interface FileJob {
  file: string;
  docId: string;
  sidecar?: SidecarHints;
  unchangedFingerprint?: string;
  cacheDir?: string;
}

/** What the worker (parallel-worker.ts) answers for the job it was sent. */
export type WorkerReply =
  | { extraction: Extraction; cached?: true }
  | { unchanged: true }
  | { readError: { code: ReadError["code"]; reason: string } }
  | { error: string };

/** What a file job yields: its extraction, or "unchanged" when its fingerprint still matched. */
export type FileOutcome = { extraction: Extraction; cached?: true } | { unchanged: true };

/**
 * Old-generation heap per worker. The 90 seeds peak at about 60 MB in a worker (gazetteer and
 * jieba included); a limit well above that, times the cores, keeps an ingest under 1 GB.
 */
export const WORKER_HEAP_MB = 256;
/** Per document, reading included. A 5 MB text file extracts in a few seconds on one core. */
export const DOCUMENT_DEADLINE_MS = 60_000;

/** A document that hit a worker's limit: TOO_LARGE (heap) or TIMEOUT (deadline). */
export class ExtractionLimitError extends Error {
  override name = "ExtractionLimitError";
  constructor(
    readonly code: "TOO_LARGE" | "TIMEOUT",
    message: string,
  ) {
    super(message);
  }
}

export interface PoolOptions {
  /** Worker threads (default: one per core). */
  workers?: number;
  /** Old-generation heap limit of each worker, MB (default WORKER_HEAP_MB). */
  heapMb?: number;
  /** Time one document may take, ms (default DOCUMENT_DEADLINE_MS). */
  deadlineMs?: number;
}

export interface ExtractionPool {
  /** Its number of worker threads. */
  readonly size: number;
  /** Extracts one document on the next free worker. */
  extract(job: ExtractJob): Promise<Extraction>;
  /** Reads and extracts one file on the next free worker; a ReadError is thrown as one. */
  extractFile(job: FileJob): Promise<FileOutcome>;
  /** Stops the workers; documents still queued are rejected. */
  close(): Promise<void>;
}

interface Task {
  job: ExtractJob | FileJob;
  resolve: (reply: WorkerReply) => void;
  reject: (error: Error) => void;
  timer?: NodeJS.Timeout;
}

const WORKER = new URL("./parallel-worker.mjs", import.meta.url);

/**
 * Worker threads kept for many documents: each worker loads the gazetteer and jieba and warms
 * up once (about a second of CPU), so a long-running process keeps one pool.
 */
export function createExtractionPool(opts: PoolOptions = {}): ExtractionPool {
  const heapMb = opts.heapMb ?? WORKER_HEAP_MB;
  const deadlineMs = opts.deadlineMs ?? DOCUMENT_DEADLINE_MS;
  const queue: Task[] = [];
  const idle: Worker[] = [];
  const busy = new Map<Worker, Task>();
  const workers = new Set<Worker>();
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
      task.timer = setTimeout(() => {
        busy.delete(worker);
        task.reject(new ExtractionLimitError("TIMEOUT", `reading and extracting ${task.job.docId} took longer than ${deadlineMs / 1000} s; split the document, or check that it is the document you meant`));
        void worker.terminate();
      }, deadlineMs);
      worker.postMessage(task.job);
    }
  };
  const start = () => {
    const worker = new Worker(WORKER, { resourceLimits: { maxOldGenerationSizeMb: heapMb } });
    workers.add(worker);
    let crash: (Error & { code?: string }) | null = null;
    let ready = false;
    worker.on("message", (reply: WorkerReply | "ready") => {
      // A worker takes documents once it has loaded, so that its start-up is not charged to a deadline.
      if (reply === "ready") {
        ready = true;
        idle.push(worker);
        return dispatch();
      }
      const task = busy.get(worker);
      // A reply that lost the race with the deadline: the worker is being terminated.
      if (!task) return;
      busy.delete(worker);
      clearTimeout(task.timer);
      task.resolve(reply);
      idle.push(worker);
      dispatch();
    });
    worker.on("error", (e) => (crash = e));
    worker.on("exit", (code) => {
      workers.delete(worker);
      const task = busy.get(worker);
      busy.delete(worker);
      const timedOut = ready && !task && !idle.includes(worker);
      if (task) {
        clearTimeout(task.timer);
        task.reject(
          crash?.code === "ERR_WORKER_OUT_OF_MEMORY"
            ? new ExtractionLimitError("TOO_LARGE", `reading and extracting ${task.job.docId} needed more than the ${heapMb} MB a worker may use; split the document, or check that it is the document you meant`)
            : new Error(`an extraction worker thread stopped (exit code ${code}${crash ? `: ${crash.message}` : ""}) while extracting ${task.job.docId}`),
        );
      }
      // A worker lost to one document's limit is replaced; one that stops on its own is a broken pool.
      if (failure) return;
      if (task || timedOut) {
        start();
      } else fail(new Error(`an extraction worker thread stopped (exit code ${code}${crash ? `: ${crash.message}` : ""})`));
    });
  };
  const size = Math.max(1, opts.workers ?? availableParallelism());
  for (let i = 0; i < size; i++) start();
  const run = (job: ExtractJob | FileJob) =>
    new Promise<WorkerReply>((resolve, reject) => {
      if (failure) return reject(failure);
      queue.push({ job, resolve, reject });
      dispatch();
    });
  return {
    size,
    async extract(job) {
      const reply = await run(job);
      if ("extraction" in reply) return reply.extraction;
      throw new Error(`extracting ${job.docId} failed in a worker thread: ${"error" in reply ? reply.error : JSON.stringify(reply)}`);
    },
    async extractFile(job) {
      const reply = await run(job);
      if ("readError" in reply) throw new ReadError(reply.readError.code, job.file, reply.readError.reason);
      if ("error" in reply) throw new Error(`extracting ${job.docId} failed in a worker thread: ${reply.error}`);
      return reply;
    },
    async close() {
      fail(new Error("the extraction pool was closed before these documents were extracted"));
      await Promise.all([...workers].map((w) => w.terminate()));
    },
  };
}

/** Extracts every job on `workers` threads (default: one per core) started for them, results in input order. */
export async function extractAll(jobs: ExtractJob[], opts: PoolOptions = {}): Promise<Extraction[]> {
  if (jobs.length === 0) return [];
  const pool = createExtractionPool({ ...opts, workers: Math.min(opts.workers ?? availableParallelism(), jobs.length) });
  try {
    return await Promise.all(jobs.map((job) => pool.extract(job)));
  } finally {
    await pool.close();
  }
}
