/**
 * Policy-tool provisions (annotation guide §3.9, §4.9): the clauses in which a document applies a
 * tool, found by how such clauses are written rather than by a list of tools:
 *   - a payout: "对新认定的…企业研发中心,分别给予一次性奖励100万元、50万元", "按…的50%给予补贴,
 *     单个企业每年最高20万元", "给予建设补助、绩效激励和融资支持";
 *   - a regime: "建立/实行/推行/完善/探索…制度/机制/负责制", "落实…政策", "试行…";
 *   - a list of tools by their kind: "综合运用基金支持、贷款贴息、风险补偿等方式",
 *     "鼓励…开发信用贷款、股权质押贷款等科技金融产品".
 * Each provision is one span (its quote, condition included) with the tool's name built as the
 * guide says (object + trigger + tool type: 企业研发中心认定奖励) and its money attributes.
 */
import type { Sentence } from "../context.js";
import { findAmounts, type Amount } from "./money.js";

export interface Provision {
  /** The tool as the document states it: 高新技术企业认定奖励, 科技项目成果后评估制度. */
  name: string;
  /** The tool-type word that names its kind (奖励, 补贴, 制度 …), for its category. */
  kind: string;
  /** Where the name's words sit (for MENTIONS) and the provision's quote. */
  nameStart: number;
  nameEnd: number;
  start: number;
  end: number;
  money: Record<string, number | string>;
}

