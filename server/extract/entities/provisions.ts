/**
 * Policy tools as provisions (annotation guide §3.9, §4.9): the clauses in which a document
 * applies a tool, found by how such clauses are written rather than by a list of tools:
 *
 * - money handed out: 对…的,给予一次性奖励300万元 / 按…的50%给予补贴 / 补助2万元;
 * - a rule or mechanism put in place: 建立健全容错纠错机制 / 探索股权代持制度 / 实行…“揭榜挂帅”制度;
 * - a policy carried out: 落实首台(套)重大技术装备扶持政策 / 用好用足…财税优惠政策;
 * - a financial product encouraged: 鼓励知识产权质押贷款 / 支持…发行公司债.
 *
 * Each provision names its tool as the guide does (beneficiary or object, trigger, tool type:
 * 企业研发中心认定奖励) and says what type of tool it is (Appendix A). Pure string work on the
 * half-width match text; offsets are into it.
 */
import { clauseAround } from "./hits.js";
import { cutAt } from "./words.js";

/** Appendix A of the guide: the tool types annotators use, and the Rothwell–Zegveld side of each. */
export const TOOL_SIDE = {
  award: "supply",
  subsidy: "supply",
  talent: "supply",
  sharing: "supply",
  land: "supply",
  rd: "supply",
  finance: "environment",
  tax: "environment",
  regulatory: "environment",
  administrative: "environment",
  ip: "environment",
  services: "environment",
  cultivation: "environment",
  "investment-promotion": "environment",
  planning: "environment",
  cooperation: "environment",
  procurement: "demand",
  voucher: "demand",
  demand: "demand",
  trade: "demand",
} as const;
export type ToolType = keyof typeof TOOL_SIDE;

export interface Provision {
  /** The clause or run of clauses that states it: the condition (对…的) through the tool. */
  start: number;
  end: number;
  /** The tool's name as the guide builds it (企业研发中心认定奖励, 容错纠错机制). */
  name: string;
  type: ToolType;
  /** Where the tool word itself sits, for the vocabulary lookup and the mention. */
  toolStart: number;
  toolEnd: number;
  /** Money handed out (对…给予…奖励), rather than a rule, policy or product. */
  grant: boolean;
}

/** Where a money provision's tool is handed out: 给予/予以 … 奖励, or a bare 补助2万元. */
const GRANT = /(?:给予|给于|予以|一次性|分别|累计|最高|按照?)[^，,；;。]{0,40}?(奖励|奖补|补助|补贴|资助|贴息|激励|资金支持|经费支持|支持)|(奖励|补助|补贴|资助)(?=\d|[一二三四五六七八九十两]+[万千百]?元|最高|不超过)/g;
const WITHHELD = /(?:不再|不予|不得|不|停止|取消|申请|申报)$/;
/** A clause that holds an amount, a rate or a count of money: what makes 支持 a subsidy. */
const HAS_MONEY = /\d+(?:\.\d+)?\s*(?:万|亿|千)?元|\d+(?:\.\d+)?\s*%|[一二三四五六七八九十两百千]+万元|\d\/\d|一次性/;
/** Rules and mechanisms put in place (建立RCEP国别商品税率对比清单: capitals are names inside them). */
const MECHANISM = /(?:建立健全|建立完善|健全完善|探索建立|探索推行|全面推行|全面推进|深入推进|改革完善|建立|健全|完善|探索|试行|实行|推行|深化|改进|细化|实施|制定|推进|推广|引入|试点|严格执行|执行)((?:[\u4e00-\u9fa5、A-Z]|“[^”]{1,12}”|[()（）]){2,30}?(?:负责制|承诺制|责任制|备案制|(?<![体机控限抑编研定压遏牵管税法专学建])制(?:管理)?|清单制度|制度改革|制度|机制改革|机制|模式|办法|清单|改革|评价体系|考核体系|标准体系|认证体系|监管|认证|许可|准入|评估))(?=[^\u4e00-\u9fa5]|和|与|及|$)/g;
/** Policies carried out by name (a policy only 完善d is a general intention in the seeds' gold). */
const POLICY = /(?:全面落实|认真落实|继续落实|落实好|落实|用好用足|用足用好|用好|执行|兑现|实施)((?:[\u4e00-\u9fa5]|“[^”]{1,12}”|[()（）]|、(?=[\u4e00-\u9fa5“])){2,40}?)(?:等)?(?:相关|各项|系列)?(?:优惠)?政策/g;
/** Financial products a document encourages firms or banks to use. */
const FINANCE_PRODUCT = "(?:[\\u4e00-\\u9fa5]){0,10}?(?:质押贷款|质押融资|信用贷款|担保贷款|股权融资|债券融资|融资租赁|科技保险|专利保险|发行公司债|发行企业债|上市融资|挂牌融资)";
const FINANCE = new RegExp(`(?:鼓励|支持|推动|引导|推广|开展)[^，,；;。]{0,16}?((?:${FINANCE_PRODUCT}、)*${FINANCE_PRODUCT})`, "g");
/**
 * Tools listed before a shared kind: "综合运用基金支持、贷款贴息、风险补偿等方式",
 * "推广…贷款保证保险、出口信用保险等新型保险产品", "提供…场租补贴、参展补贴等支持".
 */
