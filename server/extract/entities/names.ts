/**
 * Where a name begins. Policy prose runs names straight on from verbs and function words
 * ("依托浦里工业新区", "初期设立1亿元区级产业引导基金"), so a finder that has found a name's
 * head ("工业新区", "基金") walks left over Chinese characters and stops at the last word
 * that cannot be part of a name.
 */

import { findRegionMentions } from "../gazetteer.js";
import { cutAt, jieba } from "./words.js";

const HAN = /[\u3400-\u9fff]/;

/**
 * Words that end a name's left extent, whatever the entity type. Single characters that begin
 * place names or industries (中山, 上海, 建德, 内蒙古, 前海, 有机硅) are deliberately absent.
 */
const CORE_STOPS = [
  "的", "和", "与", "及", "或", "、", "对", "在", "向", "将", "把", "由", "为", "以", "从", "于", "是", "让",
  "按", "并", "等", "元", "其", "即", "被", "给", "至", "到", "所", "这", "此", "该", "各", "每", "了",
  "设立", "建立", "组建", "成立", "安排", "出资", "发起", "对接", "争取", "积极", "鼓励", "引导", "支持",
  "发挥", "利用", "用好", "依托", "通过", "推动", "推进", "加快", "加强", "打造", "建设", "建成", "创建",
  "争创", "围绕", "聚焦", "突出", "入驻", "落户", "进入", "盘活", "纳入", "完善", "优化", "实施", "开展",
  "申报", "认定", "获得", "获批", "初期", "规模", "每年", "逐步", "扩大", "做大", "做强", "提升", "其中",
  "包括", "含", "本", "相关", "各类", "各级", "各种", "新增", "新建", "首次", "成为", "作为", "用于", "共同", "联合", "配套",
  "给予", "吸引", "引进", "承接", "深化", "探索", "强化", "整合", "规范", "申请", "享受", "扶持", "培育",
  "同时", "以及", "主要", "重点", "大力", "全力", "着力", "努力", "力争", "确保", "推广", "运用", "运行",
  "参与", "参加", "组织", "举办", "带动", "服务", "融入", "携手", "合作", "共建", "协同", "联动", "对口",
  "前往", "赴", "是否", "视同", "参照", "按照", "根据", "落实", "贯彻",
  "全市", "全区", "全县", "全省", "我市", "我区", "我县", "我省", "区内", "市内", "县内", "省内", "境内",
  "所在", "当地", "属地", "并在", "一批", "若干", "多个", "以下简称", "简称", "运作", "运营", "或者", "负责", "会同", "结合", "统筹", "制定", "租用", "进行", "引入", "落实好", "抓好", "办好",
];

/** Builds a matcher for the stop words plus `extra`, longest alternatives first. */
export function stopWords(extra: string[] = [], drop: string[] = []): RegExp {
  const words = [...new Set([...CORE_STOPS, ...extra])].filter((w) => !drop.includes(w));
  words.sort((a, b) => b.length - a.length);
  return new RegExp(words.map(escapeRegExp).join("|"), "g");
}

export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

const PLACE_IN_BRACKETS = /(?<=[\u3400-\u9fff])[(（]([\u4e00-\u9fa5]{2,6})[)）]$/;
const isPlace = (words: string) => findRegionMentions(words).some((m) => m.start === 0 && m.end === words.length);

/**
 * Start of the name whose head begins at `headStart`: the left edge of the run of Chinese
 * characters (and quotes) before it, at most `maxLen` long, moved right past the last stop word.
 * @example nameStart("初期设立1亿元区级产业引导基金", 13, stopWords()) // → index of 区
 */
export function nameStart(text: string, headStart: number, stops: RegExp, maxLen = 14): number {
  let s = headStart;
  const floor = Math.max(0, headStart - maxLen);
  for (;;) {
    while (s > floor && (HAN.test(text[s - 1]!) || text[s - 1] === "“" || text[s - 1] === "”")) s--;
    // 中国(上海)自由贸易试验区, 中国(合肥)知识产权保护中心: a place in brackets is inside the name.
    const bracket = s > floor ? PLACE_IN_BRACKETS.exec(text.slice(Math.max(0, s - 8), s)) : null;
    if (!bracket || !isPlace(bracket[1]!)) break;
    s -= bracket[0].length;
  }
  if (s === headStart) return s;
  const prefix = text.slice(s, headStart);
  let cut = 0;
  stops.lastIndex = 0;
  for (let m = stops.exec(prefix); m; m = stops.exec(prefix)) {
    // A one-character stop in the middle of a word is no stop (由 in 自由贸易试验区).
    if (m[0].length === 1 && !cutAt(text, s + m.index) && !cutAt(text, s + m.index + 1)) continue;
    // Stop words are matched left to right; the last one that ends inside the prefix wins.
    cut = m.index + m[0].length;
    if (m[0].length === 0) stops.lastIndex++;
  }
  // A name does not begin with a closing quote left over from "“双创”示范基地"-style prose.
  while (cut < prefix.length && (prefix[cut] === "”" || prefix[cut] === "“")) cut++;
  return s + cut;
}

