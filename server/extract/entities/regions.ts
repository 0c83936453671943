/**
 * Places, through the gazetteer (../gazetteer.ts): the one door by which entity finders
 * look up Regions, so their ids agree with the ones metadata gives the document's region.
 */
import type { DocContext } from "../context.js";
import { findIssuingZone } from "../agencies.js";
import { sentenceAt } from "../context.js";
import { findRegionMentions, regionByCode, regionChain, resolveRegion, type Region, type RegionMention } from "../gazetteer.js";
import placesJson from "../vocab/places.json" with { type: "json" };
import type { Collector, Found } from "./collect.js";
import { byStart, hitsWithin, type Hit } from "./hits.js";
import { buildDictionary } from "./trie.js";

export type { Region, RegionMention };

export const regionId = (r: Region): string => `region:${r.code}`;

export function regionFound(r: Region): Found {
  return { id: regionId(r), label: "Region", name: r.name, aliases: [r.fullName], props: { level: r.level, code: r.code, fullName: r.fullName } };
}

const contextOf = (ctx: DocContext) => (ctx.region ? { code: ctx.region.code } : undefined);

/** The document's own jurisdiction, when metadata found one. */
export function documentRegion(ctx: DocContext): Region | null {
  return ctx.region ? regionByCode(ctx.region.code) : null;
}

/** Whether `r` is the document's own region (for a name-derived placement). */
export function isHomePlace(ctx: DocContext, r: Region): boolean {
  return ctx.region !== null && r.code === ctx.region.code;
}

/** Places named in `text[from, to)`, offsets into the whole text. */
export function placesIn(ctx: DocContext, from: number, to: number): RegionMention[] {
  return findRegionMentions(ctx.matchText.slice(from, to), contextOf(ctx)).map((m) => ({ ...m, start: m.start + from, end: m.end + from }));
}

/** The place a name begins with (新乡高新区 → 新乡市, 东莞国家自主创新示范区 → 东莞市), or null. */
export function placeAtStartOf(ctx: DocContext, name: string): Region | null {
  // Names repeat within and across documents (新乡高新区 …); the answer depends on the context too.
  const key = `${ctx.region?.code ?? ""}|${name}`;
  const known = startCache.get(key);
  if (known !== undefined) return known;
  const found = lookUpStart(ctx, name);
  if (startCache.size >= START_CACHE_LIMIT) startCache.clear();
  startCache.set(key, found);
  return found;
}

/** A bare short name at a name's start is trusted for a city or province, or a place in the document's province. */
function isNear(ctx: DocContext, r: Region): boolean {
  if (r.level === "province" || r.level === "city" || !ctx.region) return r.level !== "district";
  const province = regionChain(ctx.region.code).at(-1);
  return province !== undefined && regionChain(r.code).some((a) => a.code === province.code);
}

const startCache = new Map<string, Region | null>();
const START_CACHE_LIMIT = 20000;

function lookUpStart(ctx: DocContext, name: string): Region | null {
  const m = findRegionMentions(name, contextOf(ctx))[0];
  if (m && m.start === 0) return resolveRegion(name.slice(0, m.end), contextOf(ctx)) ?? m.region;
  // A short name the scan holds back in running text (上海张江…, 北京大学) is safe at a name's start.
  for (const len of [3, 2]) {
    const r = resolveRegion(name.slice(0, len), contextOf(ctx));
    if (r && r.level !== "town" && name.length > len + 1 && isNear(ctx, r)) return r;
  }
  return null;
}

/**
 * Places beyond the gazetteer: named regional groupings (长三角, 成渝地区双城经济圈), 港澳台,
 * foreign countries and cities. General geography, kept as data in ../vocab/places.json.
 */
interface OtherPlace {
  name: string;
  aliases: string[];
  level: string;
  country?: string;
}
const otherPlaces = buildDictionary<OtherPlace>(
  (placesJson as OtherPlace[]).flatMap((p) => [p.name, ...p.aliases].map((t) => [t, p] as const)),
);
const otherId = (name: string) => `region:${name}`;

/** A gazetteer name right before these belongs to a longer name (新乡高新区, 中山大学, 平和滤清器). */
const NAME_GOES_ON = /^(?:高新|经开|经济|开发|工业|园区|新区|国家|自创|自主|产业|农业|科技|大学|学院|职业|师范|理工|医科|研究|实验|银行|农商|农村|商业|证券|股交|股权|交易|日报|电视|广播|路|大道|街$|[一-龥]?(?:公司|集团))/;
/** Generic or nationwide wording the gazetteer would otherwise read a place into. */
const WORD_BEFORE = /[各本该全我月]$/;

