/**
 * Programs: named plans, projects, campaigns and award schemes — quoted (“十百千品牌培育工程”,
 * “百企科技展翅”行动, “特支计划”) or launched by name ("实施全区领军企业培育计划"). Quoted
 * slogans (“三个代表”, “一带一路”) are vetoed by ../vocab/non-programs.json. ESTABLISHES
 * (Document → Program) when the document launches it rather than links to someone else's.
 */
import { sentenceAt } from "../context.js";
import type { Collector } from "./collect.js";
import { byStart, clauseAround, type Hit } from "./hits.js";
import { nameStart, stopWords } from "./names.js";
import { nonPrograms } from "./vocab.js";

const SUFFIX = "(?:专项行动|行动计划|工程|计划|行动|专项|项目|活动|大赛|赛事|每周行|系列活动|人才计划|培育计划|提升计划)";
/** “…” optionally followed by the scheme word the quote leaves out: “百企科技展翅”行动. */
const QUOTED = new RegExp(`“([^“”\\n]{2,24})”((?:(?!等|的|和)[\\u4e00-\\u9fa5]){0,10}?${SUFFIX})?`, "g");
const QUOTED_IS_PROGRAM = new RegExp(`${SUFFIX}$|每周行$`);
/** Unquoted: a launch verb and a name of 5–16 characters ending in a scheme word. */
const LAUNCHED = new RegExp(`(?:实施|启动|开展|组织实施|深入实施|大力实施|全面实施|推进实施)((?:[\\u4e00-\\u9fa5]|“[^”]{1,10}”){3,16}?(?:专项行动|工程|计划|行动))(?![\\u4e00-\\u9fa5])`, "g");
const GENERIC_NAME = /^(?:[一-龥]?(?:科技|人才|行动|工作|年度|用地|发展|培育|建设|重点|重大|专项|有关|相关|各项|各类|一批|若干|这项|该|本)(?:计划|工程|行动|项目|专项))$|^(?:一批|若干|各类|相关|有关|重点|重大|系列|多项|各项)/;
const PREFIX_STOPS = stopWords(["启动", "国家", "省", "全国", "市级", "省级", "国家级", "深入", "大力", "全面", "开展", "推进", "组织", "参加", "入选", "申报"]);
const ESTABLISH = /实施|启动|开展|推进|组织|设立|创设|推出|打造|建立|制定/;
/** Clauses that link to someone else's scheme: 对接全市“特支计划”, 入选“千人计划”. */
const LINKS_ONLY = /对接|入选|列入|纳入|申报|参加|获得|承担|争取|依托|借助|国家|全国|省|自治区/;

export const programId = (name: string) => `program:${name}`;

export function findPrograms(c: Collector): { hits: Hit[] } {
  const { ctx } = c;
  const text = ctx.matchText;
  const hits: Hit[] = [];
  const add = (name: string, start: number, end: number) => {
    if (nonPrograms.has(name) || GENERIC_NAME.test(name) || hits.some((h) => h.start < end && start < h.end)) return;
    const id = c.mention({ id: programId(name), label: "Program", name }, start, end);
    hits.push({ id, start, end });
    const s = sentenceAt(ctx.sentences, start);
    if (!s) return;
    const clause = clauseAround(text, s, start);
    const before = text.slice(clause.start, start);
    if (ESTABLISH.test(before) && !LINKS_ONLY.test(before)) c.relate("ESTABLISHES", ctx.docId, id, s);
  };
  QUOTED.lastIndex = 0;
  for (let m = QUOTED.exec(text); m; m = QUOTED.exec(text)) {
    const inner = m[1]!;
    if (nonPrograms.has(inner)) continue;
    // "科技型中小企业“双倍增”计划": the words right before the quote belong to the name.
    const start = m[2] || !QUOTED_IS_PROGRAM.test(inner) ? nameStart(text, m.index, PREFIX_STOPS, 10) : m.index;
    const prefix = text.slice(start, m.index);
    if (m[2]) add(prefix + inner + m[2], start, m.index + m[0].length);
    else if (QUOTED_IS_PROGRAM.test(inner)) add(inner, m.index, m.index + inner.length + 2);
  }
  LAUNCHED.lastIndex = 0;
  for (let m = LAUNCHED.exec(text); m; m = LAUNCHED.exec(text)) {
    const start = m.index + m[0].length - m[1]!.length;
    add(m[1]!.replace(/[“”]/g, ""), start, m.index + m[0].length);
  }
  hits.sort(byStart);
  return { hits };
}