const LISTED = /((?:[\u4e00-\u9fa5“”()（）]{2,16}、)+[\u4e00-\u9fa5“”()（）]{2,16})等(?:多种|各类|新型|相关|多元化?)?[\u4e00-\u9fa5]{0,4}?(?:方式|形式|措施|政策|产品|业务|手段|支持|服务|工具|模式|制度|机制)/g;
/** What a listed item must end on to be a tool rather than a topic (项目引导, 风险投资). */
const TOOL_HEAD = /(?:补贴|补助|支持|贴息|补偿|保险|贷|贷款|担保|融资|奖励|奖补|激励|券|采购|减免|扶持|资助|入股|分红|期权|援助|制|制度|机制|试点|审批|许可|备案|认定|便利化|通关|退税|落户|保障|购买|租赁|授信|转贷|续贷|让利|共享|开放|包干|承诺|评审)$/;
/**
 * A list's first item without the clause words it runs on from: "综合运用基金支持" → 基金支持,
 * "…机构开展航运融资" → 航运融资 (cut after the last verb or function word before the tool word).
 */
function firstListed(item: string): string {
  const own = item.replace(/^.*[的对向为]/, "");
  const head = TOOL_HEAD.exec(own)?.index ?? own.length;
  let cut = 0;
  for (const m of own.matchAll(LIST_VERB)) if (m.index + m[0].length <= head) cut = m.index + m[0].length;
  return own.slice(cut);
}
/** Verbs a list's first item runs on from. */
const LIST_VERB = /综合运用|充分运用|运用|采取|采用|通过|提供|实施|开展|推广|发展|加大|给予|探索|推行|落实|实行|鼓励|支持|包括|用好|开发|推出|设立|建立|引导|完善|健全|深化|推进|宣传/g;
/** Quoted forms of support listed together: 采取“前引导”“后支持”“后补助”等多种形式, “边检查、边通关”或“先通关、后抽检”方式. */
const QUOTED_FORMS = /((?:“[^”]{2,8}”[、和或]?){2,})等?(?:多种)?(?:形式|方式)/g;
/** A mechanism too general to be a tool (体制机制, 工作机制 of unnamed kind, 长效机制), or a phrase, not a name. */
const NOT_A_TOOL = /^[\u4e00-\u9fa5]{0,2}(?:政策|制度|体制|机制)[和与及](?:政策|制度|体制|机制)$|^(?:管理制度|体制机制|工作机制|长效机制|运行机制|管理机制|机制|制度|模式|办法|体系|改革|清单|相关制度|各项制度|相关机制|协调机制|推进机制|合作机制|联动机制|体制改革|各项改革|综合改革|重点改革|一系列改革)$|^(?:各类|相关|有关|本|该|上述|一批|一系列|为|如下)|的|进一步|[和与及、]$/;
/**
 * Mechanisms of running things rather than tools aimed at firms, people or research (健全管理体制
 * 机制, 建立议事协调机制, 探索…治理模式, 完善人才引进培养机制, 建立协同创新机制: a mechanism named by
 * the process it runs rather than by what it gives): a 模式 counts only when quoted (“管委会+公司”模式).
 */
const GOVERNANCE = /联席会议|会议制度|会商|通报|分工|督导|督查|咨询机制|领导机制|工作制度|工作体系|政策审查|政策评价|年度考核|体制机制|协调|治理|长效|议事|责任机制|整合|运维|管理机制|法治化|(?<!”)模式$|(?:推进|培养|沟通|协商|对接|联动|新|监测|运营|留才|形成|协同创新|衔接|互动|交流|统筹|保护)机制$/;
/** Financial products named in a list (知识产权质押贷、应收账款质押贷、信用贷) or in quotes (“科创贷”). */
const LOAN_PRODUCT = /“([^”]{1,8}贷通?)”|((?:[\u4e00-\u9fa5]{1,10}贷)(?:、[\u4e00-\u9fa5]{1,10}贷)+)/g;
/**
 * Brought into a list or scope that carries support (将首席技师纳入…人才激励支持范围, 将…纳入创新券服务
 * 事项清单, 纳入政府采购目录): the guide's 纳入…清单. Not the document's own bookkeeping
 * (纳入考核, 纳入财政预算, 纳入统计).
 */
