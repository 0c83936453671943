/**
 * `npm run bench:extract`: throughput of the whole extraction pipeline (extractDocument) on
 * the seed documents, repeated until the input reaches 5 MB. Reading is left out: the
 * ReadResults are built once in memory, as the reader would normalise them.
 */
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { extractDocument } from "../../server/extract/index.js";
import { readResultFromText } from "../../server/extract/eval/evaluate.js";

const TARGET_BYTES = 5 * 1024 * 1024;
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

// One warm-up pass so lazy vocabularies and jieba's dictionary are not timed.
for (const r of reads) extractDocument(r, "warmup");
const started = performance.now();
const cpuStarted = process.cpuUsage();
let relations = 0;
batch.forEach((r, i) => (relations += extractDocument(r, `bench-${i}`).relations.length));
const seconds = (performance.now() - started) / 1000;
const cpu = process.cpuUsage(cpuStarted);
// CPU time as well as wall time: on a shared machine the wall clock counts other people's work.
const cpuSeconds = (cpu.user + cpu.system) / 1e6;

console.log(`${batch.length} documents, ${(bytes / 1e6).toFixed(2)} MB (${chars} chars), ${relations} relations`);
console.log(`wall ${seconds.toFixed(2)} s: ${Math.round(chars / seconds)} chars/s, ${(bytes / 1e6 / seconds).toFixed(2)} MB/s`);
console.log(`cpu  ${cpuSeconds.toFixed(2)} s: ${Math.round(chars / cpuSeconds)} chars/s, ${(bytes / 1e6 / cpuSeconds).toFixed(2)} MB/s`);
