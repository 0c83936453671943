/** GraphFilter (api.ts) as the parameters the graph queries take: an absent filter is null. */
import type { GraphFilter } from "../schema/api.js";

export interface FilterParams {
  labels: string[] | null;
  types: string[] | null;
  docIds: string[] | null;
  yearFrom: number | null;
  yearTo: number | null;
  regionPrefixes: string[] | null;
}

export function filterParams(f: GraphFilter): FilterParams {
  return {
    labels: nonEmpty(f.labels),
    types: nonEmpty(f.types),
    docIds: nonEmpty(f.docIds),
    yearFrom: f.yearFrom ?? null,
    yearTo: f.yearTo ?? null,
    regionPrefixes: nonEmpty(f.regionCodes?.map(regionPrefix)),
  };
}

/**
 * The prefix that every code inside a region shares: GB/T 2260 pads a province (510000) or a
 * city (511100) with zero pairs, so 510000 → "51" matches 乐山市 (511100) and its districts.
 *
 * @example regionPrefix("511100") === "5111"
 */
export function regionPrefix(code: string): string {
  let prefix = code;
  while (prefix.length > 2 && prefix.endsWith("00")) prefix = prefix.slice(0, -2);
  return prefix;
}

function nonEmpty<T>(list: T[] | undefined): T[] | null {
  return list && list.length > 0 ? list : null;
}