/** Tool-type words a payout ends in, longest first. */
const PAYOUT_KIND = /(贴息|奖补|奖励|补助|补贴|资助|补偿|经费支持|资金支持|融资支持|资金扶持|扶持|支持)/g;
/** A payout clause: money handed out, with a verb of giving or an amount or a rate. */
const GIVING = /给予|给于|予以|一次性|最高|不超过|分别|加大对/;
const HAS_FIGURE = /\d|[一二三四五六七八九十百千]+万元/;
/** A clause that states the beneficiary's condition: "对认定为…的", "首次认定的高新技术企业", "在新三板挂牌的" (not "除…外"). */
const CONDITION = /^(?:对|对于|凡|经|鼓励|支持)|的/;
const EXCEPTION = /^除/;
/** Where a payout clause's own condition ends: "对经认定的市级新产品给予奖励" before 给予. */
const GIVING_VERB = /给予|给于|予以|奖励|补助|补贴|资助/;
/** A clause that only caps or paces the payout before it: "单个企业每年最高20万元", "按40%、30%、30%分3年拨付". */
const CONTINUATION = /^(?:单个|每个|每家|每项|每年|同一|最高|累计|且|其中|分\d|按)/;
/** Trigger words in a condition, and the name part they give. */
const TRIGGERS: [RegExp, string][] = [
  [/认定为?|评为|评定为?|获批|获评|授牌|命名为?/, "认定"],
  [/备案/, "备案"],
  [/入库/, "入库"],
  [/上市/, "上市"],
  [/挂牌/, "挂牌"],
  [/引进|引入/, "引进"],
];
const LEVELS = /^(?:(?:国家|省|自治区|市|区|县|部|省部)级?(?:或|、|和|及|以上|及以上|以上)*)+/;
const OBJECT_NOISE = /^(?:首次|新获|新被|新(?=认定|评)|被|经|全市|全区|全县|我市|我区|本市|本区)+/;
/** Words an object name cannot begin with: amounts, pointers back, pacing. */
const JUNK_OBJECT = /^(?:万元|元|以上|以下|给予|同时|单项|单个|每|第|其|该|上述|同一|按|分别|当年|再)/;
/** A run that can stand as an object name: Chinese words, letters and the brackets names use. */
const OBJECT_CHARS = /^[\u4e00-\u9fa5A-Za-z()“”"+]+$/;

/** Regime clauses: verb, object, institution word. */
const REGIME = /(建立健全|享受|享有|建立完善|改革完善|建立|健全|完善|实行|推行|探索|试行|深化|落实|执行|实施|改进|推进|设立)([^，,；;。:：]{2,30}?)(负责制|制度|机制|政策|清单|考核体系|评价体系|评价应用体系|改革|模式|条款|同等待遇|待遇)(?=[，,；;。、]|$|和|等|与)/g;
/** A permission or a trial (guide §4.9 试行, 允许): the clause's rest is the tool, with or without an institution word. */
const PERMISSION = /^(?:并|可|还|要|积极|逐步|进一步|探索)?(试行|探索实行|允许|准许)([^，,；;。:：]{4,24})$/;
/** Words left of an institution word that make it no tool: "体制机制", "工作机制" are general. */
const VAGUE_REGIME = /^(?:(?:体制|工作|长效|协调|联动|运行|管理|相关|各项|有关|国家|上级|省|市|区)+)$/;
/** Coordination and organisation words: such a mechanism is how agencies work together, not a tool applied to anyone. */
const COORDINATION = /协同|联动|协作|合作|对接|协商|沟通|领导|统筹|整合|联席|体制|推进|的|新机制/;
/** "A、B、C等多种方式/形式/金融产品/保险产品/政策": the members are tools of that kind. */
const TOOL_LIST_END = /等(?:[\u4e00-\u9fa5]{0,6}?)(方式|形式|产品|政策|制度|措施|业务|力度)/g;
/** Members of a tool list must read as tools: ending in a tool word. */
const TOOL_WORD = /(?:奖励|奖补|补助|补贴|资助|贴息|补偿|支持|引导|贷款|贷|保险|担保|融资|投资|基金|抵扣|优惠|扣除|采购|券|制度|机制|负责制|清单|改革|激励|委托)$/;
const LIST_VERB = /^.*?(?:采取|采用|运用|综合运用|通过|开发|推出|推广|落实|实施|实行|加大|开展|用好|创新|提供|探索)/;

export function findProvisions(text: string, sentences: Sentence[]): Provision[] {
  const out: Provision[] = [];
  for (const s of sentences) {
    const sentence = text.slice(s.start, s.end);
    const clauses = splitClauses(text, s);
    payouts(text, clauses, out);
    if (/制|政策|清单|体系|改革|待遇/.test(sentence)) regimes(text, s, out);
    if (/试行|允许|准许/.test(sentence)) permissions(text, clauses, out);
    if (sentence.includes("等")) toolLists(text, s, out);
  }
  return dropOverlaps(out);
}

interface Clause {
  start: number;
  end: number;
  text: string;
}

function splitClauses(text: string, s: Sentence): Clause[] {
  const out: Clause[] = [];
  let from = s.start;
  for (let i = s.start; i <= s.end; i++) {
    if (i === s.end || /[，,；;:：]/.test(text[i]!)) {
      // A quote drops the sentence's final 。 (guide §1.5).
      let end = i;
      while (end > from && /[。！？!?]/.test(text[end - 1]!)) end--;
      if (end > from) out.push({ start: from, end, text: text.slice(from, end) });
      from = i + 1;
    }
  }
  return out;
}

function isPayout(c: Clause): boolean {
  PAYOUT_KIND.lastIndex = 0;
  if (!PAYOUT_KIND.test(c.text)) return false;
  return GIVING.test(c.text) || (HAS_FIGURE.test(c.text) && /元|%/.test(c.text));
}

/** Payout provisions: each payout clause with its condition clauses before it and its caps after it. */
function payouts(text: string, clauses: Clause[], out: Provision[]): void {
  let floor = 0;
  for (let i = 0; i < clauses.length; i++) {
    const pay = clauses[i]!;
    if (!isPayout(pay)) continue;
    let first = i;
    while (first > floor && !isPayout(clauses[first - 1]!)) first--;
    let last = i;
    while (last + 1 < clauses.length && CONTINUATION.test(clauses[last + 1]!.text) && !isPayout(clauses[last + 1]!)) last++;
    floor = last + 1;
    const condition = [...clauses.slice(first, i)].reverse().find((c) => CONDITION.test(c.text) && !EXCEPTION.test(c.text)) ?? ownCondition(pay);
    const start = clauses[first]!.start;
    const end = clauses[last]!.end;
    const kinds = payoutKinds(pay);
    if (kinds.length === 0) continue;
    const object = condition ? objectOf(text, condition) : null;
    // "同一企业合计资助金额最高不超过30万元": a cap on the provision before, not a tool of its own.
    if (!object && /^(?:单|每|同一|同个|以上|上述)/.test(clauses[first]!.text)) {
      i = last;
      continue;
    }
    // Sums in the condition are thresholds ("年营业收入首次超过1亿元的"), not the award: money is read from the payout on.
    const money = moneyOf(text, pay.start, end);
    for (const k of kinds) {
      const ownWords = k.words.length > k.kind.length;
      // "给予建设补助、绩效激励": the given words name the tool; "给予一次性奖励": the object does.
      const name = object ? `${object.name}${ownWords && kinds.length > 1 ? k.words : `${object.trigger}${k.kind}`}` : k.words;
      if (name.length < 3) continue;
      out.push({ name, kind: k.kind, nameStart: object?.start ?? k.start, nameEnd: object?.end ?? k.end, start, end, money });
    }
    i = last;
  }
}

interface Kind {
  kind: string;
  /** The tool's own words before the kind, when they qualify it: 建设补助, 费用补贴. */
  words: string;
  start: number;
  end: number;
}

/** The tool types a payout clause hands out: one, or several listed ("建设补助、绩效激励和融资支持"). */
function payoutKinds(c: Clause): Kind[] {
  const out: Kind[] = [];
  PAYOUT_KIND.lastIndex = 0;
  for (let m = PAYOUT_KIND.exec(c.text); m; m = PAYOUT_KIND.exec(c.text)) {
    const before = /[\u4e00-\u9fa5]{0,4}$/.exec(c.text.slice(0, m.index))![0].replace(/^.*?(?:给予|给于|予以|一次性|的|和|及|或|分别|性)/, "");
    const words = before.replace(/^(?:资金|经费|一次性|适当|相应|持续|专项)$/, "") + m[1]!;
    const at = c.start + m.index;
    if (out.some((o) => o.kind === m![1])) continue;
    out.push({ kind: m[1]!, words, start: at - (words.length - m[1]!.length), end: at + m[1]!.length });
  }
  // "奖励补助" is one award; a kind inside a longer one ("资金支持" then "支持") is the same tool.
  if (out.length > 1 && !/[、和及与]/.test(c.text)) return [out[0]!];
  return out;
}

/** The part of a payout clause before its verb, when it names the object: "对经认定的新产品给予…", "按其新增研发投入的10%给予奖励". */
function ownCondition(pay: Clause): Clause | null {
  const verb = GIVING_VERB.exec(pay.text);
  if (!verb || verb.index < 2) return null;
  const head = pay.text.slice(0, verb.index).replace(/^(?:并|再|另)?(?:按照?其?|根据其?)/, "").replace(/的?\d+(?:\.\d+)?%.*$/, "的");
  if (head.length < 2) return null;
  return { start: pay.start, end: pay.start + verb.index, text: head };
}

interface ObjectName {
  name: string;
  trigger: string;
  start: number;
  end: number;
}

/** The beneficiary or object a condition clause names, and the trigger that qualifies it. */
function objectOf(text: string, c: Clause): ObjectName | null {
  const body = c.text.replace(/^(?:加大对|对于|对|凡|经|鼓励|支持|运用|利用|通过|采取)/, "");
  const trigger = TRIGGERS.find(([re]) => re.test(body))?.[1] ?? "";
  // "新认定的国家级…企业研发中心": the object follows the last 的; "认定为…领军企业的": it precedes it.
  const lastDe = body.lastIndexOf("的");
  let raw = lastDe >= 0 && lastDe < body.length - 2 ? body.slice(lastDe + 1) : body.replace(/的$/, "");
  const afterTrigger = /(?:认定为|评为|评定为|获批为?|获评|命名为|认定|备案|入库|引进|引入|上市|挂牌)(?:的)?(.+)$/.exec(raw);
  if (afterTrigger && afterTrigger[1]!.length >= 2 && !/^[、和及或]/.test(afterTrigger[1]!)) raw = afterTrigger[1]!;
  // "市级新产品、高新技术产品": the first member names the tool.
  const whole = raw.replace(OBJECT_NOISE, "").replace(LEVELS, "").replace(OBJECT_NOISE, "").split("、")[0]!;
  const name = goodObject(whole) ? whole : shortObject(whole);
  if (!goodObject(name)) return null;
  const at = text.indexOf(name, c.start);
  return { name, trigger: name.endsWith(trigger) ? "" : trigger, start: at, end: at + name.length };
}

/** A run that can name a tool's object: short, plain words, no scope or pointer words. */
function goodObject(name: string): boolean {
  // "在政策允许的范围内", "在符合规划的前提下": a scope, not a beneficiary; "第二年度", "以上", "每条线路": no object.
  return name.length >= 2 && name.length <= 14 && OBJECT_CHARS.test(name) && !/范围内|前提下|情况下|基础上|条件下|年度/.test(name) && !JUNK_OBJECT.test(name);
}

/**
 * A long condition's beneficiary: its subject when short ("专业设计人员达10人以上" → 专业设计人员),
 * else the event it ends in ("企业贯彻实施…并通过认证" → 认证).
 */
function shortObject(condition: string): string {
  const pieces = condition.split(/并|和|且|、|的|通过|实现|获得|达到|达|超过|入选|列入|在|后/).filter((p) => p.length >= 2);
  const first = pieces[0] ?? "";
  if (condition.startsWith(first) && first.length <= 8 && goodObject(first)) return first;
  const last = pieces[pieces.length - 1] ?? "";
  return last.length <= 10 && goodObject(last) ? last : "";
}

/** Regime provisions: "建立科技项目成果后评估制度" → 科技项目成果后评估制度 (the institution word kept). */
function regimes(text: string, s: Sentence, out: Provision[]): void {
  const sentence = text.slice(s.start, s.end);
  REGIME.lastIndex = 0;
  for (let m = REGIME.exec(sentence); m; m = REGIME.exec(sentence)) {
    // "国家财政部、税务总局关于天使投资个人有关税收试点政策": the policy is what follows 关于.
    const object = m[2]!.replace(/^.*关于/, "").replace(/^(?:一批|全市|全区|我市|我区|相关|各项|有关|好|和|的|以|市级|区级|县级|利用)+/, "").replace(/(?:相关|有关)$/, "");
    const head = m[3]!;
    if (object.length < 2 || VAGUE_REGIME.test(object) || COORDINATION.test(object) || /地$/.test(object) || /^(?:建立|健全|完善|实行|推行)/.test(object)) continue;
    if (head === "政策" && object.replace(/等$/, "").length < 4) continue;
    const nameStart = s.start + m.index + m[0].length - head.length - object.length;
    // "税收优惠及研发费用加计扣除等政策", "“揭榜挂帅”、定向委托等制度": each member is a tool; "创造、运用、管理、保护等机制" is one.
    const parts = object.replace(/等$/, "").split(/、|及|和/);
    const members = parts.every((x) => x.length >= 4 || /^“.*”$/.test(x)) ? parts : [object];
    const clause = clauseAround(text, s, nameStart);
    // "落实首台(套)重大技术装备扶持政策": the policy is the tool; "实施“揭榜挂帅”、定向委托等制度": each member is one.
    for (const member of members.length > 1 ? members.map((x) => x.replace(/等$/, "")) : [object]) {
      const name = head === "政策" || head === "改革" && member.endsWith("制度") ? member : `${member}${head}`;
      if (!OBJECT_CHARS.test(member.replace(/[、]/g, ""))) continue;
      const at = text.indexOf(member, nameStart);
      out.push({ name, kind: head, nameStart: at, nameEnd: at + member.length, start: clause.start, end: clause.end, money: {} });
    }
  }
}

/** "试行国有企业科研奖励和研发人员薪酬在经营预算中单列", "允许孵化器载体房屋分割转让". */
function permissions(text: string, clauses: Clause[], out: Provision[]): void {
  for (const c of clauses) {
    const m = PERMISSION.exec(c.text);
    if (!m || /范围内|前提下|规定|的$/.test(m[2]!)) continue;
    const name = m[2]!.replace(/^(?:其|企业|单位|有条件的)/, "");
    const at = c.start + m.index + m[0].length - m[2]!.length;
    out.push({ name, kind: m[1]!, nameStart: at, nameEnd: c.end, start: c.start, end: c.end, money: {} });
  }
}

/** Members of "A、B、C等方式/金融产品/政策" lists that read as tools: found from each 等, read leftwards to the clause start. */
function toolLists(text: string, s: Sentence, out: Provision[]): void {
  const sentence = text.slice(s.start, s.end);
  TOOL_LIST_END.lastIndex = 0;
  for (let m = TOOL_LIST_END.exec(sentence); m; m = TOOL_LIST_END.exec(sentence)) {
    const listEnd = s.start + m.index;
    const clause = clauseAround(text, s, listEnd);
    const body = text.slice(Math.max(clause.start, listEnd - 80), listEnd).replace(LIST_VERB, "");
    const members = splitMembers(body);
    if (members.length < 2) continue;
    let at = listEnd - body.length;
    for (const raw of members) {
      const from = text.indexOf(raw, at);
      at = from + raw.length;
      const member = raw.replace(/^[“"]|[”"]$/g, "");
      if (!TOOL_WORD.test(member) && !/^[“"]/.test(raw)) continue;
      if (member.length < 2 || member.length > 16 || /[“”"]/.test(member)) continue;
      out.push({ name: raw, kind: m[1]!, nameStart: from, nameEnd: from + raw.length, start: clause.start, end: clause.end, money: {} });
    }
  }
}

/** "基金支持、贷款贴息和风险补偿", "“前引导”“后支持”“后补助”" → members. */
function splitMembers(body: string): string[] {
  return body
    .split(/[、和及与]|(?<=”)(?=“)/)
    .map((x) => x.trim())
    .filter((x) => x.length > 0);
}

/** The clause (between commas or semicolons) of `s` that holds offset `at`. */
function clauseAround(text: string, s: Sentence, at: number): { start: number; end: number } {
  let start = at;
  while (start > s.start && !/[，,；;:：]/.test(text[start - 1]!)) start--;
  let end = at;
  while (end < s.end && !/[，,；;。！？!?]/.test(text[end]!)) end++;
  return { start, end };
}

/**
 * A provision's money (guide §1.7): amountYuan (the highest of a level list, a range's top,
 * else the cap), amountMinYuan, capYuan (a yearly or total cap beside a per-item amount), rate,
 * poolAmountYuan (the size of a money pool set up for the tool) and amountText (the words).
 */
export function moneyOf(text: string, start: number, end: number): Record<string, number | string> {
  const span = text.slice(start, end);
  const amounts = findAmounts(text, start, end);
  const out: Record<string, number | string> = {};
  const isCap = (a: Amount) => /(?:最高|不超过|累计|上限|封顶)[^，,；;\d]{0,6}$/.test(text.slice(Math.max(start, a.start - 12), a.start)) && /每年|累计|每个|每家|总额|年度/.test(text.slice(Math.max(start, a.start - 14), a.start));
  const isPool = (a: Amount) => /(?:设立|安排|出资|统筹)[^，,；;]{0,4}$/.test(text.slice(Math.max(start, a.start - 8), a.start)) && /^[^，,；;]{0,12}(?:资金|基金|创新券|券)/.test(text.slice(a.end, end));
  const pools = amounts.filter(isPool);
  const given = amounts.filter((a) => !isPool(a));
  // "工程造价在30万元以上的": a threshold, not a payout.
  const isThreshold = (a: Amount) => /^(?:以上|以下|及以上|以内)/.test(text.slice(a.end, a.end + 3));
  const perItem = given.filter((a) => !isCap(a) && !isThreshold(a));
  const caps = given.filter(isCap);
  if (perItem.length > 0) {
    const top = perItem.reduce((a, b) => (b.yuan > a.yuan ? b : a));
    out.amountYuan = top.yuan;
    if (top.minYuan !== undefined) out.amountMinYuan = top.minYuan;
    if (caps.length > 0) out.capYuan = caps[0]!.yuan;
  } else if (caps.length > 0) out.amountYuan = caps[0]!.yuan;
  if (pools.length > 0) {
    out.poolAmountYuan = pools[0]!.yuan;
    if (pools[0]!.minYuan !== undefined) out.poolAmountMinYuan = pools[0]!.minYuan;
  }
  const rate = /(\d+(?:\.\d+)?)\s*%|(\d)\s*\/\s*(\d)|([一二三四五])分之([一二三四五])/.exec(span);
  if (rate && !/%[-—–~～至]/.test(span.slice(rate.index))) {
    if (rate[1]) out.rate = Number(rate[1]) / 100;
    else if (rate[2]) out.rate = Math.round((Number(rate[2]) / Number(rate[3])) * 1e4) / 1e4;
  }
  const first = amounts[0] ?? null;
  if (first || out.rate !== undefined) {
    const from = first ? Math.min(first.start, rate ? start + rate.index : end) : start + rate!.index;
    const lastAmount = amounts[amounts.length - 1];
    const to = Math.max(lastAmount?.end ?? 0, rate ? start + rate.index + rate[0].length : 0);
    out.amountText = text.slice(from, to);
  }
  return out;
}

/** One provision per span and name: the regime or list reading of a payout clause repeats it. */
function dropOverlaps(found: Provision[]): Provision[] {
  const out: Provision[] = [];
  for (const p of found) {
    if (out.some((o) => o.name === p.name && o.start < p.end && p.start < o.end)) continue;
    if (out.some((o) => o.start < p.end && p.start < o.end && o.nameStart <= p.nameStart && p.nameEnd <= o.nameEnd)) continue;
    out.push(p);
  }
  return out;
}
