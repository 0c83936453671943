/**
 * Quantitative targets: "到2020年,全社会R&D经费支出占地区生产总值比重达到2.3%以上",
 * "国家高新技术企业…分别达到50家、250家、1200家以上", "培育15户高新技术企业". The indicator is
 * resolved to ../vocab/indicators.json where possible, else kept as written (…比重, …数量).
 * SETS_TARGET (Document → Indicator) {value, unit, year}; the year comes from "到2020年" in the
 * sentence or the text before it, else from the plan period in the title.
 */
import type { Sentence } from "../context.js";
import type { Collector } from "./collect.js";
import { nameStart, stopWords } from "./names.js";
import { comparatorOf, findCountTargets, periodOf, PRESENT, TARGET_UNIT } from "./targets.js";
import { buildDictionary } from "./trie.js";
import { compilePattern, indicators, type IndicatorEntry } from "./vocab.js";

const dictionary = buildDictionary<IndicatorEntry>(
  indicators.flatMap((e) => [e.canonical, ...e.synonyms].map((t) => [t, e] as const)),
);
const patterned = indicators
  .filter((e) => e.patterns?.length)
  .map((e) => ({ entry: e, patterns: e.patterns!.map((p) => compilePattern("indicators.json", e.canonical, p, "g")) }));

const UNIT = String.raw`(?:%|个百分点|家|件|个|亿元|万元|人|名|项|户|万人|万平方米|平方米|所|座|倍|亿美元)`;
const NUMBER = String.raw`(\d+(?:\.\d+)?)`;
/** Sentences that set a target: a number with a unit after a verb of reaching. */
const TARGET_SENTENCE = new RegExp(String.raw`(?:达到?|超过|突破|提高到|提升到|增至|增长|力争|以上|不低于|占比)[^。；;]{0,12}\d`);
/** The number and unit after an indicator, to read the comparator after them ("2万平方米以上"). */
const NUMBER_AND_UNIT = new RegExp(String.raw`^[^\d]*\d+(?:\.\d+)?\s*${TARGET_UNIT}?`);
/** A sentence with a count, a size or a number word a target can be set in. */
const COUNTED = /\d\s*(?:万平方米|平方米|万人|万亩|亿元|家|个|户|名|人|项|件|次|所|座|亩|倍|台|套|批)|零的突破|“[千百万]亿/;
/** What follows an indicator: "达到2.3%以上", "年均增长10%", "15%". */
const VALUE_AFTER = new RegExp(String.raw`^[^，,；;。]{0,10}?(达到|达|超过|突破|提高到|提升到|增至|增长到|保持|年均增长|增长|不低于|为)?\s*(?:约)?${NUMBER}\s*(${UNIT})`);
/** "培育15户高新技术企业", "打造品牌众创空间15个": a count before or around the noun. */
const COUNT_BEFORE = new RegExp(String.raw`(?:培育|新增|引进|建设|建成|打造|新建|认定|发展)${NUMBER}\s*(户|家|个|名|项|所)$`);
/** "A、B、C分别达到50家、250家、1200家以上". */
const RESPECTIVELY = new RegExp(String.raw`([^，,；;。：:]{4,90}?)分别(?:达到|达|为|超过|突破|增长)((?:\d+(?:\.\d+)?${UNIT}?[、,，和])+\d+(?:\.\d+)?${UNIT})`, "g");
/** A target on an indicator the vocabulary does not know: "…增加值占…比重达到18%"; the subject is read leftwards from the verb. */
const GENERIC = new RegExp(String.raw`(?:达到|达|超过|突破|提高到|提升到|增至)\s*${NUMBER}\s*(${UNIT})`, "g");
const SUBJECT_CHAR = /[\u4e00-\u9fa5A-Za-z&()“”]/;
const GENERIC_ENDING = /(?:比重|比例|占比|率|拥有量|申请量|成交额|总额|收入|产值|增加值|总量|强度|投入|指数|规模)$/;
const COUNTED_ENDING = /(?:企业|机构|平台|中心|空间|基地|团队|人才|园区|品牌|实验室|孵化器|工作站)$/;
const SUBJECT_STOPS = stopWords(["力争", "努力", "实现", "使", "培育", "新增", "累计", "其中", "年", "到", "达到", "争取", "确保", "每年", "年均", "总数", "数量", "打造", "建设", "备案", "引进", "建成"], ["全市", "全区", "全县", "全省", "服务", "合作", "共建", "协同", "联动", "配套", "扶持"]);
/** "建设双创示范基地15个以上": a count right after the noun. */
const NOUN_COUNT = /(\d+)\s*(个|家|所|名|户)(?:以上|左右)?(?=[、,，;；。]|$)/g;
const TRAILING_ADVERBS = /(?:力争|努力|争取|确保|预计|累计|基本|稳定|持续|要|将)+$/;
const LEVEL_PREFIX = /^(?:自治区级|国家级|省级|市级|县级|区级)?(?:及以上|以上)/;
const PLACE_PREFIX = /^(?:全市|全区|全县|全省|我市|我区|我县|市|区|县)/;
/**
 * An award's threshold or a definition, not a target: "对年销售收入达到5000万元以上的企业…给予奖励",
 * "给予技术交易额1%的奖励", "产业化是指…销售收入超过100万元". A sentence that pays out and sets no
 * goal ("到2020年", "力争", "目标") is about who gets the money.
 */
