/** A found entity's place in the text, kept per finder so later finders can relate to it. */
export interface Hit {
  id: string;
  start: number;
  end: number;
}

/** Hits inside [start, end), for hits sorted by start (binary search for the first). */
export function hitsWithin(hits: readonly Hit[], start: number, end: number): Hit[] {
  let lo = 0;
  let hi = hits.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (hits[mid]!.start < start) lo = mid + 1;
    else hi = mid;
  }
  const out: Hit[] = [];
  for (let i = lo; i < hits.length && hits[i]!.start < end; i++) if (hits[i]!.end <= end) out.push(hits[i]!);
  return out;
}

export const byStart = (a: Hit, b: Hit) => a.start - b.start || b.end - a.end;

/** Clause boundaries inside a sentence: commas, colons, enumeration commas do not count. */
const CLAUSE_END = /[,，:：;；。!！?？]/;

/** [start, end) of the clause around `at`, within `sentence`. */
export function clauseAround(text: string, sentence: { start: number; end: number }, at: number): { start: number; end: number } {
  let s = at;
  while (s > sentence.start && !CLAUSE_END.test(text[s - 1]!)) s--;
  let e = at;
  while (e < sentence.end && !CLAUSE_END.test(text[e]!)) e++;
  return { start: s, end: e };
}
