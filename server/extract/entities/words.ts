/**
 * Word boundaries. A vocabulary term found inside a longer word is no mention of it: 化工 in
 * 优化工艺, 平和 in 平和滤清器. Chinese has no spaces, so the boundaries are jieba's: a match
 * counts when it starts and ends where jieba's segmentation of the text around it puts a cut.
 * Only a small window around each match is segmented, so finders pay per match, not per text.
 */
import { Jieba } from "@node-rs/jieba";
import { dict } from "@node-rs/jieba/dict.js";

let shared: Jieba | null = null;

/** The one jieba segmenter of the process: its dictionary is loaded once, for every finder. */
export function jieba(): Jieba {
  shared ??= Jieba.withDict(dict);
  return shared;
}
const cache = new Map<string, number[]>();
const CACHE_LIMIT = 50_000;
/** Characters of context each side: enough for jieba to see the words the match touches. */
const CONTEXT = 4;

/** Cut offsets of `window` (0 and window.length included). */
function cuts(window: string): number[] {
  const known = cache.get(window);
  if (known) return known;
  const out = [0];
  let at = 0;
  for (const w of jieba().cut(window, true)) out.push((at += w.length));
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(window, out);
  return out;
}

/**
 * True when jieba's segmentation of the text around `at` puts a cut there.
 * @example cutAt("产业布局", 3) // false: 局 is inside 布局
 */
export function cutAt(text: string, at: number): boolean {
  const from = Math.max(0, at - CONTEXT);
  return cuts(text.slice(from, Math.min(text.length, at + CONTEXT))).includes(at - from);
}

/**
 * True when `text[start, end)` begins or ends inside a word: the segmentation of the text around
 * it has no cut at one of its edges.
 * @example crossesWord("优化工艺流程", 1, 3) // true: 化工 straddles 优化|工艺
 * @example crossesWord("发展绿色化工产业", 4, 6) // false
 */
export function crossesWord(text: string, start: number, end: number): boolean {
  const from = Math.max(0, start - CONTEXT);
  const to = Math.min(text.length, end + CONTEXT);
  const at = cuts(text.slice(from, to));
  return !at.includes(start - from) || !at.includes(end - from);
}
