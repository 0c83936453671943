/**
 * Policy instruments. The provisions a document states (./provisions.ts: 对…给予…奖励,
 * 建立…机制, 落实…政策) are the tools it adopts, one ADOPTS edge each, quoting the provision
 * and carrying its money. The controlled vocabulary (../vocab/instruments.json: literal forms
 * such as 创新券 and phrasings around an object) is the normaliser: a provision it recognises
 * is the vocabulary's concept, the node the diffusion views compare across places; one it does
 * not know keeps the name the guide builds for it, with no concept. A vocabulary form outside
 * any provision (推广使用创新券) is adopted too.
 */
import { sentenceAt, type DocContext, type Sentence } from "../context.js";
import type { Collector } from "./collect.js";
import { clauseAround } from "./hits.js";
import { findAmounts, type Amount } from "./money.js";
import { findProvisions, TOOL_SIDE, type Provision, type ToolType } from "./provisions.js";
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

/** Statement phrasings (vocab.ts), tried on every sentence. */
const stating = instruments
  .filter((e) => e.statements?.length)
  .map((e) => ({ entry: e, statements: e.statements!.map((p) => ({ re: compilePattern("instruments.json", e.canonical, p, "g"), needs: leadingLiterals(p) })) }));

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

const ADOPTING = /推广|使用|发放|进行|享受|执行|按|落实|实施|实行|推行|试行|开展|建立|完善|健全|探索|设立|鼓励|支持|给予|提供|运用|采用|创新|加大|发展|引入|深化|推进|推动|扩大/;
const LINKING = /对接|依托|借助|争取|申报|参加|入选/;

