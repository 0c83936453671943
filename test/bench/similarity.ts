/**
 * `npx tsx test/bench/similarity.ts`: the cost of computing SIMILAR_TO (similarPairs, no
 * Neo4j) on the 90 seed documents and on 1,000 synthetic ones, all pairs and after one
 * changed document. Synthetic documents are 30–120 lines (about the seeds' 5,000 characters) drawn from the seeds (so text is
 * reused as local documents reuse it), each with a few random words changed, and items drawn
 * from the seeds' items. `--smoke` (smoke.ts): the five demo seeds and 20 synthetic documents.
 */
import { extractDocument } from "../../server/extract/index.js";
import { collectFiles, documentId } from "../../server/ingest/files.js";
import { readDocument } from "../../server/read/index.js";
import { similarPairs, type SimilarityInput } from "../../server/analysis/similarity/compute.js";
import { SMOKE, smokeOr } from "./smoke.js";

const LABELS = new Set(["Instrument", "Industry", "Indicator"]);
const TYPES = new Set(["ADOPTS", "PRIORITIZES", "SETS_TARGET"]);

async function seedDocuments(): Promise<SimilarityInput[]> {
  const docs: SimilarityInput[] = [];
  const files = collectFiles(["seeds"]);
  for (const file of SMOKE ? files.slice(0, 5) : files) {
    const read = await readDocument(file);
    const x = extractDocument(read, documentId(file));
    const labels = new Map(x.entities.map((e) => [e.id, e]));
    const items = new Map<string, SimilarityInput["items"][number]>();
    for (const r of x.relations) {
      const e = labels.get(r.to);
      if (TYPES.has(r.type) && e && LABELS.has(e.label)) items.set(e.id, { id: e.id, name: e.name, label: e.label as "Instrument" });
    }
    docs.push({ id: x.document.id, year: x.document.publishedOn ? Number(x.document.publishedOn.slice(0, 4)) : null, text: x.text, items: [...items.values()] });
  }
  return docs;
}

/** mulberry32: the same synthetic corpus on every run. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function synthetic(seeds: SimilarityInput[], n: number): SimilarityInput[] {
  const rand = random(42);
  const pick = <T>(xs: T[]) => xs[Math.floor(rand() * xs.length)]!;
  const paragraphs = seeds.flatMap((d) => d.text.split("\n").filter((p) => p.length > 20));
  const items = seeds.flatMap((d) => d.items);
  return Array.from({ length: n }, (_, i) => {
    const text = Array.from({ length: 30 + Math.floor(rand() * 90) }, () => {
      const p = [...pick(paragraphs)];
      for (let k = 0; k < p.length / 40; k++) p[Math.floor(rand() * p.length)] = pick(["市", "县", "区", "省", "企"]);
      return p.join("");
    }).join("\n");
    const own = new Map(Array.from({ length: 3 + Math.floor(rand() * 15) }, () => pick(items)).map((x) => [x.id, x]));
    return { id: `synthetic-${i}`, year: 2015 + Math.floor(rand() * 8), text, items: [...own.values()] };
  });
}

function time(label: string, docs: SimilarityInput[], changed: Set<string> | null) {
  const started = performance.now();
  const cpu = process.cpuUsage();
  const pairs = similarPairs(docs, changed);
  const used = process.cpuUsage(cpu);
  const chars = docs.reduce((s, d) => s + d.text.length, 0);
  console.log(
    `${label}: ${docs.length} documents (${(chars / 1e6).toFixed(2)} M chars), ${pairs.length} pairs, ` +
      `wall ${((performance.now() - started) / 1000).toFixed(2)} s, cpu ${((used.user + used.system) / 1e6).toFixed(2)} s`,
  );
}

const seeds = await seedDocuments();
similarPairs(seeds.slice(0, 5), null); // warm-up
time("seeds, all pairs", seeds, null);
time("seeds, one changed", seeds, new Set([seeds[0]!.id]));
const big = synthetic(seeds, smokeOr(20, 1000));
time("synthetic, all pairs", big, null);
time("synthetic, one changed", big, new Set([big[0]!.id]));
