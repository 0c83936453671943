/**
 * Runs the extraction pipeline on every fixture and totals the scores: the numbers behind
 * `npm run eval` and the floor asserted in eval.test.ts.
 */
import { createHash } from "node:crypto";
import { basename } from "node:path";
import { looksTraditional, toMatchText } from "../../read/match-text.js";
import type { ReadResult } from "../../read/types.js";
import type { Extraction } from "../../schema/graph.js";
import { splitSentences } from "../context.js";
import { scanInstruments } from "../entities/instruments.js";
import { extractDocument } from "../index.js";
import { loadFixtures, type Fixture } from "./fixtures.js";
import { addCounts, prf, scoreExtraction, total, type Counts, type Score } from "./score.js";

/** A ReadResult for text already in memory, normalised the way the reader normalises files. */
export function readResultFromText(text: string, sourceFile: string): ReadResult {
  return {
    sourceFile,
    format: "txt",
    encoding: "utf-8",
    contentHash: createHash("sha256").update(text).digest("hex"),
    text,
    matchText: toMatchText(text, looksTraditional(text)),
    warnings: [],
  };
}

export interface FixtureResult {
  name: string;
  file: string;
  score: Score;
  /** Instrument-like sentences of the passage that matched no vocabulary entry. */
  unresolvedInstruments: string[];
}

export interface Evaluation {
  fixtures: FixtureResult[];
  entities: Map<string, Counts>;
  relations: Map<string, Counts>;
}

export function evaluateFixture(f: Fixture & { file: string }): FixtureResult & { extraction: Extraction } {
  const docId = `fixture-${f.name}`;
  const read = readResultFromText(f.text, `${f.name}.txt`);
  const extraction = extractDocument(read, docId);
  const ctx = { docId, text: read.text, matchText: read.matchText, sentences: splitSentences(read.matchText), region: null, publishedYear: null };
  const unresolved = scanInstruments(ctx).unresolved.map((s) => read.text.slice(s.start, s.end));
  return { name: f.name, file: f.file, score: scoreExtraction(f, extraction), unresolvedInstruments: unresolved, extraction };
}

/** Scores every fixture in `dir` (or only those whose file name starts with `only`, e.g. "ent-"). */
export async function evaluate(dir?: string, only?: string): Promise<Evaluation> {
  const fixtures = (await loadFixtures(dir)).filter((f) => !only || basename(f.file).startsWith(only));
  const result: Evaluation = { fixtures: [], entities: new Map(), relations: new Map() };
  for (const f of fixtures) {
    const { extraction: _, ...r } = evaluateFixture(f);
    result.fixtures.push(r);
    addCounts(result.entities, r.score.entities);
    addCounts(result.relations, r.score.relations);
  }
  return result;
}

export interface Row {
  kind: "label" | "type" | "total";
  key: string;
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

/** One row per label and per relation type, plus the micro totals of each. */
export function rows(e: Evaluation): Row[] {
  const row = (kind: Row["kind"], key: string, c: Counts): Row => ({ kind, key, ...c, ...prf(c) });
  const sorted = (m: Map<string, Counts>) => [...m].sort(([a], [b]) => a.localeCompare(b));
  return [
    ...sorted(e.entities).map(([k, c]) => row("label", k, c)),
    row("total", "entities (micro)", total(e.entities)),
    ...sorted(e.relations).map(([k, c]) => row("type", k, c)),
    row("total", "relations (micro)", total(e.relations)),
  ];
}

export function formatTable(rs: Row[]): string {
  const pct = (x: number) => (x * 100).toFixed(1).padStart(6);
  const lines = [`${"".padEnd(22)} ${"tp".padStart(5)} ${"fp".padStart(5)} ${"fn".padStart(5)} ${"P".padStart(6)} ${"R".padStart(6)} ${"F1".padStart(6)}`];
  for (const r of rs) {
    const line = `${r.key.padEnd(22)} ${String(r.tp).padStart(5)} ${String(r.fp).padStart(5)} ${String(r.fn).padStart(5)} ${pct(r.precision)} ${pct(r.recall)} ${pct(r.f1)}`;
    lines.push(r.kind === "total" ? `${line}\n` : line);
  }
  return lines.join("\n");
}

/**
 * Extracts whole documents the way `npm run extract -- --json` does (same reader, same ids), for
 * scoring against gold annotations (gold.ts). Files that do not exist are skipped: they score as empty.
 */
export async function extractFiles(files: string[]): Promise<Extraction[]> {
  const { existsSync } = await import("node:fs");
  const { readDocument } = await import("../../read/index.js");
  const { documentId } = await import("../../ingest/files.js");
  const { Extraction } = await import("../../schema/graph.js");
  const out: Extraction[] = [];
  for (const file of files.filter((f) => existsSync(f))) {
    out.push(Extraction.parse(extractDocument(await readDocument(file), documentId(file))));
  }
  return out;
}
