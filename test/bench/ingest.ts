/**
 * `npm run bench:ingest`: load throughput of the store on synthetic corpora of 1,000 and
 * 10,000 documents, against a fresh embedded Neo4j in a temporary folder.
 *
 * The corpus is made here from the five seeds: each synthetic document is a seed's extraction
 * with its place, its own entities' names (funds, agencies, parks, measures …) and its amounts
 * varied, while shared vocabulary (industries, instruments, indicators, regions) stays shared,
 * so cross-document resolution is exercised as in a real corpus. Extraction speed has its own
 * benchmark (bench:extract); this one measures loading, two ways: in transactions (orderedLoads,
 * OPEN_TRANSACTIONS at a time as ingest runs them, and one at a time for the ratio) and as a first load through neo4j-admin's offline importer (server/store/bulk), the whole of
 * it: writing the CSV files, the import, Neo4j's restart, the schema with its indexes populated
 * and the Cypher steps after the import. Prints documents/s, relationships/s and peak memory of
 * Node and of the JVMs for each, and the same load done one relationship per query.
 *
 * Each load runs in a process of its own, with an embedded Neo4j of its own, as `npm run ingest`
 * does: one load run after another in the same process would find the other's caches filled
 * (the names' pinyin, V8's compiled code) and its heap grown.
 *
 * BENCH_SIZES (1000,10000) chooses the corpus sizes; BENCH_BULK_ROUNDS (1) repeats each bulk
 * load and reports the median with the spread. `--smoke` (smoke.ts): 5 documents, 2 row by row,
 * the three loads in this process on one Neo4j.
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { extractDocument } from "../../server/extract/index.js";
import { collectFiles, documentId } from "../../server/ingest/files.js";
import { readDocument } from "../../server/read/index.js";
import type { Entity, Extraction, Relation } from "../../server/schema/graph.js";
import { loadConfig } from "../../server/config.js";
import { connectStore, openStore, type Store } from "../../server/store/connect.js";
import { startEmbeddedNeo4j } from "../../server/store/embedded.js";
import { importGraph, prepareImport, writeGraphFiles } from "../../server/store/bulk/index.js";
import { OPEN_TRANSACTIONS } from "../../server/ingest/loaders.js";
import { orderedLoads } from "../../server/store/load.js";
import { applySchema } from "../../server/store/schema.js";
import { freePort } from "../setup/neo4j.js";
import { graphChecksum, type GraphChecksum } from "../support/checksum.js";
import { graphCounts, resetGraph } from "../support/store.js";
import { SMOKE, smokeOr } from "./smoke.js";

const SIZES = smokeOr("5", process.env.BENCH_SIZES ?? "1000,10000").split(",").map(Number);
/** Bulk loads per size, the median one reported: on 2 cores, one bulk load of 1,000 documents took 14.0-16.9 s within an hour. */
const BULK_ROUNDS = Number(process.env.BENCH_BULK_ROUNDS ?? 1);
const BATCH_RELATIONS = 20_000;
const ROW_BY_ROW_DOCS = smokeOr(2, 20);
/** Labels whose nodes stand for the same thing in every document that names them. */
const SHARED: ReadonlySet<Entity["label"]> = new Set(["Industry", "Instrument", "Indicator", "Platform", "Region", "Policy"]);

function variant(seed: Extraction, i: number): Extraction {
  const docId = `syn-${i}`;
  const rename = (id: string) => (id === seed.document.id ? docId : id);
  const own = new Set(seed.entities.filter((e) => !SHARED.has(e.label)).map((e) => e.id));
  const entityId = (id: string) => (own.has(id) ? `${id}#${i}` : rename(id));
  const factor = 1 + (i % 7);
  const scale = (props: Entity["props"]) =>
    Object.fromEntries(Object.entries(props).map(([k, v]) => [k, k === "amountYuan" && typeof v === "number" ? v * factor : v]));
  return {
    document: { ...seed.document, id: docId, title: `${seed.document.title}(${i})`, region: `${seed.document.region ?? "某地"}${i % 97}`, contentHash: `${seed.document.contentHash}-${i}` },
    text: seed.text,
    entities: seed.entities.map((e) => ({ ...e, id: entityId(e.id), name: own.has(e.id) ? `${e.name}${i}` : e.name, props: scale(e.props) })),
    relations: seed.relations.map((r): Relation => ({ ...r, docId, from: entityId(rename(r.from)), to: entityId(rename(r.to)), props: scale(r.props) })),
    warnings: [],
  };
}

