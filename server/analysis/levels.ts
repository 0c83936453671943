/**
 * Where a document's place sits at the level an analysis counts places at. At city level the
 * rows are cities only: 台州市's own documents are 台州市's (`own`), 仙居县's (331024) count for
 * 台州市 only when the user asks to roll lower levels up (`rolled`), and 浙江省's are above the
 * level (`above`): shown apart, never a row. A municipality's districts (开州区 under 重庆市)
 * have no city above them and are places at both city and district level, as the boundary
 * data draws them; they are reported at the level asked for.
 */
import { regionByCode, regionChain } from "../extract/gazetteer.js";
import type { Place, PlaceLevel } from "../schema/analysis/common.js";

const DEPTH: Record<PlaceLevel, number> = { province: 0, city: 1, district: 2 };

export type PlaceRole = "own" | "rolled" | "above" | "below";

/** Top-down, towns dropped: [province, city?, district?]. */
const chainOf = (code: string) => regionChain(code).filter((r) => r.level !== "town").reverse();

const asPlace = (r: { code: string; fullName: string; level: string }): Place => ({ code: r.code, name: r.fullName, level: r.level === "town" ? "district" : (r.level as PlaceLevel) });

/**
 * A document region's place at `level` and how it got there. `below` (a county's document at
 * city level without rollup) gives the parent it would roll up to, so it can be counted apart.
 *
 * @example placeRole("331024", "city", true)  // {place: 台州市 331000, role: "rolled"}
 * @example placeRole("331024", "city", false) // {place: 台州市 331000, role: "below"}
 * @example placeRole("330000", "city", true)  // {place: 浙江省 330000, role: "above"}
 */
export function placeRole(code: string | null | undefined, level: PlaceLevel, rollup: boolean): Readonly<{ place: Readonly<Place>; role: PlaceRole }> | null {
  if (!code) return null;
  // Every adoption row asks (2,500 on the seeds, over a few dozen regions): the gazetteer walk is done once per region.
  const key = `${code}|${level}|${rollup}`;
  let role = roles.get(key);
  if (role === undefined) roles.set(key, (role = roleOf(code, level, rollup)));
  return role;
}

const roles = new Map<string, { place: Place; role: PlaceRole } | null>();

function roleOf(code: string, level: PlaceLevel, rollup: boolean): { place: Place; role: PlaceRole } | null {
  const chain = chainOf(code);
  const own = chain.at(-1);
  if (!own) return null;
  const depth = DEPTH[level];
  // A municipality's district is as deep as the level goes below its province.
  const isPlaceOfLevel = chain.length - 1 === depth || (own.level === "district" && chain.length - 1 < depth);
  if (isPlaceOfLevel) return { place: { ...asPlace(own), level }, role: "own" };
  if (chain.length - 1 < depth) return { place: asPlace(own), role: "above" };
  return { place: asPlace(chain[depth]!), role: rollup ? "rolled" : "below" };
}

/**
 * The place a region counts for at `level`, lower levels rolled up, higher ones keeping their
 * own place (for views that list documents rather than count places: targets, similarity).
 * @example placeAt("331024", "city") // {code: "331000", name: "浙江省台州市", level: "city"}
 */
export function placeAt(code: string | null | undefined, level: PlaceLevel): Place | null {
  return placeRole(code, level, true)?.place ?? null;
}

/** The region one step up (台州市 for 仙居县, 浙江省 for 台州市), null for a province. */
export function parentOf(code: string): Place | null {
  const parent = chainOf(code).at(-2);
  return parent ? asPlace(parent) : null;
}

/** @example shortName("331000") // "台州市" */
export const shortName = (code: string): string => regionByCode(code)?.name ?? code;