/**
 * Start of a name: the stop-word boundary when a stop word delimits the prefix ("以过滤产业园":
 * trust it, 过滤 is a name here), else the part-of-speech refinement of the whole run
 * ("紧抓松山湖高新技术产业开发区", "方式赋予高新区").
 */
export function startOfName(text: string, headStart: number, stops: RegExp, maxLen: number, keep?: ReadonlySet<string>): number {
  const start = nameStart(text, headStart, stops, maxLen);
  return wholeWordStart(text, delimited(text, start, headStart, maxLen) ? start : refineStart(text, start, headStart, keep), headStart);
}

/**
 * A name does not begin halfway through a word: a stop word or tag cut inside one (在线 → 线政务
 * 服务平台, 元宵 → 宵文化节) moves the start back to where the word begins, by jieba's cuts.
 */
function wholeWordStart(text: string, start: number, headStart: number): number {
  if (start === 0 || start >= headStart || !HAN.test(text[start - 1]!) || cutAt(text, start)) return start;
  for (let s = start - 1; s >= Math.max(0, start - 3); s--) if (cutAt(text, s)) return s;
  return start;
}

/** Whether the character before `start` ends the name for sure: a stop word, punctuation or the window's edge. */
function delimited(text: string, start: number, headStart: number, maxLen: number): boolean {
  if (start === 0 || headStart - start >= maxLen) return false;
  // Han characters or 、 before the start mean a stop word cut it; punctuation means the run just ended.
  const before = text[start - 1]!;
  return HAN.test(before) || before === "、";
}

/**
 * `以下简称…` / `简称…` right after a name: the short form and where it sits, or null.
 * @example shortFormAfter("松山湖高新技术产业开发区(以下简称松山湖高新区)建设", 12)
 *          // { alias: "松山湖高新区", start: 18, end: 24 }
 */
export function shortFormAfter(text: string, end: number): { alias: string; start: number; end: number } | null {
  SHORT_FORM.lastIndex = end;
  const m = SHORT_FORM.exec(text);
  if (!m) return null;
  const alias = m[1]!;
  const start = m.index + m[0].indexOf(alias);
  return { alias, start, end: start + alias.length };
}
const SHORT_FORM = /[(（]\s*(?:以下)?简称[:：]?\s*[“"《]?([^)）”"》,，、]{2,20})[”"》]?\s*[)）]/y;

const DIGITISH = /[\d０-９]/;
/** True when `s` contains a digit or is mostly not Chinese: such spans are not names. */
export function looksUnnamed(s: string): boolean {
  if (DIGITISH.test(s)) return true;
  let han = 0;
  for (const ch of s) if (HAN.test(ch)) han++;
  return han < s.length * 0.8;
}

/**
 * Part-of-speech tags after which a name cannot continue leftwards: verbs, adverbs, adjectives,
 * numerals, measure words, prepositions, conjunctions, particles, pronouns ("紧抓松山湖…",
 * "赋予理工学院", "个产业集聚区"). Tags are jieba's (ICTCLAS set).
 */
const CUT_TAGS = new Set(["v", "vd", "d", "a", "ad", "m", "q", "mq", "p", "c", "r", "rr", "u", "uj", "ul", "uv", "ud", "ug", "uz", "y", "e", "o"]);

/**
 * Moves a name's start right past the last word that cannot be part of a name, by jieba's
 * part-of-speech tags on the prefix. `keep` lists words that are verbs to jieba but belong in
 * the names of this type ("投资引导基金", "创新创业种子基金").
 */
export function refineStart(text: string, start: number, headStart: number, keep: ReadonlySet<string> = NO_WORDS): number {
  if (headStart - start < 2) return start;
  return start + cutOffset(text.slice(start, headStart), keep);
}
const NO_WORDS: ReadonlySet<string> = new Set();

// Prefixes repeat within and across documents (依托…, 加快…); tagging each once is enough.
const cutCache = new Map<ReadonlySet<string>, Map<string, number>>();
const CUT_CACHE_LIMIT = 20000;

function cutOffset(prefix: string, keep: ReadonlySet<string>): number {
  let cache = cutCache.get(keep);
  if (!cache) cutCache.set(keep, (cache = new Map()));
  const known = cache.get(prefix);
  if (known !== undefined) return known;
  let at = 0;
  let cut = 0;
  for (const { word, tag } of jieba().tag(prefix, true)) {
    at += word.length;
    // One-character adjectives (新, 大, 高) begin names as often as they qualify them.
    if (CUT_TAGS.has(tag) && !keep.has(word) && !(word.length === 1 && tag === "a")) cut = at;
  }
  if (cache.size >= CUT_CACHE_LIMIT) cache.clear();
  cache.set(prefix, cut);
  return cut;
}
