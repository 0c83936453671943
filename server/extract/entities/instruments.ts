/**
 * Policy instruments (annotation guide §3.9, §4.9): every provision that applies a tool
 * (provisions.ts, found by how such clauses are written) is one ADOPTS edge with its quote and
 * money; a tool the vocabulary names literally (创新券, 研发费用加计扣除) outside any provision is
 * one too. Each tool keeps the document's name and carries `concept`, the vocabulary entry its
 * words normalise to (../vocab/instruments.json: 科技创新券 → 创新券; absent when none fits),
 * `category` (the guide's Appendix A tool type) and `side` (supply/environment/demand).
 *
 * The node id is the stated name (instrument:高新技术企业认定奖励): two tools of one document
 * that share a concept (企业研发中心认定奖励, 企业技术中心认定奖励) stay two nodes, and the
 * cross-place analyses group instruments by `concept` (cypher/analysis/adoptions.cypher).
 */
import { sentenceAt, type DocContext, type Sentence } from "../context.js";
import { INSTRUMENT_SIDE, type InstrumentCategory, type InstrumentSide } from "../../schema/graph.js";
import type { Collector } from "./collect.js";
import { findProvisions, moneyOf } from "./provisions.js";
import { buildDictionary } from "./trie.js";
import { compilePattern, instruments, type InstrumentEntry } from "./vocab.js";

const dictionary = buildDictionary<InstrumentEntry>(
  instruments.flatMap((e) => [e.canonical, ...e.synonyms].map((t) => [t, e] as const)),
);
/** The entries' phrasings ("引进…人才…奖励"), tried on a provision's quote to find its concept. */
const patterned = instruments
  .filter((e) => e.patterns?.length)
  .map((e) => ({ entry: e, patterns: e.patterns!.map((p) => compilePattern("instruments.json", e.canonical, p, "")) }));

/** A clause that applies a tool the vocabulary names: a verb of adopting, offering or encouraging. */
const ADOPTING = /落实|实施|实行|推行|推广|开展|建立|完善|探索|试行|运用|用好|鼓励|支持|给予|提供|加大|推进|深化|享受|执行|引导|发放|使用/;
/** A name head right after a vocabulary form makes it part of a body's or a fund's name (融资担保公司, 创业投资引导基金). */
const ENTITY_HEAD = /^(?:公司|中心|基金|平台|机构|集团|协会|联盟|行动|工程|计划|体系|费)/;

/** Sentences a reader would call an instrument: money handed out for something. */
const INSTRUMENT_LIKE = /奖励|补助|补贴|资助|奖补|贴息/;

export const instrumentId = (name: string) => `instrument:${name}`;

export interface InstrumentUse {
  name: string;
  aliases: string[];
  concept: InstrumentEntry | null;
  category: InstrumentCategory;
  side: InstrumentSide;
  /** The name's words in the text, and the provision's quote. */
  nameStart: number;
  nameEnd: number;
  quote: Sentence;
  money: Record<string, number | string>;
}

export interface InstrumentScan {
  uses: InstrumentUse[];
  /** Instrument-like sentences (奖励/补助/补贴/资助/贴息 with a figure or 给予) in which no provision was found. */
  unresolved: Sentence[];
}

/** Tool types read off a stated tool's words when no concept gives one: the object first, then the kind. */
const CATEGORY_BY_WORDS: [RegExp, InstrumentCategory][] = [
  [/知识产权|专利/, "ip"],
  [/人才|职称|薪酬|特派员|技能/, "talent"],
  [/券$/, "voucher"],
  [/贷款|贷$|保险|担保|融资|投贷|基金|风险补偿|补偿$/, "finance"],
  [/用地|供地|出让|土地|标准地/, "land"],
  [/税/, "tax"],
  [/采购|购买服务/, "procurement"],
  [/开放共享/, "sharing"],
  [/培育库|备案/, "cultivation"],
  [/清单|标准|监管|诚信/, "regulatory"],
  [/奖励|奖补|表彰/, "award"],
  [/补助|补贴|资助|贴息|支持|扶持|引导|经费/, "subsidy"],
];

export function categoryOf(name: string): InstrumentCategory {
  return CATEGORY_BY_WORDS.find(([re]) => re.test(name))?.[1] ?? "administrative";
}