const INCLUDED = /将((?:[\u4e00-\u9fa5、]|“[^”]{1,12}”){2,14}?)(?:纳入|列入)((?:[\u4e00-\u9fa5]|“[^”]{1,12}”){2,16}?(?:范围|清单|目录|名录|名单))(?=[^\u4e00-\u9fa5]|$)/g;
const BOOKKEEPING = /考核|规划|统计|预算|计划|督查|督办|监测|台账|黑名单|失信/;
/** Approval turned into filing (由审批改为备案): a regulatory tool. */
const FILING = /((?:[\u4e00-\u9fa5]{2,12}?))由审批(?:制)?改为备案(?:制)?/g;
/** Fees and taxes waived or halved (免收信保基金担保费, 相关费用按收费下限减半收取), prices and rates cut (阶段性降低用电价格, 降低社保费率, 注册收费…下调30%). */
const FEE_RELIEF = /((?:免收|减半收取|减免|免征|减征|退还|返还)[^，,；;。]{0,14}?(?:费用?|税)|降低[^，,；;。]{0,10}?(?:电价|气价|水价|费率|(?:用电|用气|用水)(?:价格|成本))|[\u4e00-\u9fa5]{2,8}收费[^，,；;。]{0,14}?(?:下调|降低|下浮)(?=\d|[，,；;。]|$))/g;
/** Red tape cut (简化审批手续, 下放审批权限, 放宽准入条件, 缩短办理时限, 放宽…外资持股比例, 扩大…适用范围): a regulatory tool. */
const RED_TAPE_WORD = "(?:审批|流程|手续|环节|时限|权限|门槛|限制|准入|登记条件|准入条件|要求|容忍度|持股比例|适用范围|经营范围|法定检验|年限|期限)";
const RED_TAPE = new RegExp(`(?:简化|下放|取消|放宽|放开|拓宽|扩大|降低|缩短|免除|压缩|精简|提高)((?:[\\u4e00-\\u9fa5、()（）]|“[^”]{1,12}”){0,14}?${RED_TAPE_WORD}(?:、?${RED_TAPE_WORD})*)(?![\\u4e00-\\u9fa5]{0,2}(?:的|者))`, "g");
/** Services a government lays on for firms and people (开通信贷审批绿色通道, 配备服务专员, 推行告知承诺制). */
const SERVICE = /(?:开辟|开通|开设|建立|设立|实行|推行|提供|配备|实施|探索|推广|落实)((?:[\u4e00-\u9fa5、]|“[^”]{1,12}”){0,20}?(?:“?绿色通道”?|“?一站式”?[\u4e00-\u9fa5]{0,6}服务|代办服务|帮办服务|代办帮办服务|帮办代办服务|代办制|服务专员|告知承诺制度?|承诺制|容缺(?:受理|审批|办理)|无纸化管理|“?一网通办”?|“?秒批”?))/g;
/** Relief granted without money (给予临时性延期还款安排, 给予再贷款、再贴现政策倾斜, 予以免责). */
const RELIEF = /(?:给予|予以)((?:[\u4e00-\u9fa5、]|“[^”]{1,12}”){0,14}?(?:倾斜|便利|豁免|免责|宽限期|安排|优惠))(?=[，,；;。]|$)/g;
/** Land and other production factors served first (优先安排用地指标, 要素优先保障). */
const PRIORITY_SUPPLY = /((?:优先(?:安排|保障|供应|供给)|保障)[^，,；;。]{0,8}?(?:用地|用地指标|土地|用能|用电))/g;
/** Land supplied flexibly (推行工业用地“弹性出让”, 长期租赁、先租后让、租让结合供地): land tools. */
const LAND_FORM = "“?(?:弹性(?:年期)?出让|先租后让|租让结合|长期租赁|带方案出让|标准地”?(?:模式)?出让)”?";
const LAND_SUPPLY = new RegExp(`(?:(?:工业|产业)?用地)?${LAND_FORM}(?:、${LAND_FORM})*`, "g");
/** Priority and equal treatment granted (优先推荐省重大专项, 可优先入住人才公寓, 享受…同等待遇). */
const PRIORITY = /优先(安排|推荐|列入|纳入|解决|入住|支持|申报|供应|办理)((?:[\u4e00-\u9fa5、]|“[^”]{1,12}”){2,16}?)(?=[，,；;。]|$)|享受((?:[\u4e00-\u9fa5、]|“[^”]{1,12}”){2,18}?同等待遇)/g;
/**
 * A procedure, service or protection the government runs for firms and people, named by what it
 * does (guide §3.9: "an administrative or regulatory rule or mechanism"; Appendix A's 审批下放,
 * 快速审查, 维权, 绿色通道, 进口便利化): 启动应急快速审批程序, 实行…同步审批, 加强海外知识产权纠纷
 * 维权援助, 建立…监测和应急处置体系. The verb says the document puts it in place; the head word says it
 * is a procedure rather than a goal (加强组织领导, 优化发展环境 end on no such word); a procedure of
 * the document's own (应在…注册, 需经备案登记, 在职权范围内…核准) is none: its object says where or by
 * whom it happens. A
 * list before the head (提供创业辅导、…、法律援助等服务) is LISTED's.
 */
const PROCEDURE_CLAUSE = /(?:应|需|须|要|时)(?:在|经|向|到|按)|^在|在[\u4e00-\u9fa5]{1,10}(?:内|范围)|[的由按被]/;
const PROCEDURE_HEAD = "(?:审批|核准|备案|登记|检定|检疫|通关|放行|结算|维权|援助|惩戒|修复|(?:快速|简易|应急)[\\u4e00-\\u9fa5]{0,6}程序|便利化|快速审查|快速确权|集中采购|政府采购|委托招商|中介招商|监测体系|处置体系|服务体系|保护体系|信用体系|标准体系|认定)";
const PROCEDURE = new RegExp(`(?:启动|实行|推行|实施|开展|提供|开辟|建立健全|建立完善|建立|健全|探索|推广|执行|加强|强化|试点)((?:[\\u4e00-\\u9fa5]|“[^”]{1,12}”){2,24}?${PROCEDURE_HEAD})(?=[^\\u4e00-\\u9fa5]|[和与及并等]|$)`, "g");
/** What a document allows or pilots: 允许在支出发生当期一次性税前扣除, 试行…单列. */
const ALLOWED = /(?:允许|试行)([^，,；;。]{4,30})/g;

/** What the condition clause says of the beneficiary: 认定, 评为 … a trigger the name keeps. */
const TRIGGER = /(?:首次|新)?(?:认定|评为|获批|评定|通过认定|备案|入选|列入|纳入)/;
const CONDITION_NOISE = /^(?:对于?|凡|经|在|为|给)|(?:的|者)$/g;
/** Words a beneficiary's name starts with that say its level or status, not what it is. */
const QUALIFIER = /^(?:国家级|省级|自治区级|市级|区级|县级|国家|自治区|全市|全区|全县|我区|我市|区内|市内|本地|符合条件的|新认定的|首次认定的|经认定的|被认定为|认定为|新引进的|新增的?|首次|获得|获批|评为|认定|[、和及与])/;

/**
 * Every provision in `text[from, to)` (one sentence), in order.
 * @example findProvisions("对新认定的国家级、市级和区级企业研发中心,分别给于一次性奖励100万元、50万元、5万元", 0, 44)
 *   // [{ name: "企业研发中心认定奖励", type: "award", … }]
 */
