/**
 * GET /api/search/sentences: the sentences that contain the query, in any of its spellings
 * (variants.ts), cut from the text of the documents the `document_text` full-text index finds.
 * Each hit says its document, place and date and carries the offsets the reader highlights.
 */
import type { z } from "zod";
import type { SentenceHit, SentenceQuery, SentenceResult } from "../schema/api.js";
import type { Store } from "../store/connect.js";
import { int, readQuery } from "./read.js";
import { luceneAnyOf } from "./lucene.js";
import { searchVariants } from "./variants.js";

/**
 * How many of the best documents are read for sentences: their texts travel to the API, and
 * a word every document uses (创新) would otherwise bring the whole corpus. `documents` in the
 * answer still counts them all.
 */
const DOCUMENT_WINDOW = 200;
/** A sentence longer than this is cut to this many characters around the match. */
const MAX_SENTENCE = 160;
const SENTENCE_END = /[。；！？!?;\n]/;

interface StoredDocument {
  id: string;
  title: string | null;
  region: string | null;
  publishedOn: string | null;
  text: string | null;
}

export async function searchSentences(store: Store, query: z.infer<typeof SentenceQuery>): Promise<SentenceResult> {
  const spellings = searchVariants(query.q);
  const lucene = luceneAnyOf(spellings);
  if (lucene === null) return { items: [], total: 0, documents: 0, searched: 0 };
  const [record] = await readQuery(store, "search-sentences", { lucene, window: int(DOCUMENT_WINDOW) });
  if (!record) return { items: [], total: 0, documents: 0, searched: 0 };
  const docs = record.get("docs") as StoredDocument[];
  const hits = docs.flatMap((d) => sentencesOf(d, spellings));
  return { items: hits.slice(query.offset, query.offset + query.limit), total: hits.length, documents: Number(record.get("documents")), searched: docs.length };
}

/** One hit per sentence of `doc` that contains any of `spellings`, in text order. */
export function sentencesOf(doc: StoredDocument, spellings: string[]): SentenceHit[] {
  const text = doc.text ?? "";
  const matches: { at: number; length: number }[] = [];
  for (const s of spellings) {
    for (let at = text.indexOf(s); at >= 0; at = text.indexOf(s, at + s.length)) matches.push({ at, length: s.length });
  }
  matches.sort((a, b) => a.at - b.at);
  const hits: SentenceHit[] = [];
  for (const m of matches) {
    const last = hits.at(-1);
    if (last && m.at < last.end) continue;
    const { start, end } = sentenceAround(text, m.at, m.at + m.length);
    hits.push({
      docId: doc.id,
      title: doc.title ?? doc.id,
      region: doc.region,
      publishedOn: doc.publishedOn,
      sentence: text.slice(start, end),
      start,
      end,
      matchStart: m.at,
      matchEnd: m.at + m.length,
    });
  }
  return hits;
}

/** The sentence holding text[from, to): from the last sentence end before it to the next one after (kept), at most MAX_SENTENCE long. */
export function sentenceAround(text: string, from: number, to: number): { start: number; end: number } {
  let start = from;
  while (start > 0 && !SENTENCE_END.test(text[start - 1]!) && from - start < MAX_SENTENCE / 2) start--;
  let end = to;
  while (end < text.length && end - start < MAX_SENTENCE && !SENTENCE_END.test(text[end]!)) end++;
  if (end < text.length && text[end] !== "\n" && SENTENCE_END.test(text[end]!)) end++;
  while (start < from && /\s/.test(text[start]!)) start++;
  return { start, end };
}