/** Resident memory in MB of a process, from /proc (0 once it has exited). */
function rssMb(pid: number | "self"): number {
  try {
    return Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0) / 1024;
  } catch {
    return 0;
  }
}

/** The JVMs this process started: the embedded Neo4j, and neo4j-admin while it imports. */
function javaChildren(): number[] {
  return fs.readdirSync("/proc").flatMap((entry) => {
    if (!/^\d+$/.test(entry)) return [];
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, "utf8");
      const [, comm, rest] = /^\d+ \((.*)\) (.*)$/s.exec(stat)!;
      return comm === "java" && Number(rest!.split(" ")[1]) === process.pid ? [Number(entry)] : [];
    } catch {
      return [];
    }
  });
}

/**
 * Peak resident memory of Node and of the JVMs while `work` runs, sampled every 100 ms: the
 * bulk path runs two JVMs one after the other (the importer, a restarted Neo4j), whose own
 * high-water marks would not tell.
 */
async function withPeakMemory<T>(work: () => Promise<T>): Promise<T & { nodeMb: number; jvmMb: number }> {
  let nodeMb = 0;
  let jvmMb = 0;
  const sample = () => {
    nodeMb = Math.max(nodeMb, rssMb("self"));
    jvmMb = Math.max(jvmMb, javaChildren().reduce((sum, pid) => sum + rssMb(pid), 0));
  };
  const timer = setInterval(sample, 100);
  try {
    const result = await work();
    sample();
    return { ...result, nodeMb, jvmMb };
  } finally {
    clearInterval(timer);
  }
}

/** The corpus in the batches ingest would cut: at BATCH_RELATIONS relations. */
function* batches(seeds: Extraction[], size: number): Generator<Extraction[]> {
  let batch: Extraction[] = [];
  let rels = 0;
  for (let i = 0; i < size; i++) {
    const doc = variant(seeds[i % seeds.length]!, i);
    batch.push(doc);
    rels += doc.relations.length;
    if (rels >= BATCH_RELATIONS || i === size - 1) {
      yield batch;
      batch = [];
      rels = 0;
    }
  }
}

/** The corpus in transactions through orderedLoads, `open` batches at a time (ingest: OPEN_TRANSACTIONS). */
async function loadCorpus(store: Store, seeds: Extraction[], size: number, open = OPEN_TRANSACTIONS) {
  const load = orderedLoads(store);
  const pending = new Set<Promise<unknown>>();
  let relationships = 0;
  const started = performance.now();
  for (const batch of batches(seeds, size)) {
    while (pending.size >= open) await Promise.race(pending);
    const done = load(batch).finally(() => pending.delete(done));
    pending.add(done);
    relationships += batch.reduce((n, x) => n + x.relations.length, 0);
  }
  await Promise.all(pending);
  return { seconds: (performance.now() - started) / 1000, relationships };
}

/** The bulk path end to end: CSV files written batch by batch, then importGraph. */
async function importCorpus(store: Store, seeds: Extraction[], size: number) {
  let relationships = 0;
  const started = performance.now();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "policy-graph-bench-import-"));
  const importer = prepareImport(store, dir);
  const writer = writeGraphFiles(dir);
  try {
    for (const batch of batches(seeds, size)) {
      writer.add(batch);
      relationships += batch.reduce((n, x) => n + x.relations.length, 0);
    }
    const files = writer.finish();
    const csvSeconds = (performance.now() - started) / 1000;
    const steps = await importGraph(store, files, importer);
    return { seconds: (performance.now() - started) / 1000, relationships, steps: { csv: csvSeconds, ...steps } };
  } finally {
    importer.close();
    writer.remove();
  }
}

function report(how: string, size: number, run: { seconds: number; relationships: number; nodeMb: number; jvmMb: number }, counts: { nodes: number; relationships: number }) {
  console.log(
    `${size} documents, ${how}: ${run.seconds.toFixed(1)} s, ${(size / run.seconds).toFixed(0)} documents/s, ${(run.relationships / run.seconds).toFixed(0)} relationships/s ` +
      `(${run.relationships} relationships extracted → graph of ${counts.nodes} nodes, ${counts.relationships} relationships); ` +
      `peak memory: Node ${run.nodeMb.toFixed(0)} MB, JVM ${run.jvmMb.toFixed(0)} MB`,
  );
}