export interface InstrumentUse {
  entry: InstrumentEntry;
  sentence: Sentence;
  start: number;
  end: number;
  amount: { yuan: number; start: number; end: number } | null;
  /** Found as one of the entry's literal forms, not through a pattern. */
  literal: boolean;
  /** Found through one of the entry's statements: the words state the provision themselves. */
  stated?: boolean;
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
  const add = (entry: InstrumentEntry, sentence: Sentence, start: number, end: number, literal: boolean, stated = false) => {
    let inSentence = amounts.get(sentence);
    if (!inSentence) amounts.set(sentence, (inSentence = findAmounts(text, sentence.start, sentence.end)));
    uses.push({ entry, sentence, start, end, amount: amountFor(text, inSentence, start), literal, ...(stated ? { stated } : {}) });
    covered.add(sentence);
  };
  for (const m of dictionary.find(text)) {
    const s = sentenceAt(ctx.sentences, m.start);
    if (s) add(m.value, s, m.start, m.end, true);
  }
  const unresolved: Sentence[] = [];
  for (const s of ctx.sentences) {
    const sentence = text.slice(s.start, s.end);
    for (const { entry, statements } of stating) {
      for (const { re: p, needs } of statements) {
        if (needs && !needs.some((w) => sentence.includes(w))) continue;
        p.lastIndex = 0;
        const m = p.exec(sentence);
        if (m) add(entry, s, s.start + m.index, s.start + m.index + m[0].length, false, true);
      }
    }
    if (!SUPPORT_WORDS.test(sentence)) continue;
    for (const { entry, patterns } of patterned) {
      for (const { re: p, needs } of patterns) {
        if (needs && !needs.some((w) => sentence.includes(w))) continue;
        p.lastIndex = 0;
        const m = p.exec(sentence);
        if (!m) continue;
        add(entry, s, s.start + m.index, s.start + m.index + m[0].length, false);
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

/** The tool type (Appendix A) of a vocabulary entry, from its side and subcategory. */
function entryType(entry: InstrumentEntry): ToolType {
  const name = entry.canonical;
  if (/券/.test(name)) return "voucher";
  const bySub: Partial<Record<InstrumentEntry["subcategory"], ToolType>> = {
    talent: "talent", finance: "finance", tax: "tax", procurement: "procurement", trade: "trade", demonstration: "demand", services: "services",
  };
  const sub = bySub[entry.subcategory];
  if (sub) return sub;
  if (entry.subcategory === "infrastructure") return /用地|土地/.test(name) ? "land" : "subsidy";
  if (entry.subcategory === "regulation") return /知识产权|专利/.test(name) ? "ip" : /告知承诺|标准|监管/.test(name) ? "regulatory" : "administrative";
  if (entry.subcategory === "technology") return /共享/.test(name) ? "sharing" : /奖励/.test(name) ? "award" : "subsidy";
  return /奖励|奖/.test(name) ? "award" : "subsidy";
}

/** Money attributes of a provision (guide §1.7): the largest amount, every level as written, the rate. */
function moneyOf(c: Collector, start: number, end: number): Record<string, number | string> {
  const text = c.ctx.matchText;
  const amounts = findAmounts(text, start, end);
  const props: Record<string, number | string> = {};
  if (amounts.length > 0) {
    const largest = amounts.reduce((a, b) => (b.yuan > a.yuan ? b : a));
    props.amountYuan = largest.yuan;
    props.amountText = c.ctx.text.slice(amounts[0]!.start, amounts[amounts.length - 1]!.end);
    const range = /^(\d+(?:\.\d+)?)\s*(?:万|亿)?元?\s*[-—–~～至到]/.exec(largest.text);
    if (range) props.amountMinYuan = Math.round(largest.yuan * (Number(range[1]) / Number(/[-—–~～至到]\s*(\d+(?:\.\d+)?)/.exec(largest.text)?.[1] ?? range[1])));
  }
  const rate = /(\d+(?:\.\d+)?)\s*%|(\d)\/(\d)/.exec(text.slice(start, end));
  if (rate) props.rate = rate[1] ? Number(rate[1]) / 100 : Math.round((Number(rate[2]) / Number(rate[3])) * 10000) / 10000;
  return props;
}

export function findInstruments(c: Collector): InstrumentScan {
  const { ctx } = c;
  const scan = scanInstruments(ctx);
  const usesBySentence = new Map<Sentence, InstrumentUse[]>();
  for (const u of scan.uses) usesBySentence.set(u.sentence, [...(usesBySentence.get(u.sentence) ?? []), u]);
  // One edge per provision; a tool named again without new money adds none (guide §1.6). A
  // tool is known by the words the document gives it: two provisions one concept normalises
  // (高新技术企业财税优惠政策, 企业科技人才税收优惠政策 → 税收优惠) are two tools, two edges.
  const edges = new Set<string>();
  const adopt = (node: { id: string; name: string; aliases: string[]; props: Record<string, string | null> }, span: { start: number; end: number }, mention: { start: number; end: number }, money: Record<string, number | string>, worded: string | null) => {
    const id = c.mention({ id: node.id, label: "Instrument", name: node.name, aliases: node.aliases, props: node.props }, mention.start, mention.end);
    // A provision with its own money is a fact of its own, even at an amount seen before
    // (two listing tiers of 200万元 each); one without adds nothing to an edge already there.
    const hasMoney = money.amountYuan !== undefined || money.rate !== undefined;
    // A vocabulary form outside a provision (worded null) repeats any edge its node has.
    const key = worded === null ? id : `${id}|${worded}`;
    if (!hasMoney && edges.has(key)) return;
    edges.add(key);
    edges.add(id);
    c.relate("ADOPTS", ctx.docId, id, span, money);
  };
  for (const s of ctx.sentences) {
    const uses = usesBySentence.get(s) ?? [];
    const consumed = new Set<InstrumentUse>();
    const provisions = findProvisions(ctx.matchText, s.start, s.end);
    for (const p of provisions) {
      const concept = conceptFor(p, uses, consumed);
      if (concept) consumed.add(concept);
      const type = concept ? entryType(concept.entry) : p.type;
      const node = concept
        ? { id: instrumentId(concept.entry.canonical), name: concept.entry.canonical, aliases: p.name.length >= 3 ? [p.name] : [], props: { category: type, side: TOOL_SIDE[type], concept: concept.entry.canonical } }
        : { id: instrumentId(p.name), name: p.name, aliases: [], props: { category: type, side: TOOL_SIDE[type], concept: null } };
      // A tool with no name beyond its tool word (奖励, 补助) names nothing a reader can use; a
      // loan product is named in three characters (科创贷, 园区贷, 科贷通).
      if (!concept && ((p.name.length < 4 && !(p.type === "finance" && /贷通?$/.test(p.name))) || /^(?:[\u4e00-\u9fa5]{0,1})(?:奖励|补助|补贴|资助|支持|奖补|激励)$/.test(p.name))) continue;
      adopt(node, p, { start: p.toolStart, end: p.toolEnd }, moneyOf(c, p.start, p.end), p.name);
    }
    for (const u of uses) {
      // Outside a provision, a vocabulary form is adopted where the clause adopts something
      // (推广使用创新券, 开展科技保险), not where it is linked to or named (对接…基金, 依托…担保公司).
      // A statement is its own adoption (结余资金留归承担单位); its words tell one provision from
      // another of the same concept.
      if (consumed.has(u) || !(u.literal || u.stated) || u.entry.canonical.endsWith("基金")) continue;
      const clause = clauseAround(ctx.matchText, s, u.start);
      const around = ctx.matchText.slice(clause.start, u.start);
      if (LINKING.test(around) || (!u.stated && !ADOPTING.test(around))) continue;
      // Inside a provision the statement only names its concept, when the provision takes it.
      if (u.stated && provisions.some((p) => p.start <= u.start && u.start < p.end)) continue;
      if (u.stated && uses.some((o) => o !== u && o.stated && o.entry === u.entry && o.start < u.start && clauseAround(ctx.matchText, s, o.start).start === clause.start)) continue;
      const type = entryType(u.entry);
      adopt(
        { id: instrumentId(u.entry.canonical), name: u.entry.canonical, aliases: [], props: { category: type, side: TOOL_SIDE[type], concept: u.entry.canonical } },
        clause,
        { start: u.start, end: u.end },
        u.amount ? { amountYuan: u.amount.yuan, amountText: ctx.text.slice(u.amount.start, u.amount.end) } : {},
        u.stated ? ctx.matchText.slice(u.start, u.end) : null,
      );
    }
  }
  return scan;
}

/** The vocabulary use inside a provision's span that names its tool, closest to the tool word. */
function conceptFor(p: Provision, uses: InstrumentUse[], consumed: Set<InstrumentUse>): InstrumentUse | null {
  let best: InstrumentUse | null = null;
  for (const u of uses) {
    if (consumed.has(u) || u.start < p.start || u.start >= p.end) continue;
    // A named tool (…保险、出口信用保险等) is its own words' concept, not a neighbour's in the clause.
    if (!p.grant && (u.end <= p.toolStart || u.start >= p.toolEnd)) continue;
    if (!best || Math.abs(u.start - p.toolStart) < Math.abs(best.start - p.toolStart)) best = u;
  }
  return best;
}

