/**
 * `npm run eval [-- --set seeds|corpus|fragments] [--json] [--verbose]`: scores whole documents
 * against the gold annotations in test/fixtures/gold/seeds and test/fixtures/gold-corpus, strict and
 * fair (annotation-guide.md §5), with the same numbers as /work/shared/eval/score.mjs.
 * `--set fragments [--fixtures DIR] [--only PREFIX]` scores the annotated passages in test/fixtures/extract and prints precision / recall / F1 per label and
 * relation type with micro totals, and the instrument-like sentences no vocabulary entry matched.
 * `npm run eval -- --unresolved FILE|FOLDER...` lists those sentences for whole documents instead
 * (e.g. /work/shared/corpus/*.txt), to grow ../extract/vocab/instruments.json.
 * `npm run eval -- --confidence` writes ../extract/confidence.json: the fair-mode counts per label
 * and relation type over both gold sets, which every extracted edge's confidence is read from.
 */
import { writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { parseArgs } from "node:util";
import { splitSentences } from "../extract/context.js";
import { scanInstruments } from "../extract/entities/instruments.js";
import { evaluate, extractFiles, formatTable, rows } from "../extract/eval/evaluate.js";
import { f1, loadGoldDir, scoreGoldSet, summarise, summaryLine, type SetScore } from "../extract/eval/gold.js";
import { EXTRACTOR_VERSION } from "../extract/index.js";
import { collectFiles } from "../ingest/files.js";
import { readDocument } from "../read/index.js";

async function main() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      json: { type: "boolean" },
      set: { type: "string" },
      fixtures: { type: "string" },
      only: { type: "string" },
      verbose: { type: "boolean", short: "v" },
      unresolved: { type: "boolean" },
      confidence: { type: "boolean" },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help) {
    console.log("usage: npm run eval -- [--set seeds|corpus|fragments] [--json] [--verbose] [--fixtures DIR] [--only PREFIX]   |   npm run eval -- --unresolved FILE|FOLDER...");
    return;
  }
  if (values.unresolved) return reportUnresolved(positionals, values.json ?? false);
  if (values.confidence) return writeConfidence();
  // --fixtures / --only keep meaning the old fragment fixtures
  const set = values.set ?? (values.fixtures || values.only ? "fragments" : undefined);
  if (set !== undefined && set !== "fragments" && !(set in GOLD_SETS)) {
    console.error(`unknown --set ${set}: seeds, corpus or fragments`);
    process.exit(2);
  }
  if (set !== "fragments") {
    const names = set ? [set] : Object.keys(GOLD_SETS);
    const scored: Record<string, ReturnType<typeof goldReport>> = {};
    for (const name of names) {
      const s = await scoreSet(GOLD_SETS[name]!);
      scored[name] = goldReport(s);
      if (!values.json) printGoldSet(name, s, values.verbose ?? false);
    }
    if (values.json) console.log(JSON.stringify(scored, null, 2));
    if (set) return;
    if (!values.json) console.log("\n== fragments (test/fixtures/extract) ==");
    else return;
  }

  const result = await evaluate(values.fixtures, values.only);
  const table = rows(result);
  if (values.json) {
    console.log(JSON.stringify({ rows: table, fixtures: result.fixtures.map((f) => ({ name: f.name, misses: f.score.misses, extras: f.score.extras, unresolvedInstruments: f.unresolvedInstruments })) }, null, 2));
    return;
  }
  console.log(`${result.fixtures.length} fixtures\n`);
  console.log(formatTable(table));
  if (values.verbose) {
    for (const f of result.fixtures) {
      if (f.score.misses.length + f.score.extras.length === 0) continue;
      console.log(`\n${f.name}`);
      for (const m of f.score.misses) console.log(`  missed  ${m}`);
      for (const e of f.score.extras) console.log(`  extra   ${e}`);
    }
  }
  const unresolved = result.fixtures.flatMap((f) => f.unresolvedInstruments.map((s) => `${f.name}: ${s}`));
  if (unresolved.length > 0) {
    console.log(`\ninstrument-like sentences that matched no vocabulary entry (${unresolved.length}):`);
    for (const u of unresolved) console.log(`  ${u}`);
  }
}

/** Gold folders and the folder of the documents they annotate. */
const GOLD_SETS: Record<string, { gold: string; docs: string }> = {
  seeds: { gold: "test/fixtures/gold/seeds", docs: "seeds" },
  corpus: { gold: "test/fixtures/gold-corpus", docs: "seeds/corpus" },
};