export function findProvisions(text: string, from: number, to: number): Provision[] {
  const sentence = text.slice(from, to);
  const out: Provision[] = [];
  const taken = (s: number, e: number) => out.some((p) => p.toolStart < e && s < p.toolEnd);
  // Brackets hold notes (100万元(辅导备案时兑付,不含…)): blanked, same length, so a grant reads through them.
  const unbracketed = sentence.replace(/[(（][^()（）]*[)）]/g, (m) => " ".repeat(m.length));
  for (const m of unbracketed.matchAll(GRANT)) {
    const word = m[1] ?? m[2]!;
    // "仍无法补足的则不再补助", "不予奖励": money withheld, not handed out.
    const wordAt = m.index + m[0].length - word.length;
    // "不再给予奖励", "申请补贴": withheld or applied for, not handed out; "奖励资金", "奖励标准": the
    // money or rule of some grant, named as a noun.
    if (WITHHELD.test(unbracketed.slice(Math.max(0, wordAt - 3), wordAt)) || WITHHELD.test(unbracketed.slice(Math.max(0, m.index - 3), m.index))) continue;
    if (/^(?:资金|标准|政策|办法|对象|范围|金额|额度|条件|申报|兑现|经费)/.test(unbracketed.slice(wordAt + word.length))) continue;
    const toolStart = from + m.index + m[0].length - word.length;
    const toolEnd = toolStart + word.length;
    const clause = clauseAt(sentence, m.index + m[0].length - word.length);
    // 支持 is a grant where money is named or a beneficiary is (对…的,给予长期稳定支持).
    if (word.endsWith("支持") && !HAS_MONEY.test(sentence.slice(clause.start, clause.end)) && !/对|凡/.test(sentence.slice(0, m.index))) continue;
    // One grant per clause ("给予一次性奖励补助10万元" is one), unless 给予 lists several tools.
    if (taken(toolStart, toolEnd) || out.some((p) => p.start === from + clause.start || p.end === from + clause.end)) continue;
    const condition = conditionBefore(sentence, clause.start);
    const start = from + (condition?.start ?? clause.start);
    const end = from + moneyTailEnd(sentence, clause.end);
    // "给予建设补助、绩效激励和融资支持": one tool for each word listed after 给予.
    for (const tool of toolList(sentence, m.index, m.index + m[0].length - word.length, clause.end)) {
      const object = objectOf(sentence.slice(0, m.index + m[0].length - word.length), condition ? sentence.slice(condition.start, condition.end) : "");
      // No beneficiary to name it after: the words the grant itself puts before its tool word do
      // (给予每年2000元的带动就业补贴, 一次性生活补贴).
      const compound = object.name && !object.guessed ? "" : compoundBefore(sentence, tool.start);
      const name = compound && object.guessed ? `${object.trigger}${compound}${tool.word}` : `${object.name}${object.trigger}${compound}${tool.word}`;
      out.push({ start, end, name, type: typeOf(tool.word, object.name), toolStart: from + tool.start, toolEnd: from + tool.end, grant: true });
    }
  }
  for (const tool of NAMED_TOOLS) {
    // Most sentences hold none of a pattern's words; a substring test is far cheaper than the pattern.
    if (!tool.needs.test(sentence)) continue;
    for (const m of sentence.matchAll(tool.re)) {
      const raw = tool.words ? tool.words(m) : m[1] ?? m[2]!;
      const rawStart = from + m.index + m[0].indexOf(raw);
      const clause = clauseAt(sentence, rawStart - from);
      // "实施“揭榜挂帅”、定向委托等制度", "深化…“三合一”和简繁分流等改革": one tool per item.
      for (const item of tool.whole ? [{ text: raw, at: 0 }] : listedTools(raw)) {
        const toolStart = rawStart + item.at;
        const toolEnd = toolStart + item.text.length;
        if (taken(toolStart, toolEnd)) continue;
        const whole = item.tail ? { ...item, text: item.text + item.tail } : item;
        const name = tool.name ? tool.name(whole, m) : cleanToolName(whole.text, false);
        if (name === null || name.length < 3 || NOT_A_TOOL.test(name) || (tool.governance && GOVERNANCE.test(name))) continue;
        out.push({ start: from + clause.start, end: from + clause.end, name, type: tool.type?.(name) ?? typeOf(name, name), toolStart, toolEnd, grant: false });
      }
    }
  }
  // A mechanism or product inside a grant's span is what the grant pays for: the grant speaks for it.
  const grants = out.filter((p) => p.grant);
  return out.filter((p) => p.grant || !grants.some((g) => g.start <= p.toolStart && p.toolStart < g.end)).sort((a, b) => a.toolStart - b.toolStart);
}

/**
 * The words right before a tool word that say what kind of tool it is: "…2000元的带动就业" +
 * 补贴 → 带动就业, "一次性生活" → 生活; nothing when an amount, a verb of granting or a
 * qualifier (最高, 一次性) comes first.
 */
function compoundBefore(sentence: string, wordStart: number): string {
  const run = /[\u4e00-\u9fa5]{2,8}$/.exec(sentence.slice(Math.max(0, wordStart - 8), wordStart))?.[0] ?? "";
  const cut = Math.max(...["的", "给予", "给于", "予以", "一次性", "性", "元", "分别", "累计", "最高", "奖励", "补助", "给", "予"].map((w) => (run.lastIndexOf(w) < 0 ? -1 : run.lastIndexOf(w) + w.length)));
  const words = cut < 0 ? run : run.slice(cut);
  return words.length >= 2 && !/^(?:[一二三四五六七八九十百千万两]|每|年|月|项|家|人|个|次|适当|相应|一定|定额|全额|分档|分级|分类|等额)/.test(words) ? words : "";
}

