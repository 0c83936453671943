/**
 * Funds and earmarked money pools: guidance, seed, angel, venture and industry funds,
 * 专项资金, 风险补偿资金池 — named or generic ("区级产业引导基金"), with the amount the text
 * gives them. ESTABLISHES (Document → Fund) where the document sets one up; SUPPORTS
 * (Fund → Industry / Organization / Park / Program) for what the fund's clause says it backs.
 */
import type { Props } from "../../schema/graph.js";
import { sentenceAt, type Sentence } from "../context.js";
import type { Collector } from "./collect.js";
import { clauseAround, hitsWithin, type Hit } from "./hits.js";
import { findAmounts, type Amount } from "./money.js";
import { looksUnnamed, nameStart, shortFormAfter, startOfName, stopWords } from "./names.js";

const HEAD = /(?:基金|专项资金|资金池|引导资金|发展资金|扶持资金|补偿资金|奖励资金|政策资金|培优资金|专项经费)(?![会管公])/g;
const STOPS = stopWords(["财政", "区财政", "市财政", "县财政", "资金", "万元", "亿元", "不少于", "不低于", "总额", "用", "定位", "功能定位"], ["发展", "引导", "配套", "协同", "合作", "共建", "联动", "服务", "扶持", "培育", "运营"]);
/** Words jieba tags as verbs that are the substance of fund names (投资引导基金, 风险补偿资金). */
const KEEP: ReadonlySet<string> = new Set(["投资", "引导", "创新", "创业", "发展", "扶持", "补偿", "担保", "转化", "转移", "保护", "维权", "互助", "培育", "孵化", "并购", "联动", "协同", "奖励", "激励", "增信", "救助", "应急", "周转", "转贷", "过桥", "升级", "改造", "促进", "推广", "引进", "开发", "运营", "科技", "产业", "一体化", "种子", "天使", "股权", "风险", "信用", "融资", "专项", "新兴", "战略性", "母", "子"]);
/**
 * Names too generic to be a fund of their own: a kind of money, not a pool someone set up.
 * Kinds the document asks others to set up (子基金, 投资基金, 天使投资基金) are funds (guide §3.4).
 */
const GENERIC = /^(?:[区市县省]级|上级|本级|各级|中央|省级财政)?(?:基金|母基金|专项资金|专项基金|发展资金|扶持资金|引导资金|奖励资金|补偿资金|资金池|专项经费|产业基金|股权投资基金|私募基金|政府性基金|政策性基金|各类基金|担保基金|财政专项资金|各级专项资金|相关专项资金|各类专项资金|上级专项资金|其他专项资金|财政性专项资金)$/;
/** Money the state holds for other purposes (social insurance, levies): not innovation funds. */
const NOT_A_FUND = /保险基金|水利建设基金|墙改基金|墙体材料专项基金|散装水泥|公积金|政府性基金|残疾人|证券|期货|公募|私募基金$/;
const ESTABLISH = /设立|设置|建立|组建|成立|安排|出资|发起|筹建|新设|募集|整合|争取设立|扩容|扩大/;
/** Clauses where others set the fund up and the document only encourages or links to it. */
const OTHERS_DO_IT = /鼓励|吸引|引导|对接|争取[^设]|积极争取|入驻|参与/;
/** "（以下简称…）是由区政府主导设立的": the verb comes after the name. */
const SET_UP_AFTER = /^(?:[(（][^)）]{0,20}[)）])?[是由][^,，;；。]{0,14}设立/;
const ELIDED_BACKING = /重点投向|主要投向|投向|重点投资于?|主要投资于?/;
/** What says where a fund's money goes (guide §4.7): what follows it, to the clause's end, is backed. */
const BACKS = /用于|支持|扶持|面向|投向|投资于|重点投|给予/;
const YEAR = /(20\d{2})年/;
/** A second matcher for the next fund in a sentence, so the scan's own position stays put. */
const NEXT_HEAD = new RegExp(HEAD.source, "g");

export interface FundScan {
  hits: Hit[];
}

export interface FundTargets {
  industries: Hit[];
  organizations: Hit[];
  parks: Hit[];
  programs: Hit[];
  platforms: Hit[];
}

/**
 * Finds funds and relates them.
 * @example "初期设立1亿元区级产业引导基金" → Fund 区级产业引导基金 {amountYuan: 100000000, amountText: "1亿元"}
 */
