/**
 * Programs (guide §3.8): named plans, projects, campaigns, events, titles and award schemes —
 * quoted (“十百千品牌培育工程”, “瞪羚”企业, “放管服”改革, 开展“树标提质”), launched by name
 * ("实施全区领军企业培育计划") or ending in a scheme word (科技惠民示范工程, 中国创新创业大赛,
 * 创新型城市; heads.ts). Quoted slogans standing alone (“三个代表”) are vetoed by
 * ../vocab/non-programs.json. ESTABLISHES (Document → Program) when the document launches it
 * rather than links to someone else's (triggers.ts).
 */
import { sentenceAt } from "../context.js";
import type { Collector } from "./collect.js";
import { headScanner, platformHeads, programHeads } from "./heads.js";
import { byStart, type Hit } from "./hits.js";
import { nameStart, stopWords } from "./names.js";
import { cutAt } from "./words.js";
import national from "../vocab/national-programs.json" with { type: "json" };
import { establishes, establishmentFacts } from "./triggers.js";
import { nonPrograms } from "./vocab.js";

/** Enterprise titles and reform campaigns named by a quote: “瞪羚”企业, “放管服”改革. */
const TITLED = "(?:改革试点|改革|企业)";
const SUFFIX = "(?:专项行动|行动计划|工程|计划|行动|专项|项目|活动|大赛|赛事|每周行|系列活动|人才计划|培育计划|提升计划)";
/** “…” optionally followed by the scheme word the quote leaves out: “百企科技展翅”行动. */
const QUOTED = new RegExp(`“([^“”\\n]{2,24})”((?:(?!等|的|和)[\\u4e00-\\u9fa5]){0,10}?${SUFFIX}|${TITLED})?`, "g");
const QUOTED_IS_PROGRAM = new RegExp(`${SUFFIX}$|每周行$`);
/** Unquoted: a launch verb and a name of 5–16 characters ending in a scheme word. */
const LAUNCHED = new RegExp(`(?:实施|启动|开展|组织实施|深入实施|大力实施|全面实施|推进实施|举办|承办|组织开展)((?:(?!等|的)[\\u4e00-\\u9fa5]|“[^”]{1,10}”){3,16}?(?:专项行动|工程|计划|行动|创建活动|论坛|大赛))(?![\\u4e00-\\u9fa5])`, "g");
const GENERIC_NAME = /^(?:[一-龥]?(?:科技|人才|行动|工作|年度|用地|发展|培育|建设|重点|重大|专项|有关|相关|各项|各类|一批|若干|这项|该|本)(?:计划|工程|行动|项目|专项))$|^[\u4e00-\u9fa5]{0,4}(?:宣传|培训|交流|调研|督查|检查|对接|招商|推介|座谈|学习|主题|专题|相关|各类|系列)(?:活动|论坛)$|^(?:一批|若干|各类|相关|有关|重点|重大|系列|多项|各项)/;
const PREFIX_STOPS = stopWords(["启动", "国家", "省", "全国", "市级", "省级", "国家级", "深入", "大力", "全面", "开展", "推进", "组织", "参加", "入选", "申报", "列入", "获评"]);
/** Schedules and budgets of the document's own work, not schemes: 进度计划, 资金使用计划. */
const ADMIN_PLAN = /(?:工作|进度|检查|使用|预算|任务|采购|投资|年度|培训|用款|招生|分配)计划$/;
/** National slogans that are Programs wherever quoted (../vocab/national-programs.json). */
const NATIONAL: ReadonlySet<string> = new Set(national.entries.map((e) => e.name));
/** Building works, not schemes: 改建工程, 减排工程, 道路工程. */
const WORKS = /(?:改建|扩建|新建|建筑物|构筑物|治理|治污|减排|防治|设备|劳务|境外|承包|安装|装修|土建|道路|绿化|水利|管网|市政|民生|整治|人防|受电|采购|招标|优质|房建|供水|供电|污水)工程$/;
/** A place's meeting (浙江省大会) is a session, not a named event (台州市科技创新大会). */
const PLACE_MEETING = /^[\u4e00-\u9fa5]{1,4}[省市县区]大会$/;
/** A quoted slogan a document runs as a campaign: short, all Chinese (“树标提质”, “一网通办”, “互联网+政务”). */
const SLOGAN = /^[\u4e00-\u9fa5]{2,8}(?:\+[\u4e00-\u9fa5]{1,4})?$/;
/** The verb right before a quoted slogan that makes it a campaign: 开展“树标提质”, 推进“一网通办”, 创新建设“数字乐山”. */
const LAUNCH_BEFORE = /(?:实施|开展|推进|推行|深化|推广|启动|打造|建设|创建)$/;
/**
 * Words that frame a numbered slogan as the strategy the document works within: 围绕“两都五基地”建设,
 * 融入“四路协同”, 按照“一中心两基地三区块”的布局. Without the numbers such a quote is as often a
 * phrase the text borrows, so only numbered slogans count here.
 */
