/**
 * Industries: vocabulary terms anywhere in the text, plus the items of industry lists
 * ("新材料、电子信息、绿色食品加工等重点产业"). A node is named as the text names it, less a
 * trailing 产业 (guide §1.2, §3.5: 乡村旅游 and 智慧旅游 are two industries, not 旅游); the
 * vocabulary's concept goes into `canonical`, which cross-document views can group by.
 * A term inside a longer word (化工 in 优化工艺), inside another thing's name (工业互联网平台,
 * 中医药研究院) or named as a technology applied (大数据等信息技术应用) is no mention of it.
 * Relations: PRIORITIZES (Document → Industry) in sentences that name priorities, and
 * FOCUSES_ON (Region → Industry) where a sentence gives a place's industries.
 */
import { sentenceAt } from "../context.js";
import type { Collector } from "./collect.js";
import { byStart, clauseAround, hitsWithin, type Hit } from "./hits.js";
import { nameStart, stopWords } from "./names.js";
import { findIssuingZone } from "../agencies.js";
import { resolveRegion } from "../gazetteer.js";
import { placesIn, regionFound } from "./regions.js";
import { buildDictionary, type TermMatch } from "./trie.js";
import { industries } from "./vocab.js";
import { crossesWord } from "./words.js";

interface Term {
  canonical: string;
  /** Generic word (电子, 旅游) that only counts inside a list. */
  listOnly: boolean;
}

const dictionary = buildDictionary<Term>(
  industries.flatMap((e) => {
    const listForms = new Set(e.listForms ?? []);
    const always = [e.canonical, ...e.synonyms].filter((t) => !listForms.has(t));
    return [
      ...always.map((t) => [t, { canonical: e.canonical, listOnly: false }] as const),
      ...[...listForms].map((t) => [t, { canonical: e.canonical, listOnly: true }] as const),
    ];
  }),
);
const canonicalOf = new Map<string, string>();
for (const e of industries) for (const t of [e.canonical, ...e.synonyms, ...(e.listForms ?? [])]) canonicalOf.set(t, e.canonical);

export const industryId = (name: string) => `industry:${name}`;

/**
 * The node's name for a surface form: without quotes' surroundings changed, less a trailing
 * 产业/产业链 unless what is left needs it (信息产业, 海洋产业, 未来产业 keep it; 光伏产业 → 光伏).
 */
export function industryName(surface: string): string {
  // Umbrella sectors are named with their 产业 (战略性新兴产业, 传统产业).
  if (canonicalOf.get(surface)?.endsWith("产业")) return surface;
  const rest = surface.replace(/(?:全产业链|产业链|产业)$/, "");
  return rest !== surface && (rest.length >= 3 || canonicalOf.has(rest)) ? rest : surface;
}

/** After a term: the rest of a carrier's or body's name (工业互联网平台, 葡萄酒产业发展服务中心). */
const NAME_TAIL = /^(?:产业发展服务|产业技术|产业)?(?:平台|中心|研究院|研究所|基础设施|实验室|APP|标识|协会|商会|学院|大学|公司|集团|局|办公室|指挥调度中心|示范区|基地)/;
/** After a term: a technology applied, not an industry developed (大数据等信息技术应用, 区块链技术). */
const TECH_TAIL = /^(?:[^，,。；;:：]{0,20}?等)?(?:现代|新一代|新兴|前沿|数字|智能)?(?:信息)?技术(?!产业)/;
/** Before a term: the head of a list (等战略性新兴产业, 四大主导产业), not one of its items. */
const HEAD_BEFORE = /(?:等|[一二三四五六七八九十两\d]+[大个])$/;

/** Whether the term at [start, end) names an industry rather than part of something else. */
function standsAlone(text: string, start: number, end: number, listed: boolean): boolean {
  const after = text.slice(end, end + 30);
  return (listed || !crossesWord(text, start, end)) && !NAME_TAIL.test(after) && !TECH_TAIL.test(after) && !HEAD_BEFORE.test(text.slice(Math.max(0, start - 3), start));
}