const AWARD = /给予|奖励|补助|补贴|资助|奖补/;
const GOAL = /(?:到|至)20\d{2}年|力争|争取|目标/;
const DEFINITION = /是指/;
const BY_YEAR = /到(20\d{2})年|(20\d{2})年(?:前|底|末|以前)/g;
const PLAN_PERIOD = /(20\d{2})\s*[-—–~～至]\s*(20\d{2})/;

export const indicatorId = (canonical: string) => `indicator:${canonical}`;

export function findIndicators(c: Collector): void {
  const { ctx } = c;
  const text = ctx.matchText;
  const planEnd = planEndYear(text);
  for (const s of ctx.sentences) {
    const sentence = text.slice(s.start, s.end);
    if (!TARGET_SENTENCE.test(sentence) && !COUNTED.test(sentence)) continue;
    if (((AWARD.test(sentence) || PRESENT.test(sentence)) && !GOAL.test(sentence)) || DEFINITION.test(sentence)) continue;
    const year = yearFor(text, s) ?? planEnd;
    const done: { start: number; end: number }[] = [];
    const set = (canonical: string, unit: string, start: number, end: number, value: number, valueUnit: string, kind?: string, extra: Record<string, string> = {}) => {
      if (done.some((d) => d.start < end && start < d.end)) return;
      done.push({ start, end });
      // The words the text uses are aliases ("全社会R&D经费投入", "国家高新技术企业数量"), so a
      // reader searching for them finds the canonical node.
      const surface = text.slice(start, end).replace(PLACE_PREFIX, "");
      const aliases = /^(?:家|个|户|名|所|项|件)$/.test(valueUnit) && !surface.endsWith("数量") ? [surface, `${surface}数量`] : [surface];
      const id = c.mention({ id: indicatorId(canonical), label: "Indicator", name: canonical, aliases, props: { unit } }, start, end);
      const comparator = extra.comparator ?? comparatorOf(text.slice(s.start, start).slice(-4), text.slice(end, s.end).replace(NUMBER_AND_UNIT, "").slice(0, 4));
      const period = extra.period ?? periodOf(sentence);
      c.relate("SETS_TARGET", ctx.docId, id, s, { value, unit: valueUnit, year, comparator, ...(period ? { period } : {}), ...(kind ? { kind } : {}) });
    };

    // Lists first: their items would otherwise each take the first value.
    RESPECTIVELY.lastIndex = 0;
    for (let m = RESPECTIVELY.exec(sentence); m; m = RESPECTIVELY.exec(sentence)) {
      const subjectStart = s.start + m.index;
      const items = splitSubjects(text, subjectStart, subjectStart + m[1]!.length);
      const values = [...m[2]!.matchAll(new RegExp(`${NUMBER}\\s*(${UNIT})?`, "g"))].map((v) => ({ value: Number(v[1]), unit: v[2] ?? "" }));
      const lastUnit = values[values.length - 1]?.unit ?? "";
      if (items.length !== values.length) continue;
      const known = vocabularyHits(text, s);
      items.forEach((it, k) => {
        it.start += LEVEL_PREFIX.exec(text.slice(it.start, it.end))?.[0].length ?? 0;
        // Vocabulary patterns look past the item ("…、…分别达到"), so resolve against the sentence.
        const entry = known.find((h) => h.start >= it.start && h.end <= it.end)?.entry ?? null;
        const unit = values[k]!.unit || lastUnit;
        const canonical = entry?.canonical ?? countedName(text.slice(it.start, it.end), unit);
        if (canonical) set(canonical, entry?.unit ?? unit, it.start, it.end, values[k]!.value, unit);
      });
    }

    // Counts and sizes after a goal verb ("培育15户高新技术企业", "新增上市公司4家以上"), clause by clause.
    for (const clause of clausesOf(text, s)) {
      for (const t of findCountTargets(text, clause.start, clause.end)) {
        set(t.name, t.unit, t.start, t.end, t.value, t.unit, undefined, { comparator: t.comparator, ...(t.period ? { period: t.period } : {}) });
      }
    }

    for (const hit of vocabularyHits(text, s)) {
      const after = VALUE_AFTER.exec(text.slice(hit.end, s.end));
      if (after) {
        set(hit.entry.canonical, hit.entry.unit, hit.start, hit.end, Number(after[2]), after[3]!, /增长/.test(after[1] ?? "") ? "growth" : undefined);
        continue;
      }
      const before = COUNT_BEFORE.exec(text.slice(Math.max(s.start, hit.start - 12), hit.start));
      if (before) set(hit.entry.canonical, hit.entry.unit, hit.start, hit.end, Number(before[1]), before[2]!);
    }

    GENERIC.lastIndex = 0;
    for (let m = GENERIC.exec(sentence); m; m = GENERIC.exec(sentence)) {
      const subjectEnd = s.start + m.index;
      let run = subjectEnd;
      while (run > s.start && subjectEnd - run < 40 && SUBJECT_CHAR.test(text[run - 1]!)) run--;
      if (subjectEnd - run < 3) continue;
      const subjectStart = nameStart(text, subjectEnd, SUBJECT_STOPS, subjectEnd - run);
      const subject = text.slice(subjectStart, subjectEnd).replace(PLACE_PREFIX, "").replace(TRAILING_ADVERBS, "");
      const unit = m[2]!;
      const canonical = GENERIC_ENDING.test(subject) ? subject : COUNTED_ENDING.test(subject) ? countedName(subject, unit) : null;
      if (!canonical || canonical.length < 4) continue;
      const subjectAt = text.lastIndexOf(subject, subjectEnd);
      set(canonical, unit, subjectAt, subjectAt + subject.length, Number(m[1]), unit);
    }

    NOUN_COUNT.lastIndex = 0;
    for (let m = NOUN_COUNT.exec(sentence); m; m = NOUN_COUNT.exec(sentence)) {
      const nounEnd = s.start + m.index;
      let run = nounEnd;
      while (run > s.start && nounEnd - run < 16 && /[\u4e00-\u9fa5“”]/.test(text[run - 1]!)) run--;
      const nounStart = nameStart(text, nounEnd, SUBJECT_STOPS, nounEnd - run);
      const noun = text.slice(nounStart, nounEnd).replace(LEVEL_PREFIX, "");
      const resolved = resolve(text, nounStart, nounEnd);
      const canonical = resolved?.canonical ?? countedName(noun, m[2]!);
      if (canonical) set(canonical, resolved?.unit ?? m[2]!, nounEnd - noun.length, nounEnd, Number(m[1]), m[2]!);
    }

  }
}

