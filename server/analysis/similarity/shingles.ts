/**
 * Text reuse between documents by 8-character shingles. The text is read without spaces and
 * punctuation (a line break or a 、 must not hide a copied sentence), each shingle is hashed,
 * and a document becomes its sorted set of hashes. Reuse is the share of the shorter
 * document's shingles found in the other; passages are the maximal runs of shared text,
 * mapped back to offsets in the stored text. Boilerplate (footers, notice lines, signatures,
 * standard closing clauses: boilerplate.ts) is read past like punctuation.
 */
import { boilerplateSpans } from "./boilerplate.js";

/** Characters per shingle: long enough that a shared shingle is rarely a shared phrase of officialese. */
export const SHINGLE = 8;

export interface Fingerprint {
  /** Letters and digits only. */
  compact: string;
  /** compact index → offset in the original text. */
  offsets: Int32Array;
  /** The hash of the shingle starting at each compact position. */
  hashes: Uint32Array;
  /** The distinct hashes, ascending. */
  set: Uint32Array;
}

export interface Passage {
  /** UTF-16 offsets into each original text, end exclusive. */
  aStart: number;
  aEnd: number;
  bStart: number;
  bEnd: number;
  /** Compact characters in the passage. */
  length: number;
}

const KEEP = /[\p{L}\p{N}]/u;

/** Letters and digits, with a fast path for the common CJK block and ASCII. */
function kept(c: string): boolean {
  const code = c.charCodeAt(0);
  if (code >= 0x4e00 && code <= 0x9fff) return true;
  if (code < 0x80) return (code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 122);
  return KEEP.test(c);
}

/** FNV-1a over the shingle's UTF-16 units. */
function hashAt(s: string, at: number): number {
  let h = 0x811c9dc5;
  for (let i = at; i < at + SHINGLE; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** @example fingerprint("创新券 支持,企业购买科技服务").compact === "创新券支持企业购买科技服务" */
export function fingerprint(text: string): Fingerprint {
  const chars: string[] = [];
  const offsets: number[] = [];
  const skipped = boilerplateSpans(text);
  let next = 0;
  for (let i = 0; i < text.length; i++) {
    while (next < skipped.length && skipped[next]![1] <= i) next++;
    if (next < skipped.length && skipped[next]![0] <= i) {
      i = skipped[next]![1] - 1;
      continue;
    }
    const c = text[i]!;
    if (kept(c)) chars.push(c), offsets.push(i);
  }
  const compact = chars.join("");
  const n = Math.max(0, compact.length - SHINGLE + 1);
  const hashes = new Uint32Array(n);
  for (let i = 0; i < n; i++) hashes[i] = hashAt(compact, i);
  const sorted = Uint32Array.from(hashes).sort();
  let unique = 0;
  for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) sorted[unique++] = sorted[i]!;
  return { compact, offsets: Int32Array.from(offsets), hashes, set: sorted.slice(0, unique) };
}

/**
 * Each shingle's first position, as a sorted array of hash · 2²¹ + position (exact in a
 * float64 for texts under two million characters): a tenth of a Map's memory, searched by bisection.
 */
export function positions(a: Fingerprint): Float64Array {
  const keys = new Float64Array(a.hashes.length);
  for (let i = 0; i < a.hashes.length; i++) keys[i] = a.hashes[i]! * POSITION_SPAN + i;
  return keys.sort();
}

const POSITION_SPAN = 2 ** 21;

function firstPosition(keys: Float64Array, hash: number): number | undefined {
  const target = hash * POSITION_SPAN;
  let lo = 0;
  let hi = keys.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (keys[mid]! < target) lo = mid + 1;
    else hi = mid;
  }
  return lo < keys.length && keys[lo]! < target + POSITION_SPAN ? keys[lo]! - target : undefined;
}

/**
 * The maximal shared runs of at least `minLength` compact characters, longest first. Each run
 * of B is matched at the first place A has its opening shingle, then extended as far as both
 * texts agree.
 */
export function sharedPassages(a: Fingerprint, aPositions: Float64Array, b: Fingerprint, minLength: number): Passage[] {
  const out: Passage[] = [];
  let j = 0;
  while (j < b.hashes.length) {
    const i = firstPosition(aPositions, b.hashes[j]!);
    if (i === undefined || a.compact.slice(i, i + SHINGLE) !== b.compact.slice(j, j + SHINGLE)) {
      j++;
      continue;
    }
    let length = SHINGLE;
    while (i + length < a.compact.length && j + length < b.compact.length && a.compact[i + length] === b.compact[j + length]) length++;
    if (length >= minLength) {
      out.push({ aStart: a.offsets[i]!, aEnd: a.offsets[i + length - 1]! + 1, bStart: b.offsets[j]!, bEnd: b.offsets[j + length - 1]! + 1, length });
    }
    j += length - SHINGLE + 1;
  }
  return out.sort((x, y) => y.length - x.length || x.bStart - y.bStart);
}
