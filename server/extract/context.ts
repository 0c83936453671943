/**
 * What every extraction step receives and returns. Steps are pure functions of the
 * document's text: no I/O, no Neo4j, testable on a string.
 */
import type { Entity, Relation } from "../schema/graph.js";

export interface Sentence {
  /** UTF-16 offsets into the document text; `text.slice(start, end)` is the sentence. */
  start: number;
  end: number;
}

export interface DocContext {
  docId: string;
  /** The stored text; quotes are sliced from it. */
  text: string;
  /** Same length as `text`, simplified and half-width: match on this. */
  matchText: string;
  sentences: Sentence[];
  /** The document's jurisdiction, when metadata found one: full name and gazetteer code. */
  region: { name: string; code: string } | null;
  publishedYear: number | null;
}

/** What one step contributes; the pipeline merges parts and removes duplicates by id. */
export interface ExtractionPart {
  entities: Entity[];
  relations: Relation[];
  warnings: string[];
}

export const emptyPart = (): ExtractionPart => ({ entities: [], relations: [], warnings: [] });

// Sentence ends: Chinese full stops, question/exclamation marks, semicolons and line breaks.
// Semicolons split because policy lists put one task per clause (…；…；).
const SENTENCE_END = /[。！？!?；;]+[”’」』)]?|\n+/g;

/** Splits text into trimmed sentences with offsets; blank stretches are skipped. */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let from = 0;
  const push = (s: number, e: number) => {
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) out.push({ start: s, end: e });
  };
  for (const m of text.matchAll(SENTENCE_END)) {
    const end = m.index + (m[0].startsWith("\n") ? 0 : m[0].length);
    push(from, end);
    from = m.index + m[0].length;
  }
  push(from, text.length);
  return out;
}

/** The sentence that contains offset `at` (binary search), or null. */
export function sentenceAt(sentences: Sentence[], at: number): Sentence | null {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid]!;
    if (at < s.start) hi = mid - 1;
    else if (at >= s.end) lo = mid + 1;
    else return s;
  }
  return null;
}

/** Evidence fields for a relation stated in `sentence`. */
export function evidence(ctx: DocContext, sentence: Sentence) {
  return {
    docId: ctx.docId,
    quote: ctx.text.slice(sentence.start, sentence.end),
    start: sentence.start,
    end: sentence.end,
  };
}