const FRAME_BEFORE = /(?:围绕|融入|按照|关于|对接|落实)$/;
const NUMBERED = /[一二两三四五六七八九十百千]/;
/** A campaign verb and the thing a quoted slogan works on, right before the quote: 推进新型研发机构“增质提效”. */
const SLOGAN_ON = /(?:^|[，,。；;])(?:推动|推进|深入推进|大力推进|实施)((?:[\u4e00-\u9fa5]){2,16})$/;
/** A quote that names a carrier or starts its name (“飞地孵化器”, “楼上楼下”创新创业综合体) is a Platform's or Park's. */
const CARRIER_HEAD = `(?:${platformHeads.heads.join("|")}|综合体|基地|园区|产业园)`;
const CARRIER_INNER = new RegExp(`${CARRIER_HEAD}$`);
const CARRIER_AFTER = new RegExp(`^[\\u4e00-\\u9fa5]{0,8}?${CARRIER_HEAD}`);
/** 实施“揭榜挂帅”、定向委托等制度: quoted tools summed up as rules or services are Instruments. */
const TOOL_LIST = /^[^，,；;。]*?等[\u4e00-\u9fa5]{0,4}?(?:制度|机制|模式|政策|办法|方式|业务|产品|工具)/;
/** A quote that runs on into a longer term (“两化”融合, “三企”入赣) modifies it rather than naming a campaign. */
const STANDS_ALONE = /^(?:[^\u4e00-\u9fa5]|等|的|和|与|及|建设|工作|战略|要求|布局|目标)/;
/** What “互联网+” is applied to: 物流, 旅游业, 政务 — up to the next list word. */
const PLUS_FIELD = /^(?:(?!等|和|及|与|的)[\u4e00-\u9fa5]){1,4}/;
/** Unquoted names ending in a scheme word: 科技惠民示范工程, 中国创新创业大赛, 创新型城市. */
const scanner = headScanner(programHeads, { stops: stopWords(["启动", "深入", "大力", "全面", "入选", "有", "拟", "拟定", "进行", "扩", "方案", "预留", "比例", "率先", "领导", "开工", "保障", "系列", "上", "列入", "新列入", "获评", "承包", "承担", "办好", "承办"]),
  keep: new Set(["创新", "创业", "发展", "示范", "引领", "培育", "提升", "融合", "改造", "转型", "合作", "协同", "惠民", "强基"]), maxLen: 14, notAfter: "[\\u4e00-\\u9fa5]{0,2}(?:资金|经费|项目|管理|办法|领导|办公室|实施方案)" });

export const programId = (name: string) => `program:${name}`;