/**
 * Regions the text names: gazetteer places (provinces down to towns and streets, short forms
 * resolved with the written form as an alias) and the places of ../vocab/places.json; a name
 * inside an already-found park or organization is that body's, not a Region mention. PART_OF
 * links a place to its parent when the document names both.
 */
export function findRegions(c: Collector, taken: readonly Hit[]): Hit[] {
  const { ctx } = c;
  const text = ctx.matchText;
  const hits: Hit[] = [];
  const firstAt = new Map<string, number>();
  const inside = (start: number, end: number) =>
    inQuotedName(text, start, end) || hitsWithin(taken, Math.max(0, start - 40), end + 40).some((h) => h.start <= start && end <= h.end);
  const record = (found: Found, start: number, end: number) => {
    const id = c.mention(found, start, end);
    hits.push({ id, start, end });
    if (!firstAt.has(id)) firstAt.set(id, start);
  };
  const gazetteer: Region[] = [];
  for (const m of findRegionMentions(text, contextOf(ctx))) {
    if (inside(m.start, m.end) || NAME_GOES_ON.test(text.slice(m.end, m.end + 3))) continue;
    const written = text.slice(m.start, m.end);
    const f = regionFound(m.region);
    record({ ...f, aliases: [...(f.aliases ?? []), written] }, m.start, m.end);
    gazetteer.push(m.region);
  }
  for (const m of otherPlaces.find(text)) {
    if (inside(m.start, m.end) || WORD_BEFORE.test(text.slice(m.start - 1, m.start))) continue;
    const p = m.value;
    record({ id: otherId(p.name), label: "Region", name: p.name, aliases: [...p.aliases, text.slice(m.start, m.end)], props: { level: p.level } }, m.start, m.end);
  }
  mentionHome(c, record);
  relateParents(c, gazetteer, firstAt);
  for (const p of (placesJson as OtherPlace[])) {
    const at = firstAt.get(otherId(p.name));
    if (p.country && at !== undefined && c.has(otherId(p.country))) relateAt(c, otherId(p.name), otherId(p.country), at);
  }
  return hits.sort(byStart);
}

/** A place inside a longer quoted name: “中国绿色硅谷” is a slogan, “万开云” a grouping of its own. */
function inQuotedName(text: string, start: number, end: number): boolean {
  const open = text.lastIndexOf("“", start);
  if (open < 0 || start - open > 12 || text.lastIndexOf("”", start) > open) return false;
  const close = text.indexOf("”", end);
  return close >= 0 && close - end < 12 && (open < start - 1 || close > end);
}

/** How a document calls its own place, by the place's last character: 我市/全市, 我区/全区, 我县/全县 … */
const HOME_WORDS = /[我全本]([省市区县州旗])/g;

/**
 * 我市/全市 are aliases (and mentions) of the home Region, not places of their own; in a zone's
 * document 我区 is the zone (a Park), so the home Region takes only words of its own level.
 */
function mentionHome(c: Collector, record: (f: Found, start: number, end: number) => void) {
  const home = documentRegion(c.ctx);
  if (!home) return;
  const level = home.name.slice(-1);
  const zoneDocument = findIssuingZone(c.ctx.text) !== null;
  const text = c.ctx.matchText;
  HOME_WORDS.lastIndex = 0;
  for (let m = HOME_WORDS.exec(text); m; m = HOME_WORDS.exec(text)) {
    if (m[1] !== level || (zoneDocument && level === "区")) continue;
    const f = regionFound(home);
    record({ ...f, aliases: [...(f.aliases ?? []), m[0]] }, m.index, m.index + 2);
  }
}

/** PART_OF from each named place to the nearest ancestor the document also names (or is about). */
function relateParents(c: Collector, regions: Region[], firstAt: Map<string, number>) {
  for (const r of new Set(regions)) {
    const ancestor = regionChain(r.code).slice(1).find((a) => c.has(regionId(a)));
    if (ancestor) relateAt(c, regionId(r), regionId(ancestor), firstAt.get(regionId(r)) ?? 0);
  }
}

function relateAt(c: Collector, from: string, to: string, at: number) {
  const s = sentenceAt(c.ctx.sentences, at);
  if (s) c.relate("PART_OF", from, to, s);
}