/** A grant's money often follows in the next clauses: ",单个企业每年最高20万元". */
function moneyTailEnd(sentence: string, clauseEnd: number): number {
  let end = clauseEnd;
  while (end < sentence.length && /[,，]/.test(sentence[end]!)) {
    const next = clauseAt(sentence, end + 1);
    if (!/^(?:单个|每个|每家|每项|每人|最高|累计|年度|每年|同一)/.test(sentence.slice(next.start)) || !HAS_MONEY.test(sentence.slice(next.start, next.end))) break;
    end = next.end;
  }
  return end;
}

/**
 * A pattern of named tools: the words a sentence must hold for it to match, where the tool's words
 * are in a match (group 1, else 2), whether they list several tools, and how the tool is named and
 * typed when the defaults (the words cleaned; typeOf) do not fit.
 */
interface NamedTool {
  re: RegExp;
  needs: RegExp;
  words?: (m: RegExpMatchArray) => string;
  /** One tool, though it may hold 、 (简化审批手续、流程). */
  whole?: boolean;
  /** The tool's name, or null when the item is no tool. */
  name?: (item: { text: string; at: number; tail?: string }, m: RegExpMatchArray) => string | null;
  type?: (name: string) => ToolType;
  /** Names of the document's own running of things are dropped (GOVERNANCE). */
  governance?: boolean;
}

const NAMED_TOOLS: NamedTool[] = [
  { re: MECHANISM, needs: /制|机制|模式|办法|清单|改革|体系|监管|认证|许可|准入|评估/, governance: true },
  {
    re: POLICY,
    needs: /政策/,
    // Items of a listed policy (落实大众创业、万众创新相关政策) are topics unless they share tool words.
    // The pattern leaves 优惠 to the policy word: a shared 税收 gets it back (高新技术企业税收优惠).
    name: (item, m) => (m[1]!.includes("、") && item.tail === undefined && !TOOL_HEAD.test(item.text) ? null : cleanToolName(item.tail !== undefined && /税收$|财税$/.test(item.text) ? `${item.text}优惠` : item.text, true)),
  },
  { re: FINANCE, needs: /贷款|融资|保险|发行|租赁/, type: () => "finance" },
  { re: LOAN_PRODUCT, needs: /贷/, type: () => "finance" },
  { re: ALLOWED, needs: /允许|试行/ },
  { re: PROCEDURE, needs: /审批|核准|备案|登记|检定|检疫|通关|放行|结算|维权|援助|惩戒|修复|程序|便利化|快速|采购|招商|体系|认定/, whole: true, governance: true, name: (item) => (PROCEDURE_CLAUSE.test(item.text) ? null : cleanToolName(item.text, false)) },
  { re: QUOTED_FORMS, needs: /”[、和或]?“/ },
  {
    re: LISTED,
    needs: /、/,
    // The first item runs on from the clause's words: "…为平台,发展科技担保" → 科技担保.
    name: (item) => {
      const name = item.at === 0 ? firstListed(item.text) : item.text;
      return TOOL_HEAD.test(name) ? name : null;
    },
  },
  {
    re: RED_TAPE,
    // 提高 cuts red tape only as 提高…容忍度 (提高…审批 adds to it): 提高 alone lets no sentence in.
    needs: /简化|下放|取消|放宽|放开|拓宽|扩大|降低|缩短|免除|压缩|精简|容忍度/,
    whole: true,
    // 简化审批手续 → 审批手续简化: the object first, as tools are named. 扩大/拓宽 widen a scope
    // (适用范围, 经营范围), never an approval or a requirement.
    name: (item, m) => (/^(?:扩大|拓宽)/.test(m[0]) && !/范围$/.test(item.text) ? null : `${item.text.includes("、") ? item.text : item.text.replace(/的/g, "")}${m[0].slice(0, 2)}`),
    type: (name) => (/准入|门槛|限制|条件/.test(name) ? "regulatory" : "administrative"),
  },
  {
    re: SERVICE,
    needs: /通道|一站式|代办|帮办|专员|承诺制|容缺|无纸化|一网通办|秒批/,
    whole: true,
    type: (name) => (/承诺|容缺|无纸化/.test(name) ? "regulatory" : "services"),
  },
  {
    re: FEE_RELIEF,
    needs: /免|减|退还|返还|降低|下调|下浮/,
    // 注册收费在原收费标准基础上下调 → 注册收费下调.
    name: (item) => item.text.replace(/^(.*?收费).*?(下调|降低|下浮)$/, "$1$2"),
    type: () => "tax",
  },
  { re: PRIORITY_SUPPLY, needs: /优先|保障/, type: () => "land" },
  {
    re: LAND_SUPPLY,
    // Only where the sentence is about land: 长期租赁 alone is also a lease of equipment.
    needs: /(?:出让|租赁|先租|标准地)[^。]*?(?:用地|供地|土地)|(?:用地|供地|土地)[^。]*?(?:出让|租赁|先租|标准地)/,
    words: (m) => m[0],
    whole: true,
    // Several forms listed are one way of supplying land (实行租让结合、先租后让、长期租赁等弹性年期供应方式).
    name: (item) => {
      const form = item.text.replace(/[“”]/g, "").replace(/模式/, "");
      if (form.includes("、")) return "用地弹性供应";
      return /用地/.test(form) ? form : `用地${form}`;
    },
    type: () => "land",
  },
  {
    re: PRIORITY,
    needs: /优先|同等待遇/,
    words: (m) => m[3] ?? m[2]!,
    whole: true,
    // 优先推荐省重大专项 → 省重大专项优先推荐.
    name: (item, m) => (m[3] ? item.text : `${item.text}优先${m[1]}`),
    type: (name) => (typeOf(name, name) === "administrative" ? "services" : typeOf(name, name)),
  },
  {
    re: RELIEF,
    needs: /给予|予以/,
    whole: true,
    // "对已按规定妥善履行担保手续人员,…予以免责": relief named by one word is named after whom it is for.
    name: (item, m) => (item.text.length >= 3 ? item.text : /免责|豁免/.test(item.text) ? reliefName(item.text, m) : null),
  },
  {
    re: INCLUDED,
    needs: /纳入|列入/,
    words: (m) => m[0].slice(1),
    whole: true,
    // 将符合条件的创新产品纳入… → 创新产品纳入…: the thing brought in, after its condition.
    name: (_item, m) => (BOOKKEEPING.test(m[2]!) ? null : `${m[1]!.split("的").pop()}纳入${m[2]}`),
    type: (name) => (/采购/.test(name) ? "procurement" : typeOf(name, name)),
  },
  { re: FILING, needs: /改为备案/, whole: true, name: (item) => `${item.text.slice(-8)}审批改备案`, type: () => "regulatory" },
];