/** The naive way, for the ratio: one auto-commit query per relationship. */
async function loadRowByRow(store: Store, seeds: Extraction[]) {
  const session = store.driver.session({ database: store.database });
  let count = 0;
  const started = performance.now();
  try {
    for (let i = 0; i < ROW_BY_ROW_DOCS; i++) {
      const doc = variant(seeds[i % seeds.length]!, 1_000_000 + i);
      await session.run("MERGE (d:Document:Entity {id: $id}) SET d.title = $title, d.text = $text", { id: doc.document.id, title: doc.document.title, text: doc.text });
      for (const r of doc.relations) {
        await session.run("MERGE (a:Entity {id: $from}) MERGE (b:Entity {id: $to}) CREATE (a)-[:REL {type: $type, docId: $docId, quote: $quote}]->(b)", {
          from: r.from,
          to: r.to,
          type: r.type,
          docId: r.docId,
          quote: r.quote,
        });
        count++;
      }
    }
  } finally {
    await session.close();
  }
  return count / ((performance.now() - started) / 1000);
}

type How = "transactions" | "serial" | "bulk" | "row-by-row";
interface Measured {
  seconds: number;
  relationships: number;
  nodeMb: number;
  jvmMb: number;
  counts: { nodes: number; relationships: number };
  /** The graph's content hash (test/support/checksum.ts): the two paths must give the same graph. */
  checksum?: GraphChecksum;
  steps?: Record<string, number>;
  /** row-by-row only: relationships/s one query each, and batched on the same documents. */
  rates?: { naive: number; batched: number };
}

async function extractSeeds(): Promise<Extraction[]> {
  const seeds: Extraction[] = [];
  for (const file of collectFiles(["seeds"]).slice(0, 5)) seeds.push(extractDocument(await readDocument(file), documentId(file)));
  return seeds;
}

/** One load in this process, against a fresh embedded Neo4j: what `--measure HOW SIZE` prints. */
async function measure(how: How, size: number): Promise<Measured> {
  const seeds = await extractSeeds();
  const home = fs.mkdtempSync(path.join(os.tmpdir(), "policy-graph-bench-"));
  const neo = await startEmbeddedNeo4j({ home, boltPort: await freePort(), heap: "2g", pageCacheMb: 1024 });
  // Transactions go to the Neo4j as to a server a user names: through NEO4J_URI and the config,
  // the store not owning it (the bulk path needs the owned one, to stop and restart it).
  const store =
    how === "bulk"
      ? await connectStore(neo.uri, "neo4j", neo.auth, neo)
      : await openStore(loadConfig({ ...process.env, NEO4J_URI: neo.uri, NEO4J_USER: "neo4j", NEO4J_PASSWORD: neo.password, NEO4J_DATABASE: "neo4j" }).neo4j);
  try {
    return await measureOn(store, how, size, seeds);
  } finally {
    await store.close();
    if (how !== "bulk") await neo.stop();
    fs.rmSync(home, { recursive: true, force: true });
  }
}

/** One load on `store`, emptied first. */
async function measureOn(store: Store, how: How, size: number, seeds: Extraction[]): Promise<Measured> {
  await resetGraph(store);
  await applySchema(store);
  if (how === "row-by-row") {
    // Once to warm the just-started Neo4j up, as the naive load that follows finds it.
    await loadCorpus(store, seeds, ROW_BY_ROW_DOCS);
    await resetGraph(store);
    const batched = await loadCorpus(store, seeds, ROW_BY_ROW_DOCS);
    await resetGraph(store);
    const naive = await loadRowByRow(store, seeds);
    return { ...batched, nodeMb: 0, jvmMb: 0, counts: await graphCounts(store), rates: { naive, batched: batched.relationships / batched.seconds } };
  }
  const run = await withPeakMemory(() => (how === "bulk" ? importCorpus(store, seeds, size) : loadCorpus(store, seeds, size, how === "serial" ? 1 : OPEN_TRANSACTIONS)));
  return { ...run, counts: await graphCounts(store), checksum: await graphChecksum(store) };
}

/**
 * Smoke mode: the three loads one after the other in this process, on one embedded Neo4j that
 * the bulk load restarts (three JVMs started for a few documents took most of three minutes).
 */
