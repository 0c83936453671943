/**
 * Which document pairs are similar, and how: shared policy content (Jaccard over the
 * instruments, industries and indicators each adopts, prioritises or targets) and shared
 * wording (shingles.ts). Pure: documents in, pairs out, so the thresholds are unit-tested
 * and the cost measured without Neo4j.
 *
 * Shared shingles are counted per pair from an inverted index (sorted hash·document keys) into
 * a dense pair matrix. Shingles in more than a fifth of the documents (and at least 50) are
 * stock phrases of officialese: they neither make a pair similar nor count in its reuse
 * score, and skipping them keeps the count from growing with the square of the corpus.
 */
import { fingerprint, positions, sharedPassages, type Fingerprint, type Passage } from "./shingles.js";

export interface SimilarityInput {
  id: string;
  year: number | null;
  text: string;
  /** What the document adopts, prioritises or targets. */
  items: { id: string; name: string; label: "Instrument" | "Industry" | "Indicator" }[];
}

export interface SimilarPairResult {
  /** The later document (by year, then id): arrows point at a possible source. */
  from: string;
  to: string;
  jaccard: number;
  textReuse: number;
  sharedInstruments: string[];
  sharedIndustries: string[];
  sharedIndicators: string[];
  /** Longest first, at most MAX_PASSAGES; a = from, b = to. */
  passages: Passage[];
}

/** A pair is an edge when it shares this much content (and at least MIN_SHARED_ITEMS items)… */
export const JACCARD_MIN = 0.3;
export const MIN_SHARED_ITEMS = 2;
/** …or this share of the shorter text, in passages of at least MIN_PASSAGE characters. */
export const REUSE_MIN = 0.05;
export const MIN_PASSAGE = 20;
export const MAX_PASSAGES = 5;
/** Shingles shared by a candidate pair at least: below, no passage of MIN_PASSAGE can exist. */
const MIN_SHARED_SHINGLES = MIN_PASSAGE - 7;
const DF_CAP_SHARE = 0.2;
const DF_CAP_MIN = 50;

/**
 * Every similar pair with at least one of `changed` in it (all pairs when `changed` is null).
 *
 * @example similarPairs([a, b], null) // [{from: "b", to: "a", textReuse: 0.4, passages: [...] …}]
 */
export function similarPairs(docs: SimilarityInput[], changed: ReadonlySet<string> | null): SimilarPairResult[] {
  const n = docs.length;
  const touches = (i: number, j: number) => changed === null || changed.has(docs[i]!.id) || changed.has(docs[j]!.id);
  const prints = docs.map((d) => fingerprint(d.text));

  const sharedShingles = candidateCounts(prints, touches);
  const sharedItems = itemCounts(docs, touches);

  const out: SimilarPairResult[] = [];
  // Built on first use: a document's positions serve every candidate pair it is the source of.
  const positionsOf: (Float64Array | undefined)[] = [];
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const k = i * n + j;
      const items = sharedItems[k]!;
      const shingles = sharedShingles[k]!;
      if (items === 0 && shingles < MIN_SHARED_SHINGLES) continue;
      const [x, y] = order(docs, i, j);
      const union = docs[x]!.items.length + docs[y]!.items.length - items;
      const jaccard = union === 0 ? 0 : items / union;
      const px = prints[x]!;
      const py = prints[y]!;
      const reuse = shingles < MIN_SHARED_SHINGLES ? 0 : shingles / Math.max(1, Math.min(px.set.length, py.set.length));
      const byContent = jaccard >= JACCARD_MIN && items >= MIN_SHARED_ITEMS;
      if (!byContent && reuse < REUSE_MIN) continue;
      // Passages only for pairs that are edges: finding them is the expensive step.
      const passages =
        shingles < MIN_SHARED_SHINGLES
          ? []
          : sharedPassages(py, (positionsOf[y] ??= positions(py)), px, MIN_PASSAGE)
              .slice(0, MAX_PASSAGES)
              .map((p) => ({ aStart: p.bStart, aEnd: p.bEnd, bStart: p.aStart, bEnd: p.aEnd, length: p.length }));
      if (!byContent && passages.length === 0) continue;
      out.push({ from: docs[x]!.id, to: docs[y]!.id, jaccard, textReuse: reuse, ...sharedNames(docs[x]!, docs[y]!), passages });
    }
  }
  return out;
}

/** [later, earlier] by year then id, so an edge's direction does not depend on load order. */
function order(docs: SimilarityInput[], i: number, j: number): [number, number] {
  const a = docs[i]!;
  const b = docs[j]!;
  const later = (a.year ?? 0) !== (b.year ?? 0) ? (a.year ?? 0) > (b.year ?? 0) : a.id > b.id;
  return later ? [i, j] : [j, i];
}

/** Shared non-stock shingles per pair (i < j at i·n + j). */
function candidateCounts(prints: Fingerprint[], touches: (i: number, j: number) => boolean): Uint32Array {
  const n = prints.length;
  const counts = new Uint32Array(n * n);
  let total = 0;
  for (const p of prints) total += p.set.length;
  // hash · 2¹⁶ + document fits a float64 exactly, and a Float64Array sorts natively.
  const keys = new Float64Array(total);
  let at = 0;
  prints.forEach((p, doc) => {
    for (const h of p.set) keys[at++] = h * 65536 + doc;
  });
  keys.sort();
  const cap = Math.max(DF_CAP_MIN, Math.ceil(n * DF_CAP_SHARE));
  const group: number[] = [];
  for (let s = 0; s < keys.length; ) {
    const hash = Math.floor(keys[s]! / 65536);
    let e = s;
    group.length = 0;
    while (e < keys.length && Math.floor(keys[e]! / 65536) === hash) group.push(keys[e++]! % 65536);
    if (group.length >= 2 && group.length <= cap) {
      for (let x = 0; x < group.length; x++) {
        for (let y = x + 1; y < group.length; y++) if (touches(group[x]!, group[y]!)) counts[group[x]! * n + group[y]!]!++;
      }
    }
    s = e;
  }
  return counts;
}

/** Shared items per pair (i < j at i·n + j). */
function itemCounts(docs: SimilarityInput[], touches: (i: number, j: number) => boolean): Uint32Array {
  const n = docs.length;
  const counts = new Uint32Array(n * n);
  const byItem = new Map<string, number[]>();
  docs.forEach((d, i) => {
    for (const item of d.items) {
      const holders = byItem.get(item.id);
      if (holders) holders.push(i);
      else byItem.set(item.id, [i]);
    }
  });
  for (const holders of byItem.values()) {
    for (let x = 0; x < holders.length; x++) {
      for (let y = x + 1; y < holders.length; y++) if (touches(holders[x]!, holders[y]!)) counts[holders[x]! * n + holders[y]!]!++;
    }
  }
  return counts;
}

function sharedNames(a: SimilarityInput, b: SimilarityInput): Pick<SimilarPairResult, "sharedInstruments" | "sharedIndustries" | "sharedIndicators"> {
  const ids = new Set(b.items.map((i) => i.id));
  const shared = a.items.filter((i) => ids.has(i.id));
  const names = (label: string) => shared.filter((i) => i.label === label).map((i) => i.name).sort((x, y) => x.localeCompare(y, "zh"));
  return { sharedInstruments: names("Instrument"), sharedIndustries: names("Industry"), sharedIndicators: names("Indicator") };
}
