/**
 * Parks: named zones (浦里工业新区, 新乡高新区, 东莞国家自主创新示范区), at their full extent,
 * with the kind their ending implies (../vocab/parks.json) and the level the text states.
 * Generic phrases (各类园区, 国家级开发区, 现代农业园区) are not Parks; a bare ending that ends a
 * named park of the same document (高新区, 自创区) is that park. LOCATED_IN (Park → Region)
 * when the name begins with a place; FOCUSES_ON (Park → Industry) when a clause about the park
 * names the industries it concentrates on.
 */
import { sentenceAt, type DocContext, type Sentence } from "../context.js";
import type { Region } from "../gazetteer.js";
import type { Collector } from "./collect.js";
import { byStart, clauseAround, hitsWithin, type Hit } from "./hits.js";
import { escapeRegExp, looksUnnamed, nameStart, refineStart, shortFormAfter, startOfName, stopWords } from "./names.js";
import { placeAtStartOf, regionFound } from "./regions.js";
import { buildDictionary } from "./trie.js";
import { distribute } from "./lists.js";
import { findIssuingZone } from "../agencies.js";
import { establishes, establishmentFacts } from "./triggers.js";
import { industries, parkSuffixes } from "./vocab.js";

const suffixes = [...parkSuffixes].sort((a, b) => b.suffix.length - a.suffix.length);
const HEAD = new RegExp(`(?:${suffixes.map((s) => escapeRegExp(s.suffix)).join("|")})(?!块|链|[\\u4e00-\\u9fa5]{0,2}(?:管委会|管理委员会|办公室|管理局|党工委))`, "g");
const ENDS_IN_HEAD = new RegExp(`(?:${suffixes.map((s) => escapeRegExp(s.suffix)).join("|")})$`);
const kindOf = new Map(suffixes.map((s) => [s.suffix, s.kind]));
/**
 * Besides verbs: the tails of agency names, since issuer lists and addresses run straight into a
 * zone (中共嘉兴市委嘉兴港区, 慈城镇人民政府创新园) and a zone's name never holds its government's.
 */
const AGENCY_TAILS = ["人民政府", "政府", "办公室", "委员会", "管委会", "工委", "办事处", "市委", "区委", "县委", "省委", "局"];
const STOPS = stopWords(["国家级", "省级", "市级", "县级", "区级", "支持", "加快", "高质量", "创新型", "特色", "依托", "包括", "投资", "策划", "谋划", "申建", "申报", "宣传", "合理", "符合", "必须", "制定", "要", "且", "印发", "通知", "促进", "助推", "构建", "明确", "负责", "以上", "做好", "启动", "管理", ...AGENCY_TAILS], ["重点", "服务"]);

// Words that only qualify a zone; a name made of nothing else is generic ("现代农业园区").
const QUALIFIERS = [
  "国家级", "省级", "市级", "县级", "区级", "国家", "省", "市", "县", "区", "现代", "特色", "生态", "绿色", "高新技术", "高新",
  "高技术", "科技", "智慧", "数字", "综合", "重点", "各类", "各", "相关", "优势", "主导", "示范", "新型", "传统", "战略性新兴",
  "新兴", "全域", "创新", "创业", "双创", "文化", "旅游", "电子商务", "电商", "物流", "快递", "商贸", "工业", "产业", "农业",
  "经济", "开放型", "国际", "外贸", "跨境", "境外", "合作", "飞地", "低效", "小微", "企业", "人力资源服务", "服务业",
  "现代服务业", "特色产业", "循环经济", "海洋", "临港", "沿海", "城市", "园中", "专业", "标准", "大型", "一批", "若干",
  "留学人员", "高校", "大学", "科创", "信息", "互联网", "工业互联网", "数字经济", "夜间消费", "消费", "文化产业", "体育",
  "医疗", "健康", "养老", "康养", "休闲", "农家乐", "精品", "示范性", "先进", "制造业", "高质量发展", "高端", "未来",
  "千亿级", "百亿级", "千亿", "百亿", "万亩", "一流", "全国", "全省", "全市", "国内", "先进", "全球性", "世界级", "高水平", "发展", "上级", "周边", "毗邻", "域外", "市外", "省外", "沿海", "发达", "地区", "东部", "中西部", "西部", "其他",
];
const QUALIFIER_TERMS = [...new Set([...QUALIFIERS, ...industries.flatMap((e) => [e.canonical, ...e.synonyms, ...(e.listForms ?? [])])])].sort((a, b) => b.length - a.length);
const GENERIC_PREFIX = new RegExp(`^(?:${QUALIFIER_TERMS.map(escapeRegExp).join("|")}|[、和与及])*$`);
/** Words jieba tags as verbs that belong in zone names (浙川东西部协作乐山产业园, 粤海银瓶合作创新区). */
const KEEP: ReadonlySet<string> = new Set(["协作", "合作", "创新", "创业", "示范", "孵化", "集聚", "转型", "发展"]);
const INDUSTRY_NAME = new Set(industries.flatMap((e) => [e.canonical, ...e.synonyms]));
/** Words before an industry park that make it a kind rather than a place: "经认定的文化产业园", "各类…". */
const GENERIC_BEFORE = /(?:的|各类|一批|若干|级|等|和|、|及)$/;
const LEVEL = /国家级|国家|省级|市级|县级|区级/;
const LEVELS: Record<string, string> = { 国家级: "national", 国家: "national", 省级: "provincial", 市级: "municipal", 县级: "county", 区级: "county" };
const FOCUS = /聚焦|围绕|重点发展|主导产业|大力发展|集聚|打造|发展|引进|布局|培育|特色产业|产业集群|产业基地/;

