/**
 * Which places the corpus observes, and when. A place is observed from the first to the last
 * year in which the corpus holds a dated document of it (of its lower levels too when they are
 * rolled up): only inside that window can it be a non-adopter. A place with no document is
 * unobserved, which says nothing about whether it adopted. Documents of higher levels (a
 * province's at city level) are counted apart, never as places (levels.ts).
 */
import { readCypher } from "../api/read.js";
import type { AdopterPlace, Coverage, ObservedPlace } from "../schema/analysis/adoptions.js";
import type { AnalysisQuery, PlaceLevel } from "../schema/analysis/common.js";
import type { Store } from "../store/connect.js";
import { regionsOf } from "./boundaries.js";
import { parentOf, placeRole, shortName } from "./levels.js";

export interface DatedDocument {
  docId: string;
  regionCode: string;
  year: number;
}

export interface Observation {
  /** Observed places by code, earliest window first. */
  places: Map<string, ObservedPlace>;
  /** Documents per place and year: `${code}|${year}` → document ids. */
  documents: Map<string, string[]>;
  coverage: Coverage;
  /** Regions of the level in the provinces that have an observed place, none of them observed. */
  unobserved: AdopterPlace[];
}

export async function loadDatedDocuments(store: Store, query: Pick<AnalysisQuery, "yearFrom" | "yearTo">): Promise<DatedDocument[]> {
  const records = await readCypher(store, "analysis/document-years", { yearFrom: query.yearFrom ?? null, yearTo: query.yearTo ?? null });
  return records.map((r) => ({ docId: r.get("docId") as string, regionCode: r.get("regionCode") as string, year: Number(r.get("year")) }));
}

/** Folds dated documents into observed places at `level` (pure). */
export function observe(docs: DatedDocument[], level: PlaceLevel, rollup: boolean): Observation {
  const places = new Map<string, ObservedPlace>();
  const documents = new Map<string, string[]>();
  const years = new Map<string, Set<number>>();
  let aboveDocuments = 0;
  let belowDocuments = 0;
  for (const d of docs) {
    const at = placeRole(d.regionCode, level, rollup);
    if (!at) continue;
    if (at.role === "above") aboveDocuments++;
    if (at.role === "below") belowDocuments++;
    if (at.role === "above" || at.role === "below") continue;
    const code = at.place.code;
    const p = places.get(code) ?? { place: { ...at.place, shortName: shortName(code) }, parent: parentOf(code), firstYear: d.year, lastYear: d.year, documents: 0, years: 0 };
    p.firstYear = Math.min(p.firstYear, d.year);
    p.lastYear = Math.max(p.lastYear, d.year);
    p.documents++;
    places.set(code, p);
    years.set(code, (years.get(code) ?? new Set()).add(d.year));
    const key = `${code}|${d.year}`;
    documents.set(key, [...(documents.get(key) ?? []), d.docId]);
  }
  for (const [code, ys] of years) places.get(code)!.years = ys.size;
  const sorted = new Map([...places].sort(([a, x], [b, y]) => x.firstYear - y.firstYear || a.localeCompare(b)));
  const unobserved = unobservedPlaces(sorted, level);
  const all = [...sorted.values()];
  const coverage: Coverage = {
    level,
    rollup,
    observed: sorted.size,
    firstYear: all.length ? Math.min(...all.map((p) => p.firstYear)) : null,
    lastYear: all.length ? Math.max(...all.map((p) => p.lastYear)) : null,
    unobserved: unobserved.length,
    aboveDocuments,
    belowDocuments,
  };
  return { places: sorted, documents, coverage, unobserved };
}

/** The level's regions, in the provinces with an observed place, that have no document. */
function unobservedPlaces(places: Map<string, ObservedPlace>, level: PlaceLevel): AdopterPlace[] {
  const provinces = [...new Set([...places.keys()].map((c) => `${c.slice(0, 2)}0000`))].sort();
  return provinces.flatMap((province) =>
    regionsOf(level, province)
      .filter((r) => !places.has(r.code))
      .map((r) => {
        const at = placeRole(r.code, level, true);
        return { code: r.code, name: at?.place.name ?? r.name, level, shortName: r.name };
      }),
  );
}

/** Loads and folds in one step. */
export async function loadObservation(store: Store, query: Pick<AnalysisQuery, "yearFrom" | "yearTo" | "level"> & { rollup: boolean }): Promise<Observation> {
  return observe(await loadDatedDocuments(store, query), query.level, query.rollup);
}

/** Whether `code` is observed in `year`. */
export const observedIn = (obs: Observation, code: string, year: number): boolean => {
  const p = obs.places.get(code);
  return !!p && p.firstYear <= year && year <= p.lastYear;
};
