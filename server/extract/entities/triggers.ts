/**
 * ESTABLISHES triggers (guide §4.8): whether the clause commits the document to creating,
 * building, launching or pursuing the entity named at [start, end). One classifier for every
 * carrier label (Fund, Platform, Park, Program): a trigger verb before the name within its clause,
 * or 建设 right after it (加快推进…物流园区建设), and no linking verb between the trigger and the
 * name (依托X, 对接X, 参加X, 申报X, 对新认定的X).
 */
import type { Props } from "../../schema/graph.js";
import type { Sentence } from "../context.js";
import { clauseAround } from "./hits.js";
import { AMOUNT_SOURCE, amountToYuan } from "./money.js";

// 做强/做大/提升 an existing zone, and 推动…发展 of a kind, support it; they do not set it up (§4.8).
const BUILD = "设立|建设|建立|建成|打造|组建|成立|搭建|培育|创建|争创|申建|新建|筹建|创设|布局|引进|扩建|共建|构建|升级为";
const LAUNCH = "实施|启动|开展|推进|深化|推广|推出|组织|举办|办好|承办|策划|制定|探索";
const TRIGGER = new RegExp(`(?:${BUILD}|${LAUNCH})`, "g");
/** Verbs after which the name is someone else's thing the document links to, uses or rewards. */
const LINK = /依托|对接|利用|借鉴|借助|参加|参与|申报|用好|抓住|围绕|入选|列入|纳入|获批|获得|认定|评为|入驻|进驻|毕业|考核|加入|融入|对标|学习|发挥|依靠|通过|对[^，,；;。]{0,30}的|经[^，,；;。]{0,12}的/g;
/**
 * 建设 after the name, or after the coordinated names it heads: 加快推进物流园区建设,
 * 加快制造业创新中心的培育建设, 加强A和B建设, 将南门农业园区建成….
 */
const AFTER = /^(?:(?:[、和及与]|等)[^，,；;。]{0,40}?)?[”"]?(?:的)?(?:培育|开发)?(?:建设|建成|创建|升级|提质)/;
/** 发展 directly before a carrier sets it up (积极发展育成中心); before an industry it is not our concern. */
const DEVELOP = /(?:发展|优化布局)(?:一批|若干|更多)?$/;

function lastIndex(re: RegExp, s: string): number {
  re.lastIndex = 0;
  let at = -1;
  for (let m = re.exec(s); m; m = re.exec(s)) at = m.index + m[0].length;
  return at;
}

/** True when the clause around [start, end) in `sentence` establishes the entity named there. */
export function establishes(text: string, sentence: Sentence, start: number, end: number): boolean {
  // "设立…新型研发机构的投资基金": a name before 的 qualifies the thing set up.
  if (text[end] === "的") return false;
  const clause = clauseAround(text, sentence, start);
  const before = text.slice(clause.start, start);
  const link = lastIndex(LINK, before);
  const trigger = lastIndex(TRIGGER, before);
  if (trigger > link || DEVELOP.test(before)) return true;
  if (link >= 0) return false;
  return AFTER.test(text.slice(end, clause.end));
}

/** 到2020年建成…, 2016年率先…: the year of the commitment, in the sentence before the name. */
const YEAR = /(20\d\d)年(?!度)/g;
/** 总投资110亿元的新乡万华生命科学产业城: a project's total investment right before its name. */
const INVESTMENT = new RegExp(`总投资(?:约|达|超过)?(${AMOUNT_SOURCE})(?:的)?$`);
/** 设立1所国有科研机构: how many the document sets up. */
const COUNT = /(?:设立|建设|建成|组建|打造|新建|培育|创建)(\d+)(?:个|所|家|座|处)[^，,；;]{0,12}$/;

/**
 * The attributes of an ESTABLISHES edge (guide §4.8) stated in the clause before the name at
 * `start`: `year`, `amountYuan`/`amountText` for a total investment, `count`.
 */
export function establishmentFacts(text: string, sentence: Sentence, start: number): Props {
  const props: Props = {};
  const lead = text.slice(sentence.start, start);
  let year: string | undefined;
  YEAR.lastIndex = 0;
  for (let m = YEAR.exec(lead); m; m = YEAR.exec(lead)) year = m[1];
  if (year) props.year = Number(year);
  const clause = clauseAround(text, sentence, start);
  const before = text.slice(clause.start, start);
  const investment = INVESTMENT.exec(before);
  const yuan = investment ? amountToYuan(investment[1]!) : null;
  if (investment && yuan !== null) {
    props.amountYuan = yuan;
    props.amountText = investment[0].replace(/的$/, "");
  }
  const count = COUNT.exec(before);
  if (count) props.count = Number(count[1]);
  return props;
}
