/**
 * Places, through the gazetteer (../gazetteer.ts): the one door by which entity finders
 * look up Regions, so their ids agree with the ones metadata gives the document's region.
 */
import type { DocContext } from "../context.js";
import { findRegionMentions, regionByCode, resolveRegion, type Region, type RegionMention } from "../gazetteer.js";
import type { Found } from "./collect.js";

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

const startCache = new Map<string, Region | null>();
const START_CACHE_LIMIT = 20000;

function lookUpStart(ctx: DocContext, name: string): Region | null {
  const m = findRegionMentions(name, contextOf(ctx))[0];
  if (m && m.start === 0) return resolveRegion(name.slice(0, m.end), contextOf(ctx)) ?? m.region;
  // A short name the scan holds back in running text (上海张江…, 北京大学) is safe at a name's start.
  // Only a place of the document's own province: 滨海湾新区 in 东莞 is no zone of 江苏's 滨海县.
  const province = ctx.region?.code.slice(0, 2);
  for (const len of [3, 2]) {
    const r = resolveRegion(name.slice(0, len), contextOf(ctx));
    if (r && r.level !== "town" && name.length > len + 1 && (!province || r.code.startsWith(province))) return r;
  }
  return null;
}