/** A one-word relief (免责) named after its beneficiary, from the 对… clause before it; null without one. */
function reliefName(word: string, m: RegExpMatchArray): string | null {
  const before = m.input!.slice(0, m.index);
  if (!/(?:^|[，,；;])(?:对于?|凡)/.test(before)) return null;
  const who = objectOf(before, "").name;
  // An agency's duty read as the object (财政厅要会同有关方面) is no beneficiary.
  return who && !GENERIC_BENEFICIARY.test(who) && !/要|会同|应|负责|部门|厅|局/.test(who) ? `${who}${word}` : null;
}

/**
 * The tools of a name that lists several before a shared head: "“揭榜挂帅”、定向委托等制度" →
 * “揭榜挂帅”, 定向委托; "知识产权质押贷、信用贷" → each loan; otherwise the name itself.
 */
function listedTools(raw: string): { text: string; at: number; tail?: string }[] {
  const shared = /^(.+?)等([\u4e00-\u9fa5]{1,4})$/.exec(raw);
  const body = shared ? shared[1]! : raw;
  // Quoted items are split at their quotes, not at a 、 inside one (“边检查、边通关”或“先通关、后抽检”).
  const quoted = /^(?:“[^”]+”[、和或]?)+$/.test(body) ? body.match(/“[^”]+”/g)! : null;
  const parts = quoted ?? body.split(/、|(?<=”)和|和(?=“)|(?<=”)(?=“)/);
  if (parts.length < 2) return [{ text: shared ? body : raw, at: 0 }];
  const out: { text: string; at: number; tail?: string }[] = [];
  let at = 0;
  for (const part of parts) {
    const i = raw.indexOf(part, at);
    if (part.length >= 2) out.push({ text: part, at: i });
    at = i + part.length;
  }
  // "首台(套)装备、首批次材料、首版次软件应用奖补": the last item's tool words are every item's
  // (guide §1.3), when no earlier item names a tool of its own.
  const tail = SHARED_TAIL.exec(out[out.length - 1]?.text ?? "");
  if (tail && tail.index >= 2 && out.slice(0, -1).every((p) => !TOOL_HEAD.test(p.text) && !SHARED_TAIL.test(p.text))) {
    // The last item keeps its own words; its empty tail marks it as one of a shared list.
    for (const p of out) p.tail = p === out[out.length - 1] ? "" : tail[0];
  }
  return out;
}
/** Tool words a list's last item can share with the others: 应用奖补, 税收优惠, 认定奖励. */
const SHARED_TAIL = /(?:应用|推广|认定|购置|引进|首购|首用)?(?:奖补|奖励|补贴|补助|资助|贴息|税收优惠|财税优惠|税收|财税)$/;

/** The clause around `at`, offsets within `sentence`. */
function clauseAt(sentence: string, at: number): { start: number; end: number } {
  return clauseAround(sentence, { start: 0, end: sentence.length }, at);
}

/** The "对…的," clause before a grant: its condition, which the quote takes in (guide §4.9). */
function conditionBefore(sentence: string, clauseStart: number): { start: number; end: number } | null {
  const own = sentence.slice(clauseStart);
  if (/^(?:对|凡)/.test(own)) return null;
  if (clauseStart < 2) return null;
  const prev = clauseAt(sentence, clauseStart - 2);
  const text = sentence.slice(prev.start, prev.end);
  // 对…的 / 经认定的 say who gets it; 鼓励知识产权质押贷款, names what the money is for.
  return /^(?:对|凡|经|在|首次|新认定|被认定|鼓励|支持)|的$|者$/.test(text) ? { start: prev.start, end: clauseStart } : null;
}

/**
 * The tool words of one grant: "给予建设补助、绩效激励和融资支持" → three items, each with its
 * own words (建设补助); otherwise the one tool word.
 */
