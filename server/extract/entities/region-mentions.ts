/**
 * Regions the text names (guide §3.1): every place of the GB/T 2260 gazetteer, read with the
 * document's own place as context (../gazetteer.ts decides which short names count), and the
 * places the gazetteer lacks — regional groupings (长三角, 粤港澳大湾区), Hong Kong, Macao and
 * Taiwan, countries and foreign cities (../vocab/world-places.json). A place inside another
 * thing's name (东莞理工学院, 新乡高新区, 东莞市科技局) is that thing's, not a mention of the place.
 * PART_OF joins a place to its parent when the document names both (a foreign city to its country).
 */
import { Jieba } from "@node-rs/jieba";
import { dict } from "@node-rs/jieba/dict.js";
import { z } from "zod";
import { sentenceAt } from "../context.js";
import { findRegionMentions, regionEntity, resolveRegion, type Region } from "../gazetteer.js";
import worldJson from "../vocab/world-places.json" with { type: "json" };
import type { Collector } from "./collect.js";
import { hitsWithin, type Hit } from "./hits.js";
import { buildDictionary } from "./trie.js";
import { crossesWord } from "./words.js";

const WorldPlace = z.object({ name: z.string().min(1), forms: z.array(z.string()), level: z.string().min(1), parent: z.string().optional() });
const world = z.object({ entries: z.array(WorldPlace) }).parse(worldJson).entries;
const worldForms = buildDictionary<z.infer<typeof WorldPlace>>(world.flatMap((p) => [p.name, ...p.forms].map((f) => [f, p] as const)));
const worldByName = new Map(world.map((p) => [p.name, p]));

export const worldPlaceId = (name: string) => `region:${name}`;

/** After a place: the rest of a body's, zone's or carrier's name it begins. */
const NAME_GOES_ON = /^[\u4e00-\u9fa5]{0,6}?(?:局|委员会|委|厅|办公室|人民政府|政府|中心|学院|大学|公司|集团|银行|支行|分行|高新区|开发区|经开区|新区|园区|产业园|示范区|试验区|基地|实验室|研究院|研究所|协会|商会|平台|基金|港区|法院|海关)/;

/** Registers the places the text names; returns where each mention is. */
export function findRegions(c: Collector, names: readonly Hit[]): Hit[] {
  const hits: Hit[] = [];
  const { ctx } = c;
  const text = ctx.matchText;
  const sorted = [...names].sort((a, b) => a.start - b.start);
  const insideName = (start: number, end: number) =>
    hitsWithin(sorted, start - 30, end + 30).some((n) => n.start <= start && end <= n.end && !(n.start === start && n.end === end)) || insideQuote(text, start, end);
  // A zone's short name that is also a town of the gazetteer (松山湖) is the zone, as the text uses it.
  const zoneNames = new Set(sorted.flatMap((n) => {
    const e = c.get(n.id);
    return e && e.label === "Park" ? [e.name, ...e.aliases] : [];
  }));
  const standsAlone = (start: number, end: number) =>
    !insideName(start, end) && !crossesWord(text, start, end) && !NAME_GOES_ON.test(text.slice(end, end + 12)) && !zoneNames.has(text.slice(start, end)) && !ordinaryWord(text, start, end);
  const found = new Map<string, { region: Region; at: number }>();
  for (const m of [...findRegionMentions(text, ctx.region ? { code: ctx.region.code } : undefined), ...provinceCityPairs(text)]) {
    if (!standsAlone(m.start, m.end)) continue;
    const e = regionEntity(m.region);
    const surface = ctx.text.slice(m.start, m.end);
    hits.push({ id: c.mention({ ...e, aliases: surface === e.name ? [] : [surface] }, m.start, m.end), start: m.start, end: m.end });
    if (!found.has(m.region.code)) found.set(m.region.code, { region: m.region, at: m.start });
  }
  const foreign = new Map<string, number>();
  for (const m of worldForms.find(text)) {
    if (!standsAlone(m.start, m.end)) continue;
    const surface = ctx.text.slice(m.start, m.end);
    // 港澳 / 港澳台 name two or three places at once.
    for (const place of m.value.name === "港澳台" ? ["香港", "澳门", "台湾"] : m.value.name === "港澳" ? ["香港", "澳门"] : [m.value.name]) {
      const p = worldByName.get(place)!;
      hits.push({ id: c.mention({ id: worldPlaceId(p.name), label: "Region", name: p.name, aliases: surface === p.name || place !== m.value.name ? [] : [surface], props: { level: p.level } }, m.start, m.end), start: m.start, end: m.end });
      if (!foreign.has(p.name)) foreign.set(p.name, m.start);
    }
  }
  // PART_OF where the document names both the place and its parent, quoting the place's first sentence.
  const home = new Set(ctx.region ? [ctx.region.code] : []);
  for (const { region, at } of found.values()) {
    const parent = region.parentCode;
    if (!parent || !(found.has(parent) || home.has(parent) || isHomeAncestor(ctx.region?.code, parent))) continue;
    const s = sentenceAt(ctx.sentences, at);
    if (s) c.relate("PART_OF", `region:${region.code}`, `region:${parent}`, s);
  }
  for (const [name, at] of foreign) {
    const parent = worldByName.get(name)?.parent;
    const s = sentenceAt(ctx.sentences, at);
    if (parent && s) {
      c.entity({ id: worldPlaceId(parent), label: "Region", name: parent, props: { level: worldByName.get(parent)?.level ?? "国家" } });
      c.relate("PART_OF", worldPlaceId(name), worldPlaceId(parent), s);
    }
  }
  return hits.sort((a, b) => a.start - b.start);
}