/** The vocabulary concept a tool's words or its provision's quote name, or null. */
function conceptOf(text: string, name: string, quote: Sentence, payout: boolean): InstrumentEntry | null {
  const inName = dictionary.find(name);
  if (inName.length > 0) return inName.reduce((a, b) => (b.end - b.start > a.end - a.start ? b : a)).value;
  if (!payout) return null;
  const span = text.slice(quote.start, quote.end);
  return patterned.find(({ patterns }) => patterns.some((p) => p.test(span)))?.entry ?? null;
}

/** Every instrument use in the document, and the instrument-like sentences left over. */
export function scanInstruments(ctx: DocContext): InstrumentScan {
  const text = ctx.matchText;
  const uses: InstrumentUse[] = [];
  const provisions = findProvisions(text, ctx.sentences);
  for (const p of provisions) {
    const quote = { start: p.start, end: p.end };
    const concept = conceptOf(text, p.name, quote, Object.keys(p.money).length > 0 || /奖|补|资助|贴息|支持/.test(p.kind));
    const category = concept?.category ?? categoryOf(p.name);
    const surface = text.slice(p.nameStart, p.nameEnd);
    uses.push({ name: p.name, aliases: surface !== p.name ? [surface] : [], concept, category, side: INSTRUMENT_SIDE[category], nameStart: p.nameStart, nameEnd: p.nameEnd, quote, money: p.money });
  }
  // A tool the vocabulary knows by name, outside every provision: its clause is its provision.
  for (const m of dictionary.find(text)) {
    if (provisions.some((p) => p.start <= m.start && m.end <= p.end)) continue;
    const s = sentenceAt(ctx.sentences, m.start);
    if (!s) continue;
    const quote = clauseAt(text, s, m.start, m.end);
    if (!ADOPTING.test(text.slice(quote.start, quote.end)) || ENTITY_HEAD.test(text.slice(m.end, m.end + 2))) continue;
    uses.push({ name: m.value.canonical, aliases: [text.slice(m.start, m.end)], concept: m.value, category: m.value.category, side: m.value.side, nameStart: m.start, nameEnd: m.end, quote, money: moneyOf(text, quote.start, quote.end) });
  }
  uses.sort((a, b) => a.quote.start - b.quote.start);
  const unresolved = ctx.sentences.filter((s) => {
    const sentence = text.slice(s.start, s.end);
    return INSTRUMENT_LIKE.test(sentence) && /\d|给予/.test(sentence) && !provisions.some((p) => p.start >= s.start && p.end <= s.end);
  });
  return { uses: oncePerStatement(uses), unresolved };
}

/** The clause of `s` around [start, end). */
function clauseAt(text: string, s: Sentence, start: number, end: number): Sentence {
  let from = start;
  while (from > s.start && !/[，,；;:：]/.test(text[from - 1]!)) from--;
  let to = end;
  while (to < s.end && !/[，,；;]/.test(text[to]!)) to++;
  return { start: from, end: to };
}

/**
 * One edge per provision (guide §1.6): a tool named again with no amount of its own, or with an
 * amount already stated, is a repeat and gets no edge.
 */
function oncePerStatement(uses: InstrumentUse[]): InstrumentUse[] {
  const seen = new Map<string, Set<string>>();
  return uses.filter((u) => {
    const signature = JSON.stringify([u.money.amountYuan, u.money.rate, u.money.poolAmountYuan, u.money.capYuan]);
    const money = u.money.amountYuan !== undefined || u.money.rate !== undefined || u.money.poolAmountYuan !== undefined;
    const stated = seen.get(u.name);
    if (stated && (!money || stated.has(signature))) return false;
    seen.set(u.name, (stated ?? new Set()).add(signature));
    return true;
  });
}

export function findInstruments(c: Collector): InstrumentScan {
  const scan = scanInstruments(c.ctx);
  for (const u of scan.uses) {
    const props = { concept: u.concept?.canonical ?? null, category: u.category, side: u.side };
    const id = c.mention({ id: instrumentId(u.name), label: "Instrument", name: u.name, aliases: u.aliases, props }, u.nameStart, u.nameEnd);
    c.relate("ADOPTS", c.ctx.docId, id, u.quote, u.money);
  }
  return scan;
}
