/**
 * `npm run bench:ingest`: load throughput of the store on synthetic corpora of 1,000 and
 * 10,000 documents, against a fresh embedded Neo4j in a temporary folder.
 *
 * The corpus is made here from the five seeds: each synthetic document is a seed's extraction
 * with its place, its own entities' names (funds, agencies, parks, measures …) and its amounts
 * varied, while shared vocabulary (industries, instruments, indicators, regions) stays shared,
 * so cross-document resolution is exercised as in a real corpus. Extraction speed has its own
 * benchmark (bench:extract); this one measures loading, two ways: in transactions (loadBatch)
 * and as a first load through neo4j-admin's offline importer (server/store/bulk), the whole of
 * it: writing the CSV files, the import, Neo4j's restart, the schema with its indexes populated
 * and the Cypher steps after the import. Prints documents/s, relationships/s and peak memory of
 * Node and of the JVMs for each, and the same load done one relationship per query.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { extractDocument } from "../../server/extract/index.js";
import { collectFiles, documentId } from "../../server/ingest/files.js";
import { readDocument } from "../../server/read/index.js";
import type { Entity, Extraction, Relation } from "../../server/schema/graph.js";
import { connectStore, type Store } from "../../server/store/connect.js";
import { startEmbeddedNeo4j } from "../../server/store/embedded.js";
import { importGraph, prepareImport, writeGraphFiles } from "../../server/store/bulk/index.js";
import { loadBatch } from "../../server/store/load.js";
import { applySchema } from "../../server/store/schema.js";
import { freePort } from "../setup/neo4j.js";
import { graphCounts, resetGraph } from "../support/store.js";

const SIZES = (process.env.BENCH_SIZES ?? "1000,10000").split(",").map(Number);
const BATCH_RELATIONS = 20_000;
const ROW_BY_ROW_DOCS = 20;
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

async function loadCorpus(store: Store, seeds: Extraction[], size: number) {
  let relationships = 0;
  const started = performance.now();
  for (const batch of batches(seeds, size)) {
    await loadBatch(store, batch);
    relationships += batch.reduce((n, x) => n + x.relations.length, 0);
  }
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

async function main() {
  const seeds: Extraction[] = [];
  for (const file of collectFiles(["seeds"]).slice(0, 5)) seeds.push(extractDocument(await readDocument(file), documentId(file)));
  const perDoc = seeds.reduce((n, s) => n + s.relations.length, 0) / seeds.length;
  console.log(`seed extractions: ${seeds.length} documents, ${perDoc.toFixed(0)} relations and ${(seeds.reduce((n, s) => n + s.entities.length, 0) / seeds.length).toFixed(0)} entities per document on average`);

  const home = fs.mkdtempSync(path.join(os.tmpdir(), "policy-graph-bench-"));
  const neo = await startEmbeddedNeo4j({ home, boltPort: await freePort(), heap: "2g", pageCacheMb: 1024 });
  const store = await connectStore(neo.uri, "neo4j", undefined, neo);
  try {
    await applySchema(store);
    for (const size of SIZES) {
      await resetGraph(store);
      const transactions = await withPeakMemory(() => loadCorpus(store, seeds, size));
      const counts = await graphCounts(store);
      report("transactions", size, transactions, counts);
      await resetGraph(store);
      const bulk = await withPeakMemory(() => importCorpus(store, seeds, size));
      const bulkCounts = await graphCounts(store);
      report("bulk import", size, bulk, bulkCounts);
      console.log(`  bulk import steps (s): ${Object.entries(bulk.steps).map(([step, seconds]) => `${step} ${seconds.toFixed(1)}`).join(", ")}`);
      if (bulkCounts.nodes !== counts.nodes || bulkCounts.relationships !== counts.relationships) {
        console.log(`  the two graphs differ: ${JSON.stringify({ transactions: counts, bulk: bulkCounts })}`);
        process.exitCode = 1;
      }
    }
    await resetGraph(store);
    const batched = await loadCorpus(store, seeds, ROW_BY_ROW_DOCS);
    const batchedRate = batched.relationships / batched.seconds;
    await resetGraph(store);
    const naiveRate = await loadRowByRow(store, seeds);
    console.log(`row by row (${ROW_BY_ROW_DOCS} documents): ${naiveRate.toFixed(0)} relationships/s; batched on the same documents: ${batchedRate.toFixed(0)} relationships/s (${(batchedRate / naiveRate).toFixed(1)}×)`);
  } finally {
    await store.close();
    fs.rmSync(home, { recursive: true, force: true });
  }
}

await main();