export function findFunds(c: Collector, targets: FundTargets): FundScan {
  const { ctx } = c;
  const text = ctx.matchText;
  const scope = ctx.region?.name ?? ctx.docId;
  const candidates = fundCandidates(text);
  // One fund, several names: a name that ends a longer one (旅游发展资金 → 全域旅游发展资金,
  // 创业担保基金 → 安吉县创业担保基金) and a declared short form (以下简称“产业基金”).
  const canonical = new Map<string, string>();
  for (const f of candidates) {
    if (f.shortForm) canonical.set(f.shortForm, f.name);
    const longer = new Set(candidates.filter((o) => o.name.length > f.name.length && o.name.endsWith(f.name)).map((o) => o.name));
    if (longer.size === 1 && !canonical.has(f.name)) canonical.set(f.name, [...longer][0]!);
  }
  const hits: Hit[] = [];
  for (const f of candidates) {
    const name = canonical.get(f.name) ?? f.name;
    const sentence = sentenceAt(ctx.sentences, f.start);
    if (!sentence) continue;
    const clause = clauseAround(text, sentence, f.start);
    const amount = amountOf(text, clause, f.start, f.end);
    const props: Props = amount ? { amountYuan: amount.yuan, amountText: ctx.text.slice(amount.start, amount.end) } : {};
    const id = c.mention({ id: `fund:${scope}:${name}`, label: "Fund", name, aliases: name === f.name ? [] : [f.name], props }, f.start, f.end);
    hits.push({ id, start: f.start, end: f.end });

    const before = text.slice(clause.start, f.start);
    const after = text.slice(f.end, clause.end + 30);
    if ((ESTABLISH.test(before) && !OTHERS_DO_IT.test(before)) || SET_UP_AFTER.test(after)) {
      const year = YEAR.exec(text.slice(sentence.start, sentence.end));
      c.relate("ESTABLISHES", ctx.docId, id, sentence, {
        amountYuan: amount?.yuan ?? null,
        year: year ? Number(year[1]) : ctx.publishedYear,
      });
    }
    relateBacking(c, id, sentence, f.start, f.end, targets);
  }
  relateElidedBacking(c, hits, targets);
  return { hits };
}

interface Candidate {
  name: string;
  start: number;
  end: number;
  shortForm?: string;
}

function fundCandidates(text: string): Candidate[] {
  const out: Candidate[] = [];
  const shortForms = new Map<string, string>();
  HEAD.lastIndex = 0;
  for (let m = HEAD.exec(text); m; m = HEAD.exec(text)) {
    const end = m.index + m[0].length;
    const start = startOfName(text, m.index, STOPS, 16, KEEP);
    const name = text.slice(start, end).replace(/[“”]/g, "");
    if (shortForms.has(name)) {
      out.push({ name, start, end });
      continue;
    }
    if (name.length < 4 || GENERIC.test(name) || NOT_A_FUND.test(name) || looksUnnamed(name)) continue;
    const short = shortFormAfter(text, end)?.alias.replace(/[“”]/g, "");
    if (short) shortForms.set(short, name);
    out.push({ name, start, end, ...(short ? { shortForm: short } : {}) });
  }
  return out;
}

/**
 * "重点投向我区智能传感、装备制造…等重点产业": in a document about one fund the sentence that
 * says where the money goes often leaves the fund out; it is the fund last named before it.
 */
function relateElidedBacking(c: Collector, funds: Hit[], t: FundTargets) {
  const text = c.ctx.matchText;
  if (funds.length === 0) return;
  for (const s of c.ctx.sentences) {
    const sentence = text.slice(s.start, s.end);
    if (!ELIDED_BACKING.test(sentence) || hitsWithin(funds, s.start, s.end).length > 0) continue;
    const previous = funds.filter((f) => f.end <= s.start && s.start - f.end < 3000).pop();
    if (!previous) continue;
    for (const h of hitsWithin(t.industries, s.start, s.end)) c.relate("SUPPORTS", previous.id, h.id, s);
  }
}

/** The amount written right before the name ("1亿元区级…", "总规模5000万元的…") or right after ("…基金,规模10亿元"). */
function amountOf(text: string, clause: { start: number; end: number }, nameStart: number, nameEnd: number): Amount | null {
  const before = findAmounts(text, clause.start, nameStart).pop();
  if (before && /^(?:的|左右的|以上的|规模的|设立|设置|成立|组建|安排|用于)?$/.test(text.slice(before.end, nameStart))) return before;
  const after = findAmounts(text, nameEnd, Math.min(clause.end + 40, text.length))[0];
  if (after && /^[,，(（]?(?:总|首期|初期)?(?:规模|资金)?(?:为|达|达到|不少于|不低于)?$/.test(text.slice(nameEnd, after.start))) return after;
  return null;
}

/**
 * SUPPORTS: what the fund's own name names (东莞市生物医药产业发展引导基金 → 生物医药) and what
 * the rest of its sentence says it backs, up to the next fund.
 */
function relateBacking(c: Collector, fundId: string, sentence: Sentence, start: number, end: number, t: FundTargets) {
  const text = c.ctx.matchText;
  for (const h of hitsWithin(t.industries, start, end)) c.relate("SUPPORTS", fundId, h.id, sentence);
  NEXT_HEAD.lastIndex = end;
  const next = NEXT_HEAD.exec(text);
  const stop = next && next.index < sentence.end ? Math.max(end, nameStart(text, next.index, STOPS, 16)) : sentence.end;
  const trigger = BACKS.exec(text.slice(end, stop));
  if (!trigger) return;
  // "用于众创空间建设和运营补助": what the trigger's clause names, not the rest of the sentence.
  const from = end + trigger.index;
  const to = Math.min(stop, clauseAround(text, sentence, from).end);
  for (const list of [t.industries, t.organizations, t.parks, t.programs, t.platforms]) {
    for (const h of hitsWithin(list, from, to)) c.relate("SUPPORTS", fundId, h.id, sentence);
  }
}