function toolList(sentence: string, grantStart: number, wordStart: number, clauseEnd: number): { word: string; start: number; end: number }[] {
  const word = /^(?:奖励|奖补|补助|补贴|资助|贴息|激励|资金支持|经费支持|支持)/.exec(sentence.slice(wordStart))![0];
  const single = [{ word, start: wordStart, end: wordStart + word.length }];
  const verb = /^(?:给予|给于|予以)/.exec(sentence.slice(grantStart));
  if (!verb) return single;
  const listStart = grantStart + verb[0].length;
  const items = sentence.slice(listStart, clauseEnd).split(/[、和及与]/);
  if (items.length < 2 || !items.every((it) => TOOL_ITEM.test(it))) return single;
  const out: { word: string; start: number; end: number }[] = [];
  let at = listStart;
  for (const it of items) {
    out.push({ word: it, start: at, end: at + it.length });
    at += it.length + 1;
  }
  return out;
}
const TOOL_ITEM = /^[\u4e00-\u9fa5]{0,4}(?:奖励|奖补|补助|补贴|资助|贴息|激励|支持)$/;

/**
 * The beneficiary or object a grant is for, and the trigger (认定) the name keeps:
 * "对新认定的国家级、市级和区级企业研发中心" → 企业研发中心 + 认定.
 */
