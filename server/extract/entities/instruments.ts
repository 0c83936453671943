/**
 * Policy instruments from the controlled vocabulary (../vocab/instruments.json): literal forms
 * (创新券, 加计扣除) through one dictionary pass, phrasings around an object ("对首次认定的
 * 高新技术企业…给予奖励") through the entry's patterns, tried only on sentences that speak of
 * money or support. ADOPTS (Document → Instrument) carries the award size the sentence states.
 */
import { sentenceAt, type DocContext, type Sentence } from "../context.js";
import type { Collector } from "./collect.js";
import { findAmounts, type Amount } from "./money.js";
import { buildDictionary } from "./trie.js";
import { compilePattern, instruments, type InstrumentEntry } from "./vocab.js";

const dictionary = buildDictionary<InstrumentEntry>(
  instruments.flatMap((e) => [e.canonical, ...e.synonyms].map((t) => [t, e] as const)),
);
const patterned = instruments
  .filter((e) => e.patterns?.length)
  .map((e) => ({
    entry: e,
    patterns: e.patterns!.map((p) => ({ re: compilePattern("instruments.json", e.canonical, p, "g"), needs: leadingLiterals(p) })),
  }));

/**
 * The words a pattern must begin with, when it begins with plain words ("高新技术企业[^。]…",
 * "(?:研发中心|技术中心)…"): a sentence holding none of them cannot match, and `includes` is
 * much cheaper than running the pattern. Null when the pattern begins otherwise.
 */
export function leadingLiterals(source: string): string[] | null {
  const group = /^\(\?:([^()\[\]\\.*+?{}^$]+)\)/.exec(source);
  if (group) return group[1]!.split("|");
  const word = /^[^()\[\]\\.*+?{}^$|]+/.exec(source)?.[0];
  if (!word) return null;
  // A quantifier after the run applies to its last character only.
  const quantified = /^[*+?{]/.test(source.slice(word.length));
  const literal = quantified ? word.slice(0, -1) : word;
  return literal ? [literal] : null;
}

/** Sentences worth trying the patterns on: every pattern needs one of these words. */
const SUPPORT_WORDS = /奖励|补助|补贴|资助|奖补|扶持|支持|贴息|资金|经费|用地|供地|减免|费用|开放共享|攻关/;
/** Sentences a reader would call an instrument: money handed out for something. */
const INSTRUMENT_LIKE = /奖励|补助|补贴|资助|奖补|贴息/;

export const instrumentId = (canonical: string) => `instrument:${canonical}`;

export interface InstrumentUse {
  entry: InstrumentEntry;
  sentence: Sentence;
  start: number;
  end: number;
  amount: { yuan: number; start: number; end: number } | null;
}

export interface InstrumentScan {
  uses: InstrumentUse[];
  /** Instrument-like sentences (奖励/补助/补贴/资助/贴息) that matched no vocabulary entry. */
  unresolved: Sentence[];
}

/** Every instrument use in the document, and the instrument-like sentences left over. */
export function scanInstruments(ctx: DocContext): InstrumentScan {
  const text = ctx.matchText;
  const uses: InstrumentUse[] = [];
  const covered = new Set<Sentence>();
  const amounts = new Map<Sentence, Amount[]>();
  const add = (entry: InstrumentEntry, sentence: Sentence, start: number, end: number) => {
    let inSentence = amounts.get(sentence);
    if (!inSentence) amounts.set(sentence, (inSentence = findAmounts(text, sentence.start, sentence.end)));
    uses.push({ entry, sentence, start, end, amount: amountFor(text, inSentence, start) });
    covered.add(sentence);
  };
  for (const m of dictionary.find(text)) {
    const s = sentenceAt(ctx.sentences, m.start);
    if (s) add(m.value, s, m.start, m.end);
  }
  const unresolved: Sentence[] = [];
  for (const s of ctx.sentences) {
    const sentence = text.slice(s.start, s.end);
    if (!SUPPORT_WORDS.test(sentence)) continue;
    for (const { entry, patterns } of patterned) {
      for (const { re: p, needs } of patterns) {
        if (needs && !needs.some((w) => sentence.includes(w))) continue;
        p.lastIndex = 0;
        const m = p.exec(sentence);
        if (!m) continue;
        add(entry, s, s.start + m.index, s.start + m.index + m[0].length);
        break;
      }
    }
    if (!covered.has(s) && INSTRUMENT_LIKE.test(sentence) && /\d|给予/.test(sentence)) unresolved.push(s);
  }
  return { uses, unresolved };
}

/**
 * The award or subsidy size for a use at `at`: the first amount after it in the sentence (the
 * largest of a "100万元、50万元、5万元" run), else the last one before it.
 */
function amountFor(text: string, amounts: Amount[], at: number): InstrumentUse["amount"] {
  if (amounts.length === 0) return null;
  const i = amounts.findIndex((a) => a.start >= at);
  if (i < 0) return amounts[amounts.length - 1]!;
  let best = amounts[i]!;
  for (let j = i + 1; j < amounts.length && /^[、,，和或]?$/.test(text.slice(amounts[j - 1]!.end, amounts[j]!.start)); j++) {
    if (amounts[j]!.yuan > best.yuan) best = amounts[j]!;
  }
  return best;
}

export function findInstruments(c: Collector): InstrumentScan {
  const scan = scanInstruments(c.ctx);
  for (const u of scan.uses) {
    const id = c.mention(
      { id: instrumentId(u.entry.canonical), label: "Instrument", name: u.entry.canonical, props: { category: u.entry.category, subcategory: u.entry.subcategory } },
      u.start,
      u.end,
    );
    c.relate("ADOPTS", c.ctx.docId, id, u.sentence, u.amount ? { amountYuan: u.amount.yuan, amountText: c.ctx.text.slice(u.amount.start, u.amount.end) } : {});
  }
  return scan;
}
