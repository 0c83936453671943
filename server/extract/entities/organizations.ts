/**
 * Organizations that are not government: enterprises (…有限公司, …集团, brands the vocabulary
 * knows, "以华兰生物、艾迪威等龙头企业"), universities (…大学, …学院) and research institutes
 * (…研究院, …研究所, 中国科学院/中科院). LOCATED_IN (Organization → Region) when the name
 * begins with a place. Government bodies are Agencies (../agencies.ts) and are left alone.
 */
import { sentenceAt, type DocContext } from "../context.js";
import { isAgencyName } from "../agencies.js";
import type { Collector } from "./collect.js";
import { byStart, type Hit } from "./hits.js";
import { looksUnnamed, nameStart, startOfName, stopWords } from "./names.js";
import { isHomePlace, placeAtStartOf, regionFound } from "./regions.js";
import { buildDictionary } from "./trie.js";
import { cutAt, jieba } from "./words.js";
import { industries, nationalAgencies, organizations, type OrganizationEntry } from "./vocab.js";

type Kind = OrganizationEntry["kind"];

const known = buildDictionary<OrganizationEntry>(
  organizations.flatMap((e) => [e.canonical, ...e.aliases].map((t) => [t, e] as const)),
);
const HEAD = /股份有限公司|有限责任公司|有限公司|集团公司|集团|大学|学院|研究院|研究所|科学院|工程院|农村商业银行|商业银行|银行|证券交易所|股权交易中心/g;
const KIND: Record<string, Kind> = {
  股份有限公司: "enterprise", 有限责任公司: "enterprise", 有限公司: "enterprise", 集团公司: "enterprise", 集团: "enterprise",
  大学: "university", 学院: "university", 研究院: "institute", 研究所: "institute", 科学院: "institute", 工程院: "institute",
  农村商业银行: "enterprise", 商业银行: "enterprise", 银行: "enterprise", 证券交易所: "other", 股权交易中心: "other",
};
const STOPS = stopWords(["联合", "扶持", "支持", "依托", "推进", "加快", "鼓励", "与", "同", "邀请", "引进", "落地", "对", "由", "报告", "接入", "通知", "办理", "委托", "确定", "提供", "配合", "审查", "负责"]);
/** Prefixes that make the name a kind of body, not a body: 高等学院, 融资担保公司, 重点企业研究院. */
const GENERIC = new RegExp(
  "^(?:[各本该]|国有|民营|私营|外资|上市|拟上市|龙头|骨干|重点|大型|中小|小微|科技型|高新技术|规上|规模以上|相关|第三方|专业|" +
    "城市|股份制|系统|融资担保|担保|融资性担保|再担保|投资|保险|证券|信托|基金管理|资产管理|管理|运营|平台|建设|开发|物业|小额贷款|金融|商业|" +
    "股份|有限|子|母|总|分|控股|参股|合资|独资|高等|高职|职业|专科|技术|创新|新型|产业技术|企业|科研|省级|市级|国家级|国家|" +
    "知名|一流|高水平|区域|地方|重点企业|农业企业|行业|工业|产业|共建|联合|合作|国内外|海内外|境外|外地|本地|我市|我区|我县|全市|" +
    "创业|孵化|研发|设计|检测|服务|中介|咨询|文化|旅游|电商|物流|贸易|外贸|医疗|药品|教育|培训|人力资源|法律|会计|评估|" +
    "软件|信息|网络|互联网|数据|大数据|新材料|生物|医药|农业|林业|能源|环保|现代|特色|优秀|示范|老年|社区|开放|老|大|小|新|" +
    "党校|行政|社会主义|干部|管理干部|师范|医|中医药|中医|药|理工|理工科|高水平理工科|工科|综合性|研究型|应用型|[、和与及])*$",
);
/** Words jieba tags as verbs or adjectives that occur in organization names (…投资发展有限公司, 智能制造研究院). */
const KEEP: ReadonlySet<string> = new Set(["投资", "发展", "创新", "创业", "制造", "智能", "孵化", "服务", "管理", "建设", "开发", "控股", "过滤", "科技", "信息", "融资", "担保", "动力", "生物", "转移", "检测", "研究", "设计", "数字", "高端", "先进", "现代", "绿色", "新", "大"]);
const KNOWN_INDUSTRY = new Set(industries.flatMap((e) => [e.canonical, ...e.synonyms]));
/** "以华兰生物、艾迪威、胜达过滤等创新龙头企业为抓手": brand names listed before 等…企业. */
const BRAND_LIST_END = /等(?:创新|龙头|骨干|优势|重点|知名|优质|领军|科技型|高新技术|行业|头部|链主|本地|大型|制造|医药|生物)*(?:企业|公司)/g;
/** The list itself, read backwards from its 等: at least two items joined by 、. */
const BRAND_LIST = /(?:[\u4e00-\u9fa5]{2,8}、)+[\u4e00-\u9fa5]{2,8}$/;
const BRAND_STOPS = stopWords(["以", "扶持", "支持", "依托", "推动", "引导", "将", "对", "鼓励", "培育", "推进"], ["和", "与", "及", "或"]);
const NOT_BRAND = /企业|公司|单位|机构|部门|高校|院所|政府|协会|商会|联盟|银行|平台|中心|产业|行业|领域|项目|人才|[省市县区镇乡企]$|(?:制造|融合|服务|经济|创新|改造|升级|转型|[化型])$/;
/** Tags of ordinary words: a list item made only of them is a trade (家具、钢铁、监理), not a brand (京东, 华兰生物). */
const COMMON_TAGS = new Set(["n", "v", "vn", "a", "an", "d", "j"]);
const commonWords = (item: string) => jieba().tag(item, true).every((w) => COMMON_TAGS.has(w.tag));