function objectOf(before: string, condition: string): { name: string; trigger: string; guessed: boolean } {
  // The beneficiary follows the last 对/凡 before the grant; else what an encouraging condition
  // names (鼓励知识产权质押贷款,按…给予补贴); else the clause's own words.
  const at = Math.max(before.lastIndexOf("对"), before.lastIndexOf("凡"));
  const clauseStart = Math.max(...[",", "，", ";", "；"].map((p) => before.lastIndexOf(p))) + 1;
  const encouraged = /^(?:鼓励|支持)/.test(condition) ? condition.replace(/^(?:鼓励|支持)/, "") : "";
  const source = (at >= 0 ? before.slice(at) : encouraged || before.slice(clauseStart))
    .replace(/[,，;；].*$/, "")
    .replace(/^按照?/, "")
    .replace(/(?:给予|给于|予以|按照?|分别|一次性|择优).*$/, "");
  const trigger = TRIGGER.test(source) ? "认定" : "";
  let core = source.replace(CONDITION_NOISE, "").replace(CONDITION_NOISE, "");
  // "1.企业与券商…签订上市服务协议,…,给予一次性100万元奖励": no 对 and no condition clause;
  // the sentence's first clause says what is rewarded.
  if (core.replace(QUALIFIER, "").length < 2) core = firstClause(before);
  // The object is what the condition ends on: the noun after the last 的 (对…纳入…的企业 → 企业).
  const afterDe = core.split("的");
  core = afterDe.length > 1 && afterDe[afterDe.length - 1]!.length >= 2 ? afterDe[afterDe.length - 1]! : afterDe[0]!;
  while (QUALIFIER.test(core)) core = core.replace(QUALIFIER, "");
  // "双创载体、入孵企业": the tool is named after the first beneficiary, as annotators do.
  core = core.split(/[、和及与]/)[0]!;
  core = core.replace(/[“”"]/g, "");
  core = beforeMetric(core);
  if (core.length > 10) core = wholeWordTail(core, 10);
  core = core.replace(/^[)）(（》、,，○于得让将在其对与和及并或]+/, "");
  // A fragment is no beneficiary (每家, 20%, 最高, 其中…): the sentence's opening words name it better.
  let guessed = false;
  if (JUNK_OBJECT.test(core) || core.length < 2 || GENERIC_BENEFICIARY.test(core)) {
    const opening = firstClause(before).replace(QUALIFIER, "");
    // Only a condition that names nothing (numbers, fragments) is named by the words around it; a
    // generic beneficiary (企业) is kept over them.
    const generic = GENERIC_BENEFICIARY.test(core);
    const guesses = generic ? [] : [thingBefore(before), ...[source, clauseBefore(before), firstClause(before)].map(wordsBeforeNumber).filter((w) => w.length >= 3)];
    const fallback = [opening, ...guesses.filter((o) => !FRAGMENT.test(o))].find((o) => !JUNK_OBJECT.test(o) && o.length >= 2 && !GENERIC_BENEFICIARY.test(o));
    guessed = fallback !== undefined && fallback !== opening;
    if (fallback) core = fallback;
    else if (!generic) core = "";
  }
  // 企业最高 (奖励), 若年度服务企业, 给予该项目: the grant's own words are no part of what it is for.
  core = core.replace(/^(?:若|给予|该|此项|届)+/, "").replace(/(?:最高|累计|累积|只|此项)+$/, "");
  core = balanced(core);
  return { name: core.length >= 2 ? core : "", trigger, guessed: guessed && core.length >= 2 };
}

/**
 * What the clause before the grant's ends on, after its last 的: "…营业额达到80万元以上的特大型会议、
 * 赛事,一次性给予15万元奖励" → 特大型会议 (the first thing listed).
 */
function thingBefore(before: string): string {
  const prev = clauseBefore(before);
  const de = prev.lastIndexOf("的");
  return de < 0 ? "" : prev.slice(de + 1).split(/[、和及与]/)[0]!.replace(/[“”"]/g, "");
}

/**
 * A name cut inside a bracket keeps the part outside it: "驰名商标(行政认定" → 驰名商标, "…)认定" after
 * a cut-off opening → 认定's words after it; balanced brackets (首台(套), 工程(技术)中心) stay.
 */
function balanced(name: string): string {
  const open = Math.max(name.lastIndexOf("("), name.lastIndexOf("（"));
  const close = Math.max(name.lastIndexOf(")"), name.lastIndexOf("）"));
  if (open > close) return name.slice(0, open);
  const firstOpen = [name.indexOf("("), name.indexOf("（")].filter((i) => i >= 0);
  const firstClose = [name.indexOf(")"), name.indexOf("）")].filter((i) => i >= 0);
  if (firstClose.length && (!firstOpen.length || Math.min(...firstClose) < Math.min(...firstOpen))) return name.slice(Math.min(...firstClose) + 1);
  return name;
}

/** The clause before the last one of `before`, or "". */
function clauseBefore(before: string): string {
  const clauses = before.split(/[,，;；]/);
  return clauses.length < 2 ? "" : clauses[clauses.length - 2]!;
}

/**
 * A condition that counts (对一个行政村建设标准化民宿5家以上的每间…, 项目资金投入500万元…) is named by
 * the words before its first number, without the counting words: 行政村建设标准化民宿, 项目资金投入.
 */
function wordsBeforeNumber(source: string): string {
  const words = /^[\u4e00-\u9fa5]*/.exec(source.replace(/^(?:对于?|凡|在|为)/, "").replace(/^(?:[一每单]个|每家|单家|每|单次|一次|新增|新)/, ""))?.[0] ?? "";
  const cut = beforeMetric(words.replace(/(?:达到|超过|不少于|在|达|满|为|投入|规模|每(?:增加|新增|增)?)$/, ""));
  return cut.length > 10 ? wholeWordTail(cut, 10) : cut;
}
/**
 * The beneficiary before the figure its grant is measured by: "住宿餐饮企业当年营业额达到1亿元" →
 * 住宿餐饮企业. A generic beneficiary (企业年度服务出口) keeps the measure, which then names the grant.
 */
function beforeMetric(core: string): string {
  const m = METRIC.exec(core);
  if (!m || m.index < 2) return core;
  const who = core.slice(0, m.index);
  return GENERIC_BENEFICIARY.test(who) ? core : who;
}
const METRIC = /(?:当年|当期|年度|上年度?|上一年度?|本年度?|每年|年均|累计)?(?:营业额|销售额|销售收入|营业收入|主营业务收入|工业产值|产值|增加值|出口额|进出口额|交易额|营收|纳税额|税收贡献|地方贡献)/;
/** Words cut out of a condition mid-phrase (营业面积每增加, 和硕士研究生, 当补助总额): no name. */
const FRAGMENT = /[的每且当则]|^[和及与或建购增营]/;
/** Beneficiaries every grant has (企业, 单位): a name made of one says nothing of the tool. */
const GENERIC_BENEFICIARY = /^(?:企业|单位|项目|个人|机构|人员|人才|公司|主体)$/;
const JUNK_OBJECT = /^[\d.%‰()（）\-—~～、,，○〇]|^(?:每|最高|单个|单家|单位奖|同一|以上|上述|其中|超过|按|奖励|补助|可|对象|分别|并|或|且|再|另|后|其|该|本|此|则|如)|[\d%‰]/;

/** The last `max` characters of `s`, moved right to start on a whole word (…股权交易中心, not 江省股权…). */
function wholeWordTail(s: string, max: number): string {
  let from = s.length - max;
  while (from < s.length - 2 && !cutAt(s, from)) from++;
  return s.slice(from);
}

/** The first clause of a sentence without its enumerator (1. / (二) / 九、) or its leading 企业. */
function firstClause(sentence: string): string {
  const clause = sentence.replace(/^\s*(?:[(（]?[一二三四五六七八九十\d]+[)）.、．]\s*)+/, "").split(/[,，;；:：]/)[0]!;
  const words = clause.replace(/^(?:对|凡|经|企业|我市|我区|本市|本区)/, "").replace(/[“”"]/g, "");
  return words.includes("○") ? "" : words.length > 12 ? wholeWordTail(words.slice(0, 14), 12) : words;
}

/** The tool type a name's words make (Appendix A). */
function typeOf(word: string, object: string): ToolType {
  const s = `${object}${word}`;
  if (/券/.test(s)) return "voucher";
  if (/采购/.test(s)) return "procurement";
  if (/加计扣除|税|减免/.test(s)) return "tax";
  if (/用地|供地|土地|厂房分割|产权分割/.test(s)) return "land";
  if (/知识产权|专利|商标/.test(s)) return "ip";
  if (/贷款|贴息|担保|保险|融资|上市|挂牌|债|基金|风险补偿|投资/.test(s)) return "finance";
  if (/人才|薪酬|职称|工资|兼职|离岗|学徒|经理人|落户|安置/.test(s)) return "talent";
  if (/奖励|奖补|激励|表彰/.test(word)) return "award";
  if (/补助|补贴|资助|支持|经费/.test(word)) return "subsidy";
  if (/标准|监管|清单|诚信|信用|承诺/.test(s)) return "regulatory";
  if (/共享|开放/.test(s)) return "sharing";
  if (/培育库|备案|入库/.test(s)) return "cultivation";
  return "administrative";
}

/** 首台(套)重大技术装备扶持政策 → 首台(套)重大技术装备扶持; quotes kept, leading qualifiers dropped. */
function cleanToolName(raw: string, isPolicy: boolean): string {
  let name = raw.replace(/^(?:国家|省|市|区|县|自治区|全市|全区|我市|我区|中央)(?:、(?:国家|省|市|区|县|自治区))*(?:级|的)?(?=[\u4e00-\u9fa5“])/, "");
  name = name.replace(/^[)）、,，]+/, "").replace(/^(?:有关|相关|各项|现行|已有|好|一批)/, "");
  // "企业培育和市场化选聘相结合的职业经理人制度": what precedes 的 describes the tool; the tool is after it.
  const de = name.lastIndexOf("的");
  if (de >= 0 && name.length - de - 1 >= 4) name = name.slice(de + 1);
  if (isPolicy) name = name.replace(/(?:等|相关|各项)$/, "");
  return name;
}