// A head that makes a list an industry list whatever its items: "等重点产业", "四大主导产业", "等新兴领域".
const HEAD_MODIFIERS = "(?:重点|主导|支柱|战略性|新兴|优势|特色|传统|先导|未来|高新技术|高技术|重大|关键|前沿|现代|绿色|千亿级?|百亿级?|\\d+亿级?|领先|首位|核心|基础|生态|朝阳|新)*";
// "等领域" alone heads fields of work as often as sectors (政务、城管、交通等领域): only
// "产业领域" or a sector modifier (重点领域, 新兴领域) makes it strong.
const STRONG_HEAD = new RegExp(`^(?:等|[一二三四五六七八九十两\\d]+(?:大|个))(?:${HEAD_MODIFIERS}(?:产业|行业|集群|板块)|${HEAD_MODIFIERS}产业领域|(?:重点|新兴|战略性新兴|优势|主导|支柱|特色)领域)(?!化)`);
/** A head of fields (等重点领域), not of sectors (等产业领域). */
const FIELD_HEAD = /^等[\u4e00-\u9fa5]{0,6}?(?<!产业)领域/;
// A weaker head ("…产业发展"): unknown items must then look like industries themselves.
const WEAK_HEAD = new RegExp(`^(?:等(?:各类|多个)?[\\u4e00-\\u9fa5]{0,8}?(?:产业|行业|领域|集群|方面|业态)|${HEAD_MODIFIERS}(?:产业|行业|领域|集群))(?!化|结构)`);
// 和/与/及 stay in items: "生命科学和生物技术" is split into two items later, not cut.
const ITEM_STOPS = stopWords(["紧扣", "做大做优做强", "做优做强", "做强做大", "做优", "做强", "做大", "发展", "瞄准", "面向", "布局", "培育形成", "形成", "集中", "突破", "涵盖", "覆盖", "推动", "促进", "构建", "构建起", "打造成", "建设成", "发展成", "培育成"], ["和", "与", "及"]);
const INDUSTRY_ENDING = /(?:产业|制造业?|装备|设备|材料|能源|服务业?|农业|经济|医药|药物?|制品|工业|加工|物流|电商|金融|健康|器械|汽车|电池|纺织|服装|食品|化工|建材|光伏|旅游|养老|康养|外包)$/;
const NOT_INDUSTRY = /^(?:高端|高科技|高附加值|高效|高质量|新型|现代|绿色|低碳|智能|数字|实现|技能型)$|[型化性]$|的|企业|公司|部门|政府|机构|人才|项目|平台|中心|基地|园区|市场|资金|基金|政策|机制|体系|建设|改革|工作|设施|(?<!农)产品|品牌|标准|专利|高校|院所|院校|名企|协会|商会|联盟|^(?:新兴|主导|优势|特色|支柱|重点)产业$|信息$|[省市县区镇乡港城园湾级]$|街道$/;

// Sentences that name what the document gives priority to.
const PRIORITY = /(?:重点|主导|支柱|战略性新兴|新兴|优势|特色优势|先导|未来|特色|首位)产业|重点领域|新兴领域|优先发展|大力发展|重点发展|着力发展|加快发展|积极发展|培育壮大|发展壮大|做大做强|做强做大|做大做优做强|做优做强|千亿|百亿|产业集群|产业链|为重点|重点围绕|重点(?:支持|培育|引进|推进|打造|突破|布局|扶持)|为主导|优势领域|鼓励发展|支持发展|培育发展|做强|前瞻布局|谋划布局|特色农产品|聚焦/;
// Sentences that give a place's industries.
const PLACE_FOCUS = /(?:主导|支柱|特色|优势|特色优势|首位)产业|产业集群|产业基地|千亿|承载区|集聚区|打造成/;
const ZONE_AFTER = /^(?:高新|经开|经济|开发|工业|园区|新区|国家|自创|产业|农业)/;

export interface IndustryScan {
  hits: Hit[];
}

