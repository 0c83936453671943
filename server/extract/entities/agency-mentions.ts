/**
 * Government bodies named in running text, not only in issuer lines and 牵头/责任 lists
 * (guide §3.2): "由区财政出资", "发挥贸促会职能", "党中央、国务院", "成立…创新驱动发展工作
 * 领导小组". A candidate ends in a body's closing word and starts with a level prefix
 * (市/区/县/省), a place, 中共, or 国家; or it is a central body (../vocab/national-agencies.json);
 * or it is a group the document sets up (成立…领导小组). Names resolve as the outline's do
 * (../agencies.ts), so 区科委 here is the same node as 区科委 in a 牵头单位 list.
 */
import { agencyEntity, findIssuingZone, isAgencyName, resolveAgencyName, splitAgencyList, splitIssuers } from "../agencies.js";
import { findRegionMentions } from "../gazetteer.js";
import type { Collector } from "./collect.js";
import type { Hit } from "./hits.js";
import { nameStart, stopWords } from "./names.js";
import { buildDictionary } from "./trie.js";
import { nationalAgencies } from "./vocab.js";
import { crossesWord, cutAt } from "./words.js";

/** Closing words of a body's name; longest first so 办公室 wins over 办 (金融办, 农办: only where a list or a role follows). */
const HEAD = /(?:人民政府|政府|党工委|党委|委员会|管委会|办公室|督查室|研究室|办公厅|领导小组|工作小组|咨询委员会|咨询组|(?<![全格布大结开变破时当])局|(?<![创举承主协督代帮申开兴包合查])办(?=[、，,；;。)）]|负责|牵头|会同|配合|等)|财政(?=出资|安排|拨付|每年|给予|承担|负担|统筹)|厅|委|科协|贸促会|工商联|中心支行|分局|担保公司|投资公司|金融集团)(?![\u4e00-\u9fa5]{0,1}(?:托|员|屈|会议|面|势|部|限|长|书|主任))/g;
/** What a body's name may start with: a level prefix or a marker of a party or state body. */
const STARTS_LIKE_BODY = /^(?:中共|国家|自治区(?!级)|中国人民银行|中国[(（]|人民银行|(?:港区|高新区|开发区|经开区|新区)(?=[\u4e00-\u9fa5]{2})|[省市区县](?!场|政(?!府)|域|级|内|外|属|直|县))/;
// Words that end a name elsewhere but sit inside bodies' names (产学研合作办公室, 规划建设领导小组,
// 推进创新发展领导小组) are dropped from the stop list; the body-like start below bounds the name instead.
const STOPS = stopWords(
  ["由", "会同", "联合", "成立", "设立", "组建", "争取", "发挥", "建立", "提请", "报", "请", "向", "和", "已经", "经过", "意见", "通知", "办法", "方案", "原"],
  ["合作", "服务", "推进", "建设", "协同", "联动", "对口", "运营", "扶持", "引导", "培育", "发展", "创建", "规划"],
);
/** A group the document sets up names itself after 成立/设立/组建 (创新驱动发展工作领导小组). */
const SET_UP = /(?:成立|设立|组建)[^，,。；;]{0,30}$/;
const SET_UP_HEAD = /(?:领导小组|工作小组|咨询委员会|委员会|办公室|咨询组)$/;
const MAX_NAME = 26;
/** Where an item of a run-on list of bodies stops: the verb the list is the subject of. */
const ITEM_END = /负责|牵头|决策|部署|审核|审批|批准|认定|配合|要|等|按|共同|分别|督办|协调|组织|做好|加强|联合|会同/;

const central = buildDictionary<string>(nationalAgencies.flatMap((e) => [e.name, ...e.forms].map((f) => [f, e.name] as const)));

/** 市科技局, 中共东阳市委, 东阳市人民政府: a level prefix, a party or state marker, or a place. */
function startsLikeBody(name: string): boolean {
  return STARTS_LIKE_BODY.test(name) || ZONE_BODY.test(name) || findRegionMentions(name)[0]?.start === 0;
}
/** A zone's own committee, whatever the zone is called (平湖经济技术开发区管委会, 高新区管委会). */
const ZONE_BODY = /(?:开发区|高新区|经开区|园区|新区|试验区|示范区|港区|保税区)(?:管委会|管理委员会|党工委|工委)$/;

/**
 * The leftmost place in [from, headStart) where a body's name can start, else `from`: a place
 * (嘉兴经济技术开发区管委会, …保障局|杭州市富阳区财政局) or a level prefix that begins a word (督促|市科技局),
 * not the 区 that ends one (开发区|管委会, 数据专区|采取政府). jieba runs 经市 and 由区 together: after
 * such a function word a level prefix begins the name.
 */
const AFTER_WORD = /[经由请报向和对在将]/;
function bodyStart(text: string, from: number, headStart: number): number {
  const place = findRegionMentions(text.slice(from, headStart))[0];
  const limit = place ? from + place.start : headStart;
  for (let p = from; p < limit; p++) if (STARTS_LIKE_BODY.test(text.slice(p, p + 6)) && (p === from || AFTER_WORD.test(text[p - 1]!) || cutAt(text, p))) return p;
  return place ? limit : from;
}

/** Registers every agency the running text names; returns where each mention is. */
export function findAgencyMentions(c: Collector): Hit[] {
  const hits: Hit[] = [];
  const { ctx } = c;
  const text = ctx.matchText;
  const zone = findIssuingZone(ctx.text);
  const code = ctx.region?.code ?? null;
  const addOne = (name: string, start: number, end: number) => {
    // 市政府 is the city's 人民政府 (guide §3.2): one node under the official name.
    const official = /(?<!人民)政府$/.test(name) ? `${name.slice(0, -2)}人民政府` : name;
    const agency = resolveAgencyName(official, code, zone);
    const e = agencyEntity(agency);
    hits.push({ id: c.mention({ id: e.id, label: "Agency", name: e.name, aliases: [...e.aliases, name], props: e.props }, start, end), start, end });
  };
  // "市委市政府", "中共重庆市开州区委重庆市开州区人民政府": bodies written without a separator.
  const add = (name: string, start: number, end: number) => {
    // 人民银行东莞市中心支行 is one body: a bank's branch names its place inside.
    const parts = /银行.+(?:支行|分行)$/.test(name) ? null : splitIssuers(name);
    if (!parts || parts.length < 2 || !parts.every(startsLikeBody)) return addOne(name, start, end);
    let at = start;
    for (const p of parts) addOne(p, at, (at += p.length));
  };
  for (const m of central.find(text)) {
    // 中央 alone is only 中共中央 beside 国务院 or 党; elsewhere it is an adjective (中央财政).
    if (m.value === "中共中央" && text.slice(m.start, m.end) === "中央" && !/^[、,]?国务院/.test(text.slice(m.end, m.end + 4))) continue;
    if (crossesWord(text, m.start, m.end)) continue;
    const e = agencyEntity({ name: m.value, alias: text.slice(m.start, m.end) === m.value ? null : text.slice(m.start, m.end), region: null });
    hits.push({ id: c.mention({ id: e.id, label: "Agency", name: e.name, aliases: e.aliases, props: { region: "中国" } }, m.start, m.end), start: m.start, end: m.end });
  }
  HEAD.lastIndex = 0;
  for (let m = HEAD.exec(text); m; m = HEAD.exec(text)) {
    const end = m.index + m[0].length;
    const from = nameStart(text, m.index, STOPS, MAX_NAME);
    const setUp = SET_UP.test(text.slice(Math.max(0, from - 40), from)) && SET_UP_HEAD.test(text.slice(from, end));
    const start = setUp ? from : bodyStart(text, from, m.index);
    const name = text.slice(start, end);
    // "各地级以上市人民政府" is a group of bodies, not one.
    const group = /各[\u4e00-\u9fa5()（）]{0,8}$/.test(text.slice(Math.max(0, start - 9), start));
    // A place may begin the name too (江西银保监局), not only a level prefix.
    // 嘉港区工委〔2017〕36号 is a document number's prefix, not a body.
    const docNumber = /^[〔\[［(（]\d{4}/.test(text.slice(end, end + 5));
    if (group || docNumber || !isAgencyName(name) || (!startsLikeBody(name) && !setUp) || name.length < 3 || !cutAt(text, end)) continue;
    add(name, start, end);
    // "市发改委、经信委、财政局": the items after it carry its level prefix.
    let at = end;
    while (text[at] === "、") {
      const run = /^[\u4e00-\u9fa5]{2,12}/.exec(text.slice(at + 1))?.[0] ?? "";
      const next = run.slice(0, ITEM_END.exec(run)?.index ?? run.length);
      const item = splitAgencyList(`${name}、${next}`, code ? { code } : undefined)[1];
      if (!item || !isAgencyName(next)) break;
      add(item, at + 1, at + 1 + next.length);
      at += 1 + next.length;
    }
    HEAD.lastIndex = Math.max(HEAD.lastIndex, at);
  }
  return hits;
}