export const parkId = (name: string) => `park:${name}`;

export interface ParkScan {
  hits: Hit[];
}

export function findParks(c: Collector, industryHits: Hit[]): ParkScan {
  const { ctx } = c;
  const text = ctx.matchText;
  const hits: Hit[] = [];
  const named = new Map<string, string>(); // surface → park id
  const bare: { start: number; end: number; form: string }[] = [];
  /** The place each park's name begins with, where first named: LOCATED_IN candidates. */
  const placed = new Map<string, { place: Region; sentence: Sentence }>();

  /** A named park at [start, end): its node, short form, LOCATED_IN and ESTABLISHES. */
  const register = (name: string, aliases: string[], suffix: string, start: number, end: number) => {
    const levelWord = LEVEL.exec(text.slice(Math.max(0, start - 3), end))?.[0];
    const id = c.mention(
      { id: parkId(name), label: "Park", name, aliases, props: { kind: kindOf.get(suffix) ?? "园区", level: levelWord ? LEVELS[levelWord]! : null } },
      start,
      end,
    );
    hits.push({ id, start, end });
    named.set(name, id);
    const short = shortFormAfter(text, end);
    if (short) {
      named.set(short.alias, id);
      c.mention({ id, label: "Park", name, aliases: [short.alias] }, short.start, short.end);
      hits.push({ id, start: short.start, end: short.end });
    }
    const place = placeAtStartOf(ctx, name);
    const s = sentenceAt(ctx.sentences, start);
    if (place && s && place.level !== "town" && !placed.has(id)) placed.set(id, { place, sentence: s });
    if (s && establishes(text, s, start, end)) c.relate("ESTABLISHES", ctx.docId, id, s, establishmentFacts(text, s, start));
  };

  // Found first, registered after: a short form (万华生命科学产业城) takes the node of the full
  // name the document also uses (新乡万华生命科学产业城), wherever each occurs.
  const found: { name: string; aliases: string[]; suffix: string; start: number; end: number }[] = [];
  HEAD.lastIndex = 0;
  for (let m = HEAD.exec(text); m; m = HEAD.exec(text)) {
    const end = m.index + m[0].length;
    const rough = nameStart(text, m.index, STOPS, 14);
    // 「渠口、临港等物流园区」, 「茶叶、…、高山蔬菜科技园」: one park per member.
    let members = distribute(text, rough, m.index, end, { itemStart: (e) => nameStart(text, e, STOPS, 8), complete: (item) => ENDS_IN_HEAD.test(item) });
    // A last member the part-of-speech cut shortens is not one (派驻方式赋予高新区).
    if (members && refineStart(text, rough, m.index, KEEP) !== rough) members = null;
    if (members) {
      for (const x of members) found.push({ name: x.name, aliases: [x.bare], suffix: m[0], start: x.start, end: x.start === rough ? end : x.end });
      continue;
    }
    const roughPrefix = text.slice(rough, m.index).replace(/[“”]/g, "");
    // Generic before tagging: most zone words (园区, 开发区) follow only qualifiers. An industry
    // park named by its industry ("以氢能产业园为载体") is a park unless a generic word precedes it.
    const industryPark = /^产业园/.test(m[0]) && INDUSTRY_NAME.has(roughPrefix) && !GENERIC_BEFORE.test(text.slice(Math.max(0, rough - 3), rough));
    if (!industryPark && (m.index - rough < 2 || GENERIC_PREFIX.test(roughPrefix))) {
      bare.push({ start: rough, end, form: text.slice(rough, end).replace(/[“”]/g, "") });
      continue;
    }
    const start = industryPark ? rough : startOfName(text, m.index, STOPS, 14, KEEP);
    const name = text.slice(start, end).replace(/[“”]/g, "");
    const prefix = text.slice(start, m.index).replace(/[“”]/g, "");
    if (prefix.length < 2 || (!industryPark && GENERIC_PREFIX.test(prefix)) || looksUnnamed(name)) {
      bare.push({ start, end, form: name });
      continue;
    }
    found.push({ name, aliases: [], suffix: m[0], start, end });
  }

  const names = [...new Set(found.map((f) => f.name))];
  for (const f of found) {
    const known = named.get(f.name); // a 以下简称 form of a park registered before
    if (known) {
      c.mention({ id: known, label: "Park", name: c.get(known)!.name }, f.start, f.end);
      hits.push({ id: known, start: f.start, end: f.end });
      continue;
    }
    const full = fullerName(f.name, names);
    register(full ?? f.name, full ? [f.name, ...f.aliases] : f.aliases, f.suffix, f.start, f.end);
  }

  // Short forms ("松山湖高新区", "东莞自创区") and bare endings ("高新区") that belong to one named park.
  const forms = buildDictionary([...named].map(([form, id]) => [form, id] as const));
  for (const m of forms.find(text)) {
    if (hits.some((h) => h.start <= m.start && m.end <= h.end)) continue;
    c.mention({ id: m.value, label: "Park", name: c.get(m.value)!.name }, m.start, m.end);
    hits.push({ id: m.value, start: m.start, end: m.end });
  }
  for (const b of bare) {
    const owners = new Set([...named].filter(([form]) => form.endsWith(b.form) && form !== b.form).map(([, id]) => id));
    if (owners.size !== 1 || hits.some((h) => h.start <= b.start && b.end <= h.end)) continue;
    const id = [...owners][0]!;
    c.mention({ id, label: "Park", name: c.get(id)!.name }, b.start, b.end);
    hits.push({ id, start: b.start, end: b.end });
  }
  hits.sort(byStart);
  locateByName(c, placed, hits);
  relateFocus(c, hits, industryHits);
  return { hits };
}