/** The clauses of a sentence, between commas and semicolons. */
function clausesOf(text: string, s: Sentence): Sentence[] {
  const out: Sentence[] = [];
  let from = s.start;
  for (let i = s.start; i <= s.end; i++) {
    if (i === s.end || /[，,；;：:]/.test(text[i]!)) {
      if (i > from) out.push({ start: from, end: i });
      from = i + 1;
    }
  }
  return out;
}

interface VocabularyHit {
  entry: IndicatorEntry;
  start: number;
  end: number;
}

function vocabularyHits(text: string, s: Sentence): VocabularyHit[] {
  const hits: VocabularyHit[] = dictionary.find(text, s.start, s.end).map((m) => ({ entry: m.value, start: m.start, end: m.end }));
  const sentence = text.slice(s.start, s.end);
  for (const { entry, patterns } of patterned) {
    for (const p of patterns) {
      p.lastIndex = 0;
      for (let m = p.exec(sentence); m; m = p.exec(sentence)) {
        if (m[0].length === 0) {
          p.lastIndex++;
          continue;
        }
        const start = s.start + m.index;
        const end = start + m[0].length;
        if (!hits.some((h) => h.start < end && start < h.end)) hits.push({ entry, start, end });
      }
    }
  }
  return hits.sort((a, b) => a.start - b.start);
}

function resolve(text: string, start: number, end: number): IndicatorEntry | null {
  const found = vocabularyHits(text, { start, end });
  return found.find((h) => h.end === end)?.entry ?? found[0]?.entry ?? null;
}

/** "国家高新技术企业" with unit 家 → "国家高新技术企业数量"; non-count units yield null. */
function countedName(subject: string, unit: string): string | null {
  const name = subject.replace(PLACE_PREFIX, "").replace(/^[“"]|[”"]$/g, "");
  if (!/^(?:家|个|户|名|所|项|件)$/.test(unit) || !COUNTED_ENDING.test(name) || name.length < 3) return null;
  return `${name}数量`;
}

function splitSubjects(text: string, start: number, end: number): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let s = start;
  for (let i = start; i <= end; i++) {
    if (i === end || text[i] === "、" || (text[i] === "和" && i > s + 1)) {
      out.push({ start: s, end: i });
      s = i + 1;
    }
  }
  const first = out[0];
  if (first) first.start = nameStart(text, first.end, SUBJECT_STOPS, first.end - first.start);
  return out.filter((o) => o.end > o.start);
}

/** "到2020年" in the sentence, else the nearest one in the 1,500 characters before it. */
function yearFor(text: string, s: Sentence): number | null {
  const from = Math.max(0, s.start - 1500);
  let year: number | null = null;
  BY_YEAR.lastIndex = from;
  for (let m = BY_YEAR.exec(text); m && m.index < s.end; m = BY_YEAR.exec(text)) year = Number(m[1] ?? m[2]);
  return year;
}

/** The end of the plan period the title gives ("(2017-2020年)"), or null. */
function planEndYear(text: string): number | null {
  const m = PLAN_PERIOD.exec(text.slice(0, 600));
  return m ? Number(m[2]) : null;
}