async function scoreSet(set: { gold: string; docs: string }): Promise<SetScore> {
  const golds = loadGoldDir(set.gold);
  const preds = await extractFiles(golds.map((g) => join(set.docs, `${g.key}.txt`)));
  return scoreGoldSet(golds, preds);
}

function goldRows(s: SetScore) {
  const keys = [...new Set([...s.strict.keys(), ...s.fair.keys()])].sort();
  const none = { tp: 0, gold: 0, pred: 0 };
  const mode = (c = none) => ({ ...c, precision: c.pred ? c.tp / c.pred : 0, recall: c.gold ? c.tp / c.gold : 0, f1: f1(c) });
  return keys.map((key) => ({ key, strict: mode(s.strict.get(key)), fair: mode(s.fair.get(key)) }));
}

function goldReport(s: SetScore) {
  return {
    documents: s.documents.length,
    summary: summarise(s),
    rows: goldRows(s),
    perDocument: s.documents.map((d) => ({ key: d.key, summary: summarise(d), misses: d.misses, spurious: d.spurious })),
  };
}

function printGoldSet(name: string, s: SetScore, verbose: boolean) {
  const f = (x: number) => x.toFixed(2);
  const n = (x: number) => String(x).padStart(4);
  console.log(`\n== ${name}: ${s.documents.length} gold documents ==`);
  if (s.documents.length === 0) return console.log("(no gold files in this checkout yet)");
  console.log(`${"".padEnd(28)} ${"strict".padEnd(42)} | fair`);
  for (const r of goldRows(s)) {
    const cell = (c: typeof r.strict) => `gold ${n(c.gold)} pred ${n(c.pred)} tp ${n(c.tp)}  P ${f(c.precision)} R ${f(c.recall)} F1 ${f(c.f1)}`;
    console.log(`${r.key.padEnd(28)} ${cell(r.strict)} | tp ${n(r.fair.tp)} pred ${n(r.fair.pred)}  P ${f(r.fair.precision)} R ${f(r.fair.recall)} F1 ${f(r.fair.f1)}`);
  }
  console.log(summaryLine(summarise(s)));
  if (!verbose) return;
  for (const d of s.documents) {
    if (d.misses.length + d.spurious.length === 0) continue;
    console.log(`\n${d.key}`);
    for (const m of d.misses) console.log(`  missed    ${m}`);
    for (const x of d.spurious) console.log(`  spurious  ${x}`);
  }
}

/** Pools the fair counts of every gold set per entity label and relation type. */
async function writeConfidence() {
  const pooled = { entities: {} as Record<string, { tp: number; pred: number }>, relations: {} as Record<string, { tp: number; pred: number }> };
  for (const set of Object.values(GOLD_SETS)) {
    for (const [key, c] of (await scoreSet(set)).fair) {
      const [kind, name] = key.split(":") as [string, string];
      const into = kind === "entity" ? pooled.entities : kind === "rel" ? pooled.relations : null;
      if (!into || name === "ALL") continue;
      const seen = (into[name] ??= { tp: 0, pred: 0 });
      seen.tp += c.tp;
      seen.pred += c.pred;
    }
  }
  const file = join("server", "extract", "confidence.json");
  writeFileSync(file, `${JSON.stringify({ about: "fair-mode tp/pred per label and relation type, seeds + corpus gold, written by npm run eval -- --confidence", extractor: EXTRACTOR_VERSION, ...pooled }, null, 2)}\n`);
  console.log(`wrote ${file}: ${Object.keys(pooled.entities).length} labels, ${Object.keys(pooled.relations).length} relation types`);
}

async function reportUnresolved(inputs: string[], json: boolean) {
  let sentences = 0;
  const out: { file: string; sentence: string }[] = [];
  const files = collectFiles(inputs);
  for (const file of files) {
    const read = await readDocument(file);
    const found = splitSentences(read.matchText);
    sentences += found.length;
    const ctx = { docId: basename(file), text: read.text, matchText: read.matchText, sentences: found, region: null, publishedYear: null };
    for (const s of scanInstruments(ctx).unresolved) out.push({ file: basename(file), sentence: read.text.slice(s.start, s.end) });
  }
  if (json) {
    console.log(JSON.stringify(out, null, 2));
    return;
  }
  for (const o of out) console.log(`${o.file}: ${o.sentence}`);
  console.log(`\n${out.length} unresolved instrument-like sentences in ${files.length} files (${sentences} sentences)`);
}

await main();
