/** The worker thread of parallel.ts: extracts each document it is sent and posts the result back. */
import { parentPort } from "node:worker_threads";
import { extractDocument } from "./index.js";
import type { ExtractJob, WorkerReply } from "./parallel.js";

parentPort!.on("message", (job: ExtractJob) => {
  let reply: WorkerReply;
  try {
    reply = { extraction: extractDocument(job.read, job.docId, job.sidecar) };
  } catch (e) {
    reply = { error: e instanceof Error ? (e.stack ?? e.message) : String(e) };
  }
  parentPort!.postMessage(reply);
});