async function measureAllHere(size: number): Promise<Record<How, Measured>> {
  const seeds = await extractSeeds();
  const home = fs.mkdtempSync(path.join(os.tmpdir(), "policy-graph-bench-"));
  const neo = await startEmbeddedNeo4j({ home, boltPort: await freePort(), heap: "1g", pageCacheMb: 128 });
  const store = await connectStore(neo.uri, "neo4j", neo.auth, neo);
  try {
    const serial = await measureOn(store, "serial", size, seeds);
    const transactions = await measureOn(store, "transactions", size, seeds);
    const rowByRow = await measureOn(store, "row-by-row", ROW_BY_ROW_DOCS, seeds);
    return { serial, transactions, "row-by-row": rowByRow, bulk: await measureOn(store, "bulk", size, seeds) };
  } finally {
    await store.close();
    fs.rmSync(home, { recursive: true, force: true });
  }
}

/** Runs measure() in a child process: fresh caches and heap, its own Neo4j. */
function inChild(how: How, size: number): Promise<Measured> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), "--measure", how, String(size), ...(SMOKE ? ["--smoke"] : [])], { stdio: ["ignore", "pipe", "inherit"] });
    let out = "";
    child.stdout.on("data", (chunk: Buffer) => (out += chunk.toString()));
    child.once("exit", (code) => {
      const line = out.split("\n").find((l) => l.startsWith("MEASURED "));
      if (code === 0 && line) resolve(JSON.parse(line.slice("MEASURED ".length)) as Measured);
      else reject(new Error(`the ${how} load of ${size} documents failed (exit code ${code}): ${out.trim().slice(-2000)}`));
    });
  });
}

async function main() {
  const seeds = await extractSeeds();
  const perDoc = seeds.reduce((n, s) => n + s.relations.length, 0) / seeds.length;
  console.log(`seed extractions: ${seeds.length} documents, ${perDoc.toFixed(0)} relations and ${(seeds.reduce((n, s) => n + s.entities.length, 0) / seeds.length).toFixed(0)} entities per document on average`);
  const rate = (run: Measured) => (run.relationships / run.seconds).toFixed(0);
  const here = SMOKE ? await measureAllHere(SIZES[0]!) : null;
  for (const size of SIZES) {
    const serial = here?.serial ?? (await inChild("serial", size));
    report("transactions one at a time", size, serial, serial.counts);
    const transactions = here?.transactions ?? (await inChild("transactions", size));
    report(`transactions ${OPEN_TRANSACTIONS} at a time`, size, transactions, transactions.counts);
    const bulks: Measured[] = here ? [here.bulk] : [];
    for (let round = bulks.length; round < BULK_ROUNDS; round++) bulks.push(await inChild("bulk", size));
    bulks.sort((a, b) => a.seconds - b.seconds);
    const bulk = bulks[Math.floor(bulks.length / 2)]!;
    report("bulk import", size, bulk, bulk.counts);
    if (bulks.length > 1) {
      console.log(`  ${bulks.length} bulk loads, the median shown: ${bulks.map((b) => b.seconds.toFixed(1)).join(", ")} s, ${rate(bulks.at(-1)!)}–${rate(bulks[0]!)} relationships/s`);
    }
    console.log(`  bulk import steps (s): ${Object.entries(bulk.steps!).map(([step, seconds]) => `${step} ${seconds.toFixed(1)}`).join(", ")}`);
    const same = bulk.checksum!.sha256 === transactions.checksum!.sha256 && serial.checksum!.sha256 === transactions.checksum!.sha256;
    console.log(
      `  transactions ${rate(transactions)} (one at a time ${rate(serial)}, ${(serial.seconds / transactions.seconds).toFixed(2)}×) vs bulk ${rate(bulk)} relationships/s; load average ${os.loadavg().map((l) => l.toFixed(1)).join(" ")}; ` +
        `graph checksums ${same ? "equal" : "DIFFER"}: transactions ${transactions.checksum!.sha256.slice(0, 12)}, one at a time ${serial.checksum!.sha256.slice(0, 12)}, bulk ${bulk.checksum!.sha256.slice(0, 12)}`,
    );
    if (!same) process.exitCode = 1;
  }
  const { rates } = here?.["row-by-row"] ?? (await inChild("row-by-row", ROW_BY_ROW_DOCS));
  console.log(`row by row (${ROW_BY_ROW_DOCS} documents): ${rates!.naive.toFixed(0)} relationships/s; batched on the same documents: ${rates!.batched.toFixed(0)} relationships/s (${(rates!.batched / rates!.naive).toFixed(1)}×)`);
}

const measureAt = process.argv.indexOf("--measure");
if (measureAt >= 0) {
  const result = await measure(process.argv[measureAt + 1] as How, Number(process.argv[measureAt + 2]));
  console.log(`MEASURED ${JSON.stringify(result)}`);
} else {
  await main();
}