/** Finds industries, registers their mentions and relates them. */
export function findIndustries(c: Collector): IndustryScan {
  const text = c.ctx.matchText;
  const found: { canonical: string; surface: string; start: number; end: number }[] = [];
  const taken = new Set<number>();
  // List items are delimited by the list's own punctuation; only free-standing terms need the word check.
  const add = (canonical: string, surface: string, start: number, end: number, listed = false) => {
    if (taken.has(start) || !standsAlone(text, start, end, listed)) return;
    taken.add(start);
    // "高技术、高新技术产业": an item that the list's shared 产业 completes to a known sector.
    const completed = !surface.endsWith("产业") && canonicalOf.get(`${surface}产业`);
    found.push(completed ? { canonical: completed, surface: `${surface}产业`, start, end } : { canonical, surface, start, end });
  };

  const terms = dictionary.find(text);
  const items = listItems(text, terms);
  for (const item of items) add(item.canonical, text.slice(item.start, item.end), item.start, item.end, true);
  for (const m of terms) {
    if (m.value.listOnly || found.slice(-40).some((f) => f.start < m.end && m.start < f.end)) continue;
    add(m.value.canonical, text.slice(m.start, m.end), m.start, m.end);
  }
  // "加快发展3D打印产业", "做强电子信息信创产业": a sector no vocabulary knows, named as one;
  // "大力发展鲜活农产品加工业": one named by its trade's 业. The document's own place is no part of it.
  for (const m of [...text.matchAll(DEVELOPED_SECTOR), ...text.matchAll(DEVELOPED_TRADE)]) {
    const end = m.index + m[0].length;
    const name = m[1]!.replace(/^(?:[我本全][省市区县州]|各地)/, "");
    const start = m.index + m[0].indexOf(m[1]!) + m[1]!.length - name.length;
    if (NOT_INDUSTRY.test(name) || NOT_INDUSTRY.test(`${name}产业`) || /^[一二三]次|^各/.test(name) || resolveRegion(name) || found.some((f) => f.start < end && start < f.end)) continue;
    add(canonicalOf.get(name) ?? name, text.slice(start, end), start, end);
  }
  const nameOf = variantsMerged(found.map((f) => industryName(f.surface)));
  const hits: Hit[] = found.map((f) => {
    const name = nameOf.get(industryName(f.surface))!;
    const id = c.mention({ id: industryId(name), label: "Industry", name, aliases: [f.surface, industryName(f.surface)], props: { canonical: f.canonical } }, f.start, f.end);
    return { id, start: f.start, end: f.end };
  });
  hits.sort(byStart);
  relatePriorities(c, hits);
  return { hits };
}

/** Quality words that make a variant of the same sector (绿色食品加工 = 食品加工 in one document). */
const QUALITY_PREFIX = /^(?:绿色|现代|新型|先进|高端|特色|优质|传统|新兴|智能|生态)$/;

/**
 * Each name's node within one document: a name that another one repeats after a quality word
 * (食品加工 beside 绿色食品加工) is that one (guide §3.5, "merge variants within one document").
 */
export function variantsMerged(names: string[]): Map<string, string> {
  const distinct = [...new Set(names)];
  const out = new Map<string, string>();
  for (const n of distinct) {
    const longer = distinct.find((m) => m.length > n.length && m.endsWith(n) && QUALITY_PREFIX.test(m.slice(0, m.length - n.length)));
    out.set(n, longer ?? n);
  }
  return out;
}

interface ListItem {
  canonical: string;
  start: number;
  end: number;
}

/**
 * Items of industry lists, each resolved to a canonical name. A list counts when a head such as
 * "等重点产业" follows it or when half its items are known industries; unknown items count
 * after a strong head ("等主导产业") or when they end like an industry (…制造, …材料).
 * @example listItems("紧扣新材料、电子信息、医药健康等重点产业发展需求") // 新材料, 电子信息, 生物医药
 */
export function listItems(text: string, terms: TermMatch<Term>[] = dictionary.find(text)): ListItem[] {
  const out: ListItem[] = [];
  const termStarts = terms.map((t) => t.start);
  for (const m of listRuns(text)) {
    // Most 、-lists are of tasks or bodies; look closer only at those with a known term or an industry head.
    if (!hasTermWithin(termStarts, m.start, m.end) && !LIKELY_HEAD.test(text.slice(Math.max(m.start, m.end - ITEM_MAX), m.end + ITEM_MAX))) continue;
    const { items, strong: strongHead, weak, field } = splitList(text, m.start, m.end);
    if (items.length < 2) continue;
    const resolved = items.map((it) => ({ ...it, canonical: resolveItem(text.slice(it.start, it.end)) }));
    const known = resolved.filter((r) => r.canonical?.known).length;
    // "聚焦投资、贸易、金融、网络、生态环境、文化安全…等重点领域": fields of work, not sectors,
    // unless most items are known industries.
    const strong = strongHead && !(field && known * 2 < resolved.length);
    if (!strong && !weak && known * 2 < resolved.length) continue;
    for (const r of resolved) {
      if (!r.canonical) continue;
      if (!r.canonical.known && !strong && !INDUSTRY_ENDING.test(text.slice(r.start, r.end))) continue;
      out.push({ canonical: r.canonical.name, start: r.start, end: r.end });
    }
  }
  return out;
}

