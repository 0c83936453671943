/**
 * The worker thread of parallel.ts: extracts each document it is sent and posts the result back.
 * A file job is read here too, so that a hostile file's decoding (a docx that inflates to
 * gigabytes, a PDF page tree that never ends) happens under the worker's memory limit.
 */
import { parentPort } from "node:worker_threads";
import { readDocument } from "../read/index.js";
import { ReadError } from "../read/types.js";
import { cachedExtraction, keepExtraction } from "./cache.js";
import { extractDocument, fingerprint } from "./index.js";
import type { ExtractJob, FileJob, WorkerReply } from "./parallel.js";

async function answer(job: ExtractJob | FileJob): Promise<WorkerReply> {
  if (!("file" in job)) return { extraction: extractDocument(job.read, job.docId, job.sidecar) };
  const read = await readDocument(job.file);
  const fp = fingerprint(read.contentHash, job.sidecar);
  if (job.unchangedFingerprint === fp) return { unchanged: true };
  if (!job.cacheDir) return { extraction: extractDocument(read, job.docId, job.sidecar) };
  const kept = cachedExtraction(job.cacheDir, job.file, job.docId, fp);
  if (kept) return { extraction: kept, cached: true };
  const extraction = extractDocument(read, job.docId, job.sidecar);
  keepExtraction(job.cacheDir, job.file, job.docId, fp, extraction);
  return { extraction };
}

parentPort!.on("message", (job: ExtractJob | FileJob) => {
  answer(job).then(
    (reply) => parentPort!.postMessage(reply),
    (e: unknown) =>
      parentPort!.postMessage(
        e instanceof ReadError
          ? { readError: { code: e.code, reason: e.message.replace(`${e.file}: `, "") } }
          : { error: e instanceof Error ? (e.stack ?? e.message) : String(e) },
      ),
  );
});
parentPort!.postMessage("ready");
