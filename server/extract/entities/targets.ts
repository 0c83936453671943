/**
 * Count and size targets as goal clauses write them (annotation guide §3.10, §4.10):
 *   - verb + count + noun: "培育15户高新技术企业", "争取每年合作推进2个重大科技项目";
 *   - verb + noun + count: "建设示范性众创空间2万平方米以上", "新增上市公司4家以上",
 *     "实现重点领域关键技术突破10项以上";
 *   - number words: "实现领军型企业零的突破" (1), "“千亿工业”" (1000 亿元).
 * The value is the number as printed, its magnitude kept in the unit (2万平方米 → 2, 万平方米).
 */

/** Units of counts and sizes seen in the corpus, longest first so that 万平方米 wins over 平方米. */
export const TARGET_UNIT = String.raw`(?:万平方米|平方米|万人次|人次|万人|万亩|亿美元|万美元|亿元|万元|个百分点|%|家|个|户|名|人|项|件|次|所|座|亩|倍|台|套|支|批|条|场|届|公里)`;
const NUMBER = String.raw`(\d+(?:\.\d+)?)`;
/** Verbs of building or gaining something counted; the ones that define the count stay in its name (§3.10). */
const GOAL_VERB = String.raw`(培育|引进|建设|建成|打造|新增|新建|新创建|创建|认定|发展|新发展|实施|实现|开展|组建|遴选|推进|转化|培养|集聚|突破|设立|新培育|引育|举办|形成|入库)`;
const NOUN = String.raw`([\u4e00-\u9fa5“”A-Za-z0-9()+＋]{2,24}?)`;
const END = String.raw`(?=[，,；;。、和及]|$)`;
/** "培育15户高新技术企业". */
const COUNT_NOUN = new RegExp(String.raw`${GOAL_VERB}[^\d，,；;。]{0,6}?${NUMBER}\s*(${TARGET_UNIT})(以上|左右)?(?:[^\d，,；;。]{0,3}?的)?${NOUN}${END}`, "g");
/** "新增上市公司4家以上", "建设示范性众创空间2万平方米以上". */
const NOUN_COUNT = new RegExp(String.raw`${GOAL_VERB}${NOUN}(?:达到|达|超过|突破|不少于|不低于)?${NUMBER}\s*(${TARGET_UNIT})(以上|左右)?${END}`, "g");
/** The next member of a count list: "、省级农家乐特色乡镇3个". */
const NEXT_MEMBER = new RegExp(String.raw`^[、和及]${NOUN}${NUMBER}\s*(${TARGET_UNIT})(以上|左右)?${END}`);
const ZERO_BREAK = /实现([\u4e00-\u9fa5“”]{2,16}?)零的突破/g;
const ROUND_SCALE = /“(千亿|百亿|万亿)([\u4e00-\u9fa5]{1,4})”/g;
/** A clause about the present, not a goal: "现有高新技术企业50家", "已建成…". */
export const PRESENT = /现有|已有|已经|已建|目前|截至|共有|累计已/;
/** "第3条", "第2批": an ordinal or an article number, not a count. */
const ORDINAL = /第\s*\d/;
/** Verbs kept in a count's name: 高新技术企业培育数量, 新增上市公司数量. */
const DEFINING = new Set(["培育", "引进", "转化"]);
const NEW = /^新/;

export interface CountTarget {
  name: string;
  /** The noun's span, for MENTIONS. */
  start: number;
  end: number;
  value: number;
  unit: string;
  comparator: string;
  period?: string;
}

/** The comparator a number's own words give (guide §4.10): 以上/不低于/达到 ≥, 超过 >, 左右 ≈, bare =. */
export function comparatorOf(before: string, after: string): string {
  if (/左右|约$/.test(after) || /约$/.test(before)) return "≈";
  if (/超过$|突破$/.test(before)) return ">";
  if (/以上|不低于|不少于/.test(after) || /达到$|达$|不低于$|不少于$/.test(before)) return ">=";
  return "=";
}