/**
 * Runs of at least two items of up to 16 Chinese characters joined by 、 ("新材料、电子信息、医药健康等"),
 * found from each 、 outwards: a scan that only stops where lists can be.
 */
function listRuns(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let reach = 0;
  for (let i = text.indexOf("、"); i >= 0; i = text.indexOf("、", i + 1)) {
    if (i < reach) continue;
    let start = i;
    while (start > reach && i - start < ITEM_MAX && LIST_CHAR.test(text[start - 1]!)) start--;
    if (start === i) continue;
    let end = i;
    for (;;) {
      let j = end + 1;
      while (j < text.length && j - end - 1 < ITEM_MAX && LIST_CHAR.test(text[j]!)) j++;
      if (j === end + 1) break;
      // "纺织、生物制药等传统产业结构、绿色、技术…改造": a list ends at its 等, whatever 、 follows.
      const etc = text.slice(end + 1, j).indexOf("等");
      if (etc > 0) {
        end = end + 1 + etc;
        break;
      }
      end = j;
      if (text[end] !== "、") break;
    }
    if (end <= i + 1) continue;
    out.push({ start, end });
    reach = end;
  }
  // "做优晶硅料和拉棒等前端环节": two items joined by 和 before 等 are a list too.
  for (const m of text.matchAll(PAIR)) {
    const end = m.index + m[0].length;
    // Only before a sector's head: "公安和住建等行业数据" lists bodies.
    const after = text.slice(end, end + 16);
    if (out.some((r) => r.start <= end && m.index <= r.end) || !PAIR_HEAD.test(after)) continue;
    out.push({ start: m.index, end });
  }
  return out.sort((a, b) => a.start - b.start);
}
const ITEM_MAX = 16;
/** What makes a pair a list of sectors: 等新兴产业, 等前端环节, 等消费品 (not 等行业数据, 等部门). */
const PAIR_HEAD = /^等[\u4e00-\u9fa5]{0,6}?(?:产业|环节|消费品)(?!化|结构|数据|政策|发展|项目)/;
const PAIR = /[\u4e00-\u9fa5]{2,10}?[和与及][\u4e00-\u9fa5]{2,8}?(?=等)/g;
const LIKELY_HEAD = /产业|行业|领域|集群|板块|业态|环节|消费品/;

function hasTermWithin(starts: number[], start: number, end: number): boolean {
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid]! < start) lo = mid + 1;
    else hi = mid;
  }
  return lo < starts.length && starts[lo]! < end;
}
const LIST_CHAR = /[\u4e00-\u9fa5“”]/;