/**
 * LOCATED_IN read off a park's name, marked inferred (guide §4.4). The gold keeps it where the
 * place says something: a zone elsewhere (深圳前海, 北京中关村) and the document's own main zone
 * (its most-named park); not every 新乡…产业园 of a 新乡 document, nor a province prefix at home.
 */
function locateByName(c: Collector, placed: Map<string, { place: Region; sentence: Sentence }>, hits: Hit[]) {
  const counts = new Map<string, number>();
  for (const h of hits) counts.set(h.id, (counts.get(h.id) ?? 0) + 1);
  const top = Math.max(0, ...counts.values());
  const main = [...counts].filter(([, n]) => n === top && n >= 3).map(([id]) => id);
  // The zone that issues the document (新乡高新区管委会 …) is its main zone whatever the counts.
  const zone = findIssuingZone(c.ctx.text);
  for (const id of placed.keys()) {
    const e = c.get(id);
    if (zone && e && (e.name === zone || e.aliases.includes(zone))) main.push(id);
  }
  for (const [id, { place, sentence }] of placed) {
    if (!main.includes(id) && atOrAboveHome(c.ctx, place)) continue;
    c.relate("LOCATED_IN", id, c.entity(regionFound(place)), sentence, { inferred: true });
  }
}

/** The document's own place or one containing it (乐山市, 四川省 for a 乐山 document). */
function atOrAboveHome(ctx: DocContext, place: Region): boolean {
  const home = ctx.region?.code;
  if (!home || !/^\d{6}$/.test(place.code)) return false;
  return home.startsWith(place.code.replace(/(?:00)+$/, ""));
}

/** The one longer name among `names` that is `name` with a place or a word or two before it, or null. */
function fullerName(name: string, names: string[]): string | null {
  const longer = names.filter((n) => n.length > name.length && n.length - name.length <= 4 && n.endsWith(name));
  return longer.length === 1 ? longer[0]! : null;
}

/**
 * FOCUSES_ON: industries in a focus clause of a sentence that names the park, or — when the
 * sentence names none — of the nearest park named earlier in the same paragraph.
 */
const PARAGRAPH_FOCUS = /^(?:聚焦|重点聚焦|主要聚焦)/;

function relateFocus(c: Collector, parks: Hit[], industryHits: Hit[]) {
  const { ctx } = c;
  const text = ctx.matchText;
  for (const ind of industryHits) {
    const s = sentenceAt(ctx.sentences, ind.start);
    if (!s) continue;
    const clause = clauseAround(text, s, ind.start);
    if (!FOCUS.test(text.slice(clause.start, clause.end))) continue;
    const inSentence = hitsWithin(parks, s.start, s.end).filter((p) => p.end <= ind.start);
    let park = inSentence[inSentence.length - 1];
    if (!park && PARAGRAPH_FOCUS.test(text.slice(clause.start, clause.end))) {
      // The paragraph is about a park when its heading or first sentence names one; only a
      // clause that says 聚焦 keeps it as the subject (浦里工业新区's item: 聚焦新材料、电子信息…).
      const paragraphStart = text.lastIndexOf("\n", s.start) + 1;
      const lead = ctx.sentences.filter((x) => x.start >= paragraphStart && x.start < s.start).slice(0, 2);
      const earlier = lead.length > 0 ? hitsWithin(parks, paragraphStart, lead[lead.length - 1]!.end) : [];
      park = earlier[earlier.length - 1];
    }
    // A park inside the industry's own name ("新材料产业园") is not its subject.
    if (park && !(park.start <= ind.start && ind.end <= park.end)) c.relate("FOCUSES_ON", park.id, ind.id, s);
  }
}
