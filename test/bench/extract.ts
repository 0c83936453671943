/**
 * `npm run bench:extract`: throughput of the whole extraction pipeline (extractDocument) on
 * the seed documents, repeated until the input reaches 5 MB. Reading is left out: the
 * ReadResults are built once in memory, as the reader would normalise them.
 *
 * Per core: the batch extracted in this thread, twice. The first pass is what a fresh process
 * (one ingest run) gets: V8 is still compiling the hot functions, on helper threads whose CPU
 * time counts. The second pass is the warm rate of a long-running process.
 * All cores: the batch through extractAll, one worker thread per core, start-up included; then
 * warm, on a pool whose workers have extracted the batch once already. `--smoke` (smoke.ts):
 * the seeds once, on one worker.
 */
import { readdir, readFile } from "node:fs/promises";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { extractDocument } from "../../server/extract/index.js";
import { readResultFromText } from "../../server/extract/eval/evaluate.js";
import { createExtractionPool, extractAll } from "../../server/extract/parallel.js";
import { smokeOr } from "./smoke.js";

const TARGET_BYTES = smokeOr(1, 5 * 1024 * 1024);
const SEEDS = "seeds";

const files = (await readdir(SEEDS)).filter((f) => f.endsWith(".txt")).sort();
const reads = await Promise.all(files.map(async (f) => readResultFromText(await readFile(join(SEEDS, f), "utf8"), f)));
const batch: typeof reads = [];
let bytes = 0;
while (bytes < TARGET_BYTES) {
  for (const r of reads) {
    batch.push(r);
    bytes += Buffer.byteLength(r.text);
  }
}
const chars = batch.reduce((n, r) => n + r.text.length, 0);
const mb = bytes / 1e6;

/** Wall and CPU seconds of `work`; CPU as well as wall: on a shared machine the wall clock counts other people's work. */
async function timed<T>(work: () => T | Promise<T>): Promise<{ result: T; wall: number; cpu: number }> {
  const started = performance.now();
  const cpuStarted = process.cpuUsage();
  const result = await work();
  const cpu = process.cpuUsage(cpuStarted);
  return { result, wall: (performance.now() - started) / 1000, cpu: (cpu.user + cpu.system) / 1e6 };
}

const rate = (seconds: number) => `${(mb / seconds).toFixed(2)} MB/s (${Math.round(chars / seconds)} chars/s)`;
const serial = () => batch.reduce((n, r, i) => n + extractDocument(r, `bench-${i}`).relations.length, 0);

// One warm-up pass so lazy vocabularies and jieba's dictionary are not timed.
for (const r of reads) extractDocument(r, "warmup");
const first = await timed(serial);
const warm = await timed(serial);
const cores = smokeOr(1, availableParallelism());
const jobs = batch.map((read, i) => ({ read, docId: `bench-${i}` }));
const all = await timed(() => extractAll(jobs, { workers: cores }));
const pool = createExtractionPool({ workers: cores });
await Promise.all(jobs.map((j) => pool.extract(j)));
const allWarm = await timed(() => Promise.all(jobs.map((j) => pool.extract(j))));
await pool.close();

console.log(`${batch.length} documents, ${mb.toFixed(2)} MB (${chars} chars), ${first.result} relations`);
console.log(`per core, first pass: cpu ${first.cpu.toFixed(2)} s: ${rate(first.cpu)}; wall ${first.wall.toFixed(2)} s`);
console.log(`per core, warm:       cpu ${warm.cpu.toFixed(2)} s: ${rate(warm.cpu)}; wall ${warm.wall.toFixed(2)} s`);
console.log(`all ${cores} cores, fresh workers: wall ${all.wall.toFixed(2)} s: ${rate(all.wall)}; cpu ${all.cpu.toFixed(2)} s`);
console.log(`all ${cores} cores, warm pool:     wall ${allWarm.wall.toFixed(2)} s: ${rate(allWarm.wall)}; cpu ${allWarm.cpu.toFixed(2)} s`);