function splitList(text: string, start: number, end: number): { items: { start: number; end: number }[]; strong: boolean; weak: boolean; field: boolean } {
  const items: { start: number; end: number }[] = [];
  let s = start;
  for (let i = start; i <= end; i++) {
    if (i === end || text[i] === "、") {
      items.push({ start: s, end: i });
      s = i + 1;
    }
  }
  // The first item runs on from the verb before it ("紧扣新材料"), the last into the head after it.
  const first = items[0]!;
  first.start = nameStart(text, first.end, ITEM_STOPS, first.end - first.start);
  const last = items[items.length - 1]!;
  const cut = HEAD_IN_ITEM.exec(text.slice(last.start, last.end));
  if (cut && cut.index > 1) last.end = last.start + cut.index;
  const after = text.slice(last.end, last.end + 16);
  // "大力发展轻纺服装、特色农产品、食品…等消费品": a development verb before the list and a
  // sector-like head after it make every item an industry.
  const developed = DEVELOP_BEFORE.test(text.slice(Math.max(0, first.start - 6), first.start)) && DEVELOPED_HEAD.test(after);
  // "生命科学和生物技术", "动力电池与新能源汽车": two items unless the vocabulary knows the pair.
  const split: { start: number; end: number }[] = [];
  for (const it of items) {
    const t = text.slice(it.start, it.end);
    const j = /以及|[和与及]/.exec(t);
    if (j && j.index > 1 && !canonicalOf.has(t) && t.length - j.index - j[0].length >= 2) {
      split.push({ start: it.start, end: it.start + j.index }, { start: it.start + j.index + j[0].length, end: it.end });
    } else split.push(it);
  }
  // "把乐山打造成晶硅光伏": a known term that ends the item is the item.
  for (const it of split) {
    if (canonicalOf.has(text.slice(it.start, it.end))) continue;
    const tail = dictionary.find(text, it.start, it.end).filter((m) => !m.value.listOnly && m.end === it.end)[0];
    if (tail) it.start = tail.start;
  }
  return {
    items: split.filter((it) => it.end - it.start >= 2 && it.end - it.start <= 10),
    // A head joined on by 与/和 (供销企业与种植基地) names a partner, not the items' zones.
    strong: STRONG_HEAD.test(after) || developed || (SECTOR_PARKS.test(after) && !/[与和及]$/.test(text.slice(last.start, last.end))),
    weak: WEAK_HEAD.test(after),
    field: FIELD_HEAD.test(after),
  };
}
const DEVELOPED_SECTOR = /(?:发展|培育|壮大|做强|做大|做优|布局|推进|打造|支持)((?:[\u4e00-\u9fa5]|[A-Za-z0-9+]){2,8}?)产业(?!园|基地|集群|集聚|链|化|结构|体系|发展|项目|资金|基金|政策|工人|工作|升级|转型|用地|人才|平台|创新|协同|布局|规模)/g;
const DEVELOPED_TRADE = /(?:发展|培育|壮大|做强|做大|做优|推进|促进|扶持)((?:[\u4e00-\u9fa5]){0,8}?(?:服务业|制造业|加工业|旅游业|渔业|畜牧业|物流业|零售业|餐饮业|快递业|金融业|建筑业|会展业|养殖业|种植业))(?!企业|[\u4e00-\u9fa5]?(?:项目|园|区|基地|资金|集聚))/g;
const DEVELOP_BEFORE = /(?:发展|培育|壮大|做强|做优|做大|引进|布局|聚焦)$/;
const DEVELOPED_HEAD = /^(?:等|和)?[\u4e00-\u9fa5]{0,6}?(?:消费品|环节|产品|产业|行业|领域|业态|集群)/;
const HEAD_IN_ITEM = /等|[一二三四五六七八九十两\d]+(?:大|个)|(?:重点|主导|支柱|战略性新兴|新兴|优势|特色|传统|先导|未来|特色优势)?(?:产业|行业|领域)|(?:科技园|农业园|示范园|种植基地|养殖基地|生产基地)/;
/** Zones named one per listed sector (茶叶、晚熟柑橘、林竹…科技园): each item is a product line (guide §3.5). */
const SECTOR_PARKS = /^(?:科技园|农业园|示范园|种植基地|养殖基地|生产基地)/;

function resolveItem(item: string): { name: string; known: boolean } | null {
  const t = item.replace(/[“”]/g, "");
  const exact = canonicalOf.get(t);
  if (exact) return { name: exact, known: true };
  // A place in the list (东阳、义乌等地) is no industry.
  if (NOT_INDUSTRY.test(t) || /\d/.test(t) || resolveRegion(t)) return null;
  // "汽车零部件产业" → known 汽车零部件; "笋用竹" stays as written.
  const stripped = t.replace(/(?:产业|行业)$/, "");
  const known = canonicalOf.get(stripped);
  if (known) return { name: known, known: true };
  return stripped.length >= 2 ? { name: stripped, known: false } : null;
}

/** A heading line: 一、 / (一) / 1. and a short title (outline.ts parses the same forms). */
const HEADING = /^(?:[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十\d]+[)）]|\d+[.．、](?!\d))/;
/** A heading whose topic is an industry it develops: "4.加快推进数字经济发展", "加快发展人工智能产业". */
const HEADING_CUE = /发展|培育|壮大|做强|做大|做优|打造|提升|支撑|布局|推进/;

function relatePriorities(c: Collector, hits: Hit[]) {
  const { ctx } = c;
  const text = ctx.matchText;
  for (const h of hits) {
    const s = sentenceAt(ctx.sentences, h.start);
    if (!s) continue;
    // The cue must sit in the industry's own clause: "…、大数据等信息技术应用示范,…大力发展“三品一标”产品"
    // names no priority industry.
    const clause = clauseAround(text, s, h.start);
    const cue = PRIORITY.exec(text.slice(clause.start, clause.end));
    if (cue) c.relate("PRIORITIZES", ctx.docId, h.id, s, { basis: cue[0] });
    else if (s.end - s.start <= 30 && HEADING.test(text.slice(s.start, s.end)) && HEADING_CUE.test(text.slice(s.start, s.end))) {
      c.relate("PRIORITIZES", ctx.docId, h.id, s, { basis: "任务标题" });
    }
  }
}

