/**
 * `npm run eval [-- --json] [--fixtures DIR] [--only PREFIX] [--verbose]`: scores the extraction pipeline on the
 * annotated passages in test/fixtures/extract and prints precision / recall / F1 per label and
 * relation type with micro totals, and the instrument-like sentences no vocabulary entry matched.
 * `npm run eval -- --unresolved FILE|FOLDER...` lists those sentences for whole documents instead
 * (e.g. /work/shared/corpus/*.txt), to grow ../extract/vocab/instruments.json.
 */
import { basename } from "node:path";
import { parseArgs } from "node:util";
import { splitSentences } from "../extract/context.js";
import { scanInstruments } from "../extract/entities/instruments.js";
import { evaluate, formatTable, rows } from "../extract/eval/evaluate.js";
import { collectFiles } from "../ingest/files.js";
import { readDocument } from "../read/index.js";

async function main() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      json: { type: "boolean" },
      fixtures: { type: "string" },
      only: { type: "string" },
      verbose: { type: "boolean", short: "v" },
      unresolved: { type: "boolean" },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help) {
    console.log("usage: npm run eval -- [--json] [--fixtures DIR] [--only PREFIX] [--verbose]   |   npm run eval -- --unresolved FILE|FOLDER...");
    return;
  }
  if (values.unresolved) return reportUnresolved(positionals, values.json ?? false);

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