let tagger: Jieba | null = null;
const wordTags = new Map<string, boolean>();
/** Two-character places that are mostly words in policy prose, whatever jieba's tag says. */
const WORDS_FIRST = new Set(["中原", "新建", "新兴", "合作", "资源", "安居", "南城", "城中", "永安", "和平", "长兴", "平和"]);

/**
 * A bare two-character place name that the sentence uses as a word: 思想大解放, 新兴领域,
 * 松山湖南部片区. jieba's part of speech decides (ns: a place); a suffix (区/县/市…) settles it.
 */
function ordinaryWord(text: string, start: number, end: number): boolean {
  const surface = text.slice(start, end);
  if (surface.length !== 2 || /[省市区县镇乡州旗]$/.test(surface)) return false;
  if (WORDS_FIRST.has(surface)) return true;
  const from = Math.max(0, start - 4);
  const window = text.slice(from, Math.min(text.length, end + 4));
  const key = `${window}|${start - from}`;
  let verdict = wordTags.get(key);
  if (verdict === undefined) {
    tagger ??= Jieba.withDict(dict);
    let at = 0;
    verdict = true;
    for (const { word, tag } of tagger.tag(window, true)) {
      if (at === start - from && word === surface) verdict = tag !== "ns";
      at += word.length;
    }
    if (wordTags.size > 20000) wordTags.clear();
    wordTags.set(key, verdict);
  }
  return verdict;
}

/** Inside a “…” quote: a slogan or a name (“中国绿色硅谷”), not a mention of the place. */
function insideQuote(text: string, start: number, end: number): boolean {
  const open = text.lastIndexOf("“", start);
  return open >= 0 && start - open <= 12 && text.lastIndexOf("”", start) < open && text.indexOf("”", end) >= 0 && text.indexOf("”", end) - end <= 12;
}

const PROVINCE_SHORT = /北京|天津|河北|山西|内蒙古|辽宁|吉林|黑龙江|上海|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|广西|海南|重庆|四川|贵州|云南|西藏|陕西|甘肃|青海|宁夏|新疆/g;

/** "山东潍坊", "浙江温州": a province's short name run into one of its cities' (guide §3.1); both are places. */
function provinceCityPairs(text: string): { region: Region; start: number; end: number }[] {
  const out: { region: Region; start: number; end: number }[] = [];
  for (const m of text.matchAll(PROVINCE_SHORT)) {
    const province = resolveRegion(m[0]);
    if (!province) continue;
    const at = m.index + m[0].length;
    for (const len of [3, 2]) {
      const city = resolveRegion(text.slice(at, at + len), { code: province.code });
      if (city && city.code.startsWith(province.code.slice(0, 2)) && city.level !== "province" && city.level !== "town") {
        out.push({ region: province, start: m.index, end: at }, { region: city, start: at, end: at + len });
        break;
      }
    }
  }
  return out;
}

/** Whether `code` is the document's place or one of its ancestors (their codes share a prefix). */
function isHomeAncestor(homeCode: string | undefined, code: string): boolean {
  if (!homeCode) return false;
  const trimmed = code.replace(/0+$/, "");
  return homeCode.startsWith(trimmed);
}