export function periodOf(clause: string): string | undefined {
  return /每年/.test(clause) ? "每年" : /年均/.test(clause) ? "年均" : undefined;
}

/** The quantity a count or size of `noun` measures: 数量, 面积, 规模, 次数. */
function quantityName(noun: string, unit: string, verb: string): string {
  const measure = /平方米|亩/.test(unit) ? "面积" : /元$|美元$/.test(unit) ? "规模" : /次$/.test(unit) ? "次数" : /^(?:万人|人|名)$/.test(unit) && /人才|人员|人$/.test(noun) ? "数量" : "数量";
  // "在国内具有较强影响力的双跨平台": the head after the last 的 is what is counted.
  const named = noun.replace(/^.*的(?=[\u4e00-\u9fa5“]{2})/, "").replace(/^(?:各项|各类|一批|全市|全区|全县|我市|我区)/, "");
  if (NEW.test(verb)) return `${verb}${named}${measure}`;
  return `${named}${DEFINING.has(verb) && measure === "数量" ? verb : ""}${measure}`;
}

/** Count and size targets in one clause `[start, end)` of `text`. */
export function findCountTargets(text: string, start: number, end: number): CountTarget[] {
  const clause = text.slice(start, end);
  if (PRESENT.test(clause)) return [];
  const out: CountTarget[] = [];
  const period = periodOf(clause);
  const push = (name: string, at: number, noun: string, value: number, unit: string, comparator: string) => {
    if (out.some((o) => o.value === value && o.unit === unit && o.name === name)) return;
    out.push({ name, start: start + at, end: start + at + noun.length, value, unit, comparator, ...(period ? { period } : {}) });
  };
  for (const m of clause.matchAll(COUNT_NOUN)) {
    const noun = m[5]!;
    // "设立1亿元区级产业引导基金", "总投资110亿元的…产业城": a sum before a noun sizes a fund or a project, not a goal.
    if (!nounOk(noun) || /元$/.test(m[3]!) || ORDINAL.test(m[0])) continue;
    push(quantityName(noun, m[3]!, m[1]!), m.index + m[0].length - noun.length, noun, Number(m[2]), m[3]!, comparatorOf(clause.slice(0, m.index + m[1]!.length), m[4] ?? ""));
  }
  for (const m of clause.matchAll(NOUN_COUNT)) {
    const noun = m[2]!;
    if (!nounOk(noun) || ORDINAL.test(m[0])) continue;
    const before = clause.slice(0, m.index + m[0].length - (m[5] ?? "").length - m[4]!.length - m[3]!.length);
    push(quantityName(noun, m[4]!, m[1]!), m.index + m[1]!.length, noun, Number(m[3]), m[4]!, comparatorOf(before, m[5] ?? ""));
    // The verb is shared by the list that follows: "打造示范区1个、特色乡镇3个、集聚村5个".
    for (let at = m.index + m[0].length, n = NEXT_MEMBER.exec(clause.slice(at)); n; n = NEXT_MEMBER.exec(clause.slice(at))) {
      if (nounOk(n[1]!)) push(quantityName(n[1]!, n[3]!, m[1]!), at + 1, n[1]!, Number(n[2]), n[3]!, comparatorOf("", n[4] ?? ""));
      at += n[0].length;
    }
  }
  for (const m of clause.matchAll(ZERO_BREAK)) push(`${m[1]!}数量`, m.index + 2, m[1]!, 1, "家", ">=");
  for (const m of clause.matchAll(ROUND_SCALE)) {
    const value = { 百亿: 100, 千亿: 1000, 万亿: 10000 }[m[1] as "百亿" | "千亿" | "万亿"];
    push(`${m[2]!}产值规模`, m.index + 1 + m[1]!.length, m[2]!, value, "亿元", ">=");
  }
  return out;
}

/** A noun that can be counted: not a time, a money sum or a bare measure word. */
function nounOk(noun: string): boolean {
  return noun.length >= 2 && !/^(?:年|月|日|元|万|亿|以上|左右|以内|以下|之间)/.test(noun) && !/(?:年|月|期间|以内)$/.test(noun);
}