export function findPrograms(c: Collector): { hits: Hit[] } {
  const { ctx } = c;
  const text = ctx.matchText;
  const hits: Hit[] = [];
  const named = (quoteStart: number, end: number, inner: string) => {
    const s = sentenceAt(ctx.sentences, quoteStart);
    if (s === null) return false;
    // Quotes in a row (开展“嘉州创新领军人才”“乐山工匠”等评选) share the words before the first.
    let start = quoteStart;
    while (text[start - 1] === "”" || text[start - 1] === "、") {
      const open = text.lastIndexOf("“", start - 1);
      if (open < s.start) break;
      start = open;
    }
    const before = text.slice(Math.max(s.start, start - 4), start);
    return (LAUNCH_BEFORE.test(before) && establishes(text, s, quoteStart, end)) || (NUMBERED.test(inner) && FRAME_BEFORE.test(before));
  };
  // A numbered collective (“两都五基地”) is a scheme even when it ends in a carrier's head.
  const carrier = (inner: string, close: number) => !NUMBERED.test(inner) && (CARRIER_INNER.test(inner) || CARRIER_AFTER.test(text.slice(close, close + 12)));
  const add = (name: string, start: number, end: number, aliases: string[] = []) => {
    if (nonPrograms.has(name) || GENERIC_NAME.test(name) || hits.some((h) => h.start < end && start < h.end)) return;
    const id = c.mention({ id: programId(name), label: "Program", name, aliases }, start, end);
    hits.push({ id, start, end });
    const s = sentenceAt(ctx.sentences, start);
    if (s && establishes(text, s, start, end)) c.relate("ESTABLISHES", ctx.docId, id, s, establishmentFacts(text, s, start));
  };
  QUOTED.lastIndex = 0;
  for (let m = QUOTED.exec(text); m; m = QUOTED.exec(text)) {
    const inner = m[1]!;
    // "科技型中小企业“双倍增”计划": the words right before the quote belong to the name.
    const start = m[2] || !QUOTED_IS_PROGRAM.test(inner) ? nameStart(text, m.index, PREFIX_STOPS, 10) : m.index;
    const prefix = text.slice(start, m.index);
    const close = m.index + inner.length + 2;
    if (m[2]) add(prefix + inner + m[2], start, m.index + m[0].length);
    else if (inner.endsWith("+") && named(m.index, close, inner)) {
      // “互联网+”物流: the quoted prefix and the field it is applied to.
      const field = PLUS_FIELD.exec(text.slice(close, close + 6))?.[0] ?? "";
      add(`“${inner}”${field}`, m.index, close + field.length);
    } else if (NATIONAL.has(inner)) add(inner, m.index, close);
    else if (nonPrograms.has(inner)) continue;
    else if (QUOTED_IS_PROGRAM.test(inner)) add(inner, m.index, close);
    else if (SLOGAN.test(inner) && named(m.index, close, inner) && STANDS_ALONE.test(text.slice(close, close + 2)) && !carrier(inner, close) && !TOOL_LIST.test(text.slice(close, close + 30))) add(inner, m.index, close);
    else if (SLOGAN.test(inner) && !carrier(inner, close)) {
      // "推动重点产业企业高价值发明专利“扫零”": a campaign on a named object, the quote ending the clause.
      const own = SLOGAN_ON.exec(text.slice(Math.max(0, m.index - 24), m.index));
      // A clause of its own before the quote (科技成果在莞实现“开花结果”, 创新与科学普及“两翼齐飞”) is a figure of speech.
      if (own && !/[与和及在为]|实现/.test(own[1]!) && /^(?:[，,。；;]|$)/.test(text.slice(close, close + 1))) {
        // At most eight characters of it, starting on a word (高价值发明专利, not 业高价值…).
        let from = m.index - Math.min(8, own[1]!.length);
        while (from < m.index - 2 && !cutAt(text, from)) from++;
        add(`${text.slice(from, m.index)}“${inner}”`, from, close, [inner]);
      }
    }
  }
  LAUNCHED.lastIndex = 0;
  for (let m = LAUNCHED.exec(text); m; m = LAUNCHED.exec(text)) {
    const start = m.index + m[0].length - m[1]!.length;
    add(m[1]!.replace(/[“”]/g, ""), start, m.index + m[0].length);
  }
  // A pilot named by its place alone (东莞试点, 知识产权试点) is the place's share of someone else's.
  for (const h of scanner.scan(text)) if ((h.head !== "试点" || h.name.length >= 6) && !ADMIN_PLAN.test(h.name) && !WORKS.test(h.name) && !PLACE_MEETING.test(h.name)) add(h.name, h.start, h.end, h.aliases);
  hits.sort(byStart);
  return { hits };
}
