/**
 * Rolling a document's region up to the level an analysis counts places at: 仙居县 (331024)
 * is itself at district level, 台州市 at city level and 浙江省 at province level. A document
 * issued above the chosen level (a province's plan in a city-level view) keeps its own place,
 * so nothing is silently dropped.
 */
import { regionChain } from "../extract/gazetteer.js";
import type { Place, PlaceLevel } from "../schema/analysis/common.js";

const DEPTH: Record<PlaceLevel, number> = { province: 0, city: 1, district: 2 };

/** @example placeAt("331024", "city") // {code: "331000", name: "台州市", level: "city"} */
export function placeAt(code: string | null | undefined, level: PlaceLevel): Place | null {
  if (!code) return null;
  // Nearest first, towns dropped: [district?, city?, province].
  const chain = regionChain(code).filter((r) => r.level !== "town").reverse();
  if (!chain.length) return null;
  const region = chain[Math.min(DEPTH[level], chain.length - 1)]!;
  const own = region.level === "town" ? "district" : region.level;
  return { code: region.code, name: region.fullName, level: own };
}