/**
 * FOCUSES_ON (guide §4.5). Region → Industry: a focus clause whose subject is a place named before
 * the industry (寿光现代农业, 银川市“三新”产业), not one inside a zone's or body's name; the
 * document's own place takes PRIORITIZES, not FOCUSES_ON. Park → Industry: the zone a sentence
 * makes the carrier of its industries (以氢能产业园为载体, 依托A、B等支点,构建以…为主导的…体系,
 * 围绕农高区建设,发展…); and, in a zone's own document, the zone for its 主导产业.
 * Runs after parks and organizations are found, so their names can be told apart.
 */
export function relatePlaceFocus(c: Collector, hits: Hit[], parkHits: Hit[], organizationHits: Hit[]) {
  const names = [...parkHits, ...organizationHits].sort(byStart);
  const parks = [...parkHits].sort(byStart);
  const { ctx } = c;
  const text = ctx.matchText;
  const zone = ownZone(c, parks);
  // Places in the sentence: looked up once per sentence.
  let placesFor: { sentence: number; places: ReturnType<typeof placesIn> } = { sentence: -1, places: [] };
  for (const h of hits) {
    const s = sentenceAt(ctx.sentences, h.start);
    if (!s) continue;
    const clause = clauseAround(text, s, h.start);
    const words = text.slice(clause.start, clause.end);
    for (const carrier of carriersIn(text, parks, s)) {
      if (!(carrier.start <= h.start && h.end <= carrier.end)) c.relate("FOCUSES_ON", carrier.id, h.id, s);
    }
    if (zone && ZONE_OWN_FOCUS.test(words)) c.relate("FOCUSES_ON", zone, h.id, s);
    if (!PLACE_FOCUS.test(words)) continue;
    // A place that begins a zone's name (乐山高新区) is the zone's, not the clause's subject.
    if (placesFor.sentence !== clause.start) placesFor = { sentence: clause.start, places: placesIn(ctx, clause.start, clause.end) };
    const named = placesFor.places.filter(
      (p) => p.end <= h.start && !ZONE_AFTER.test(text.slice(p.end, p.end + 2)) && !hitsWithin(names, p.start - 20, p.end + 20).some((n) => n.start <= p.start && p.end <= n.end),
    );
    const place = named[named.length - 1]?.region;
    if (place && place.level !== "town" && place.code !== ctx.region?.code) c.relate("FOCUSES_ON", c.entity(regionFound(place)), h.id, s);
  }
}

/** A zone's own 主导/重点/支柱/优势产业: in its document, the zone concentrates on them. */
const ZONE_OWN_FOCUS = /(?:主导|支柱|优势)产业/;
/** What makes a zone the carrier of a sentence's industries: 以X为(主要)载体, 依托X…等支点, 围绕X建设. */
const CARRIER_BEFORE = /(?:以|利用|依托|围绕)$/;
const CARRIER_AFTER = /^(?:为(?:主要|重要)?载体|建设|等(?:支点|园区|平台))/;

/** The parks a sentence makes carriers: each in a 以…为载体 / 依托… / 围绕…建设 phrase, lists included. */
function carriersIn(text: string, parks: Hit[], s: { start: number; end: number }): Hit[] {
  const inSentence = hitsWithin(parks, s.start, s.end);
  return inSentence.filter((p, k) => {
    // "依托粤海银瓶合作创新区、原东部工业园、常平镇等支点": the list's cue stands before its first item.
    let first = p;
    for (let j = k - 1; j >= 0 && text.slice(inSentence[j]!.end, first.start) === "、"; j--) first = inSentence[j]!;
    const before = text.slice(Math.max(s.start, first.start - 2), first.start);
    const after = text.slice(p.end, p.end + 6);
    return CARRIER_BEFORE.test(before) && (CARRIER_AFTER.test(after) || /^(?:依托|利用)/.test(before.slice(-2)) || /^[、]/.test(after));
  });
}

/** The document's own zone (新乡高新区's 工作方案), as a park node, or null. */
export function ownZone(c: Collector, parks: Hit[]): string | null {
  // Only a zone the document's head names before anything else speaks for (新乡高新区深化改革…方案).
  const name = findIssuingZone(c.ctx.text.slice(0, 200));
  if (!name) return null;
  const hit = parks.find((p) => {
    const e = c.get(p.id);
    return e && (e.name === name || e.aliases.includes(name));
  });
  return hit?.id ?? null;
}
