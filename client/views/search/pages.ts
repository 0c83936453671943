/**
 * The search box's two paged lists (entity names, document sentences) as the options the
 * keyboard moves through: the names, a "more names" option while names are left, then the
 * sentences and "more sentences". No DOM.
 */
import type { SearchHit, SentenceHit } from "../../../server/schema/api.js";

export interface SearchPages {
  names: { items: SearchHit[]; total: number };
  sentences: { items: SentenceHit[]; total: number; documents: number };
}

export type Option =
  | { kind: "name"; hit: SearchHit }
  | { kind: "sentence"; hit: SentenceHit }
  | { kind: "more"; list: "names" | "sentences"; left: number };

export const emptyPages = (): SearchPages => ({ names: { items: [], total: 0 }, sentences: { items: [], total: 0, documents: 0 } });

export function options(pages: SearchPages): Option[] {
  const out: Option[] = pages.names.items.map((hit) => ({ kind: "name", hit }));
  const namesLeft = pages.names.total - pages.names.items.length;
  if (namesLeft > 0) out.push({ kind: "more", list: "names", left: namesLeft });
  out.push(...pages.sentences.items.map((hit): Option => ({ kind: "sentence", hit })));
  const sentencesLeft = pages.sentences.total - pages.sentences.items.length;
  if (sentencesLeft > 0) out.push({ kind: "more", list: "sentences", left: sentencesLeft });
  return out;
}

/** Where the next page of `list` starts. */
export function nextOffset(pages: SearchPages, list: "names" | "sentences"): number {
  return pages[list].items.length;
}