/**
 * A body the agency finders own: a government office, or a company a level prefix marks as the
 * government's own (区兴农融资担保公司, 市级数字经济产业投资公司, guide §3.2). Other companies,
 * groups and banks are Organizations (新航集团, 乐山市商业银行).
 */
function governmentBody(ctx: DocContext, name: string): boolean {
  if (CENTRAL.test(name)) return true;
  if (!isAgencyName(name)) return false;
  if (!/(?:公司|集团|银行)$/.test(name) || /^(?:[省市区县](?!场)|中共|国家)/.test(name)) return true;
  // A place's investment, guarantee or finance company is the government's (东莞科技金融集团).
  return STATE_OWNED.test(name) && placeAtStartOf(ctx, name) !== null;
}
const STATE_OWNED = /(?:投资|担保|金融|城投|国资|产投|建设|资产|交通|水务)[\u4e00-\u9fa5]{0,6}(?:有限公司|公司|集团)$/;
/** The central bank and other national bodies, which the agency finders own (人民银行, 中国人民银行). */
const CENTRAL = new RegExp(`(?:${nationalAgencies.flatMap((e) => [e.name, ...e.forms]).filter((f) => f.length >= 3).map((f) => f.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")})$`);
/** Banks and groups of a kind, not named ones (经办银行, 贷款银行, 知名酒店集团): what a named one's prefix lacks. */
const PROPER_TAGS = new Set(["ns", "nr", "nrt", "nz", "nt", "x", "eng", "j"]);
const named = (prefix: string) => jieba().tag(prefix, true).some((w) => PROPER_TAGS.has(w.tag));

export const organizationId = (name: string) => `org:${name}`;

export interface OrganizationScan {
  hits: Hit[];
}

export function findOrganizations(c: Collector): OrganizationScan {
  const { ctx } = c;
  const text = ctx.matchText;
  const hits: Hit[] = [];
  const add = (name: string, kind: Kind, start: number, end: number, aliases: string[] = []) => {
    if (hits.some((h) => h.start <= start && end <= h.end)) return;
    const id = c.mention({ id: organizationId(name), label: "Organization", name, aliases, props: { kind } }, start, end);
    hits.push({ id, start, end });
    // The place a name begins with is weak evidence (guide §8: the gold rarely keeps it), so only
    // the document's own place, marked inferred: 银川产业技术研究院 → 银川市, not 北京大学 → 北京市.
    const place = placeAtStartOf(ctx, name);
    const s = sentenceAt(ctx.sentences, start);
    if (place && s && isHomePlace(ctx, place)) c.relate("LOCATED_IN", id, c.entity(regionFound(place)), s, { inferred: true });
  };

  HEAD.lastIndex = 0;
  for (let m = HEAD.exec(text); m; m = HEAD.exec(text)) {
    const end = m.index + m[0].length;
    // 在校大学生, 女大学生: a head that ends inside a longer word names no body.
    if (!cutAt(text, end)) continue;
    const start = startOfName(text, m.index, STOPS, 18, KEEP);
    const name = text.slice(start, end).replace(/[“”]/g, "");
    const prefix = text.slice(start, m.index).replace(/[“”]/g, "");
    if (prefix.length < 2 || GENERIC.test(prefix) || KNOWN_INDUSTRY.has(prefix) || looksUnnamed(name) || governmentBody(ctx, name)) continue;
    if (/^(?:银行|集团)$/.test(m[0]) && !named(prefix)) continue;
    add(name, KIND[m[0]]!, start, end);
  }
  for (const m of known.find(text)) {
    add(m.value.canonical, m.value.kind, m.start, m.end, [text.slice(m.start, m.end)]);
  }
  BRAND_LIST_END.lastIndex = 0;
  for (let e = BRAND_LIST_END.exec(text); e; e = BRAND_LIST_END.exec(text)) {
    const windowStart = Math.max(0, e.index - 60);
    const m = BRAND_LIST.exec(text.slice(windowStart, e.index));
    if (!m) continue;
    let at = windowStart + m.index;
    const items = m[0].split("、");
    items.forEach((raw, k) => {
      let start = at;
      if (k === 0) start = nameStart(text, at + raw.length, BRAND_STOPS, raw.length);
      const item = text.slice(start, at + raw.length);
      at += raw.length + 1;
      if (item.length < 2 || NOT_BRAND.test(item) || KNOWN_INDUSTRY.has(item) || GENERIC.test(item) || commonWords(item)) return;
      add(item, "enterprise", start, start + item.length);
    });
  }
  hits.sort(byStart);
  return { hits };
}
