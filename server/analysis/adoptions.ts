/**
 * The adoption record every diffusion analysis here starts from: which place adopted which
 * item first, in which year, by which document and sentence. A place adopts an item when a
 * document issued there states it; documents are placed at the chosen level with placeRole()
 * (levels.ts): the level's own documents count, lower levels' only when rolled up, and higher
 * levels' adoptions are returned apart as `above`. The earliest dated document wins (year,
 * then publication date, then id, so the answer is stable). Adoptions whose document has no
 * year or no region are returned apart as `unassigned`.
 */
import { HttpError } from "../api/errors.js";
import { readCypher } from "../api/read.js";
import { regionByCode } from "../extract/gazetteer.js";
import type { AdopterPlace, Dimension, FirstAdoption, Item, Unassigned } from "../schema/analysis/adoptions.js";
import type { AnalysisQuery, Place, PlaceLevel } from "../schema/analysis/common.js";
import type { Store } from "../store/connect.js";
import { placeAt, placeRole } from "./levels.js";
import { loadObservation, type Observation } from "./observation.js";

/** The relationship and target label that mean "adopts" for each dimension (graph-model.md). */
const DIMENSIONS: Record<Dimension, { rel: string; label: string }> = {
  instrument: { rel: "ADOPTS", label: "Instrument" },
  industry: { rel: "PRIORITIZES", label: "Industry" },
  platform: { rel: "ESTABLISHES", label: "Platform" },
  indicator: { rel: "SETS_TARGET", label: "Indicator" },
};

/** One document adopting one item, with its earliest stating sentence. */
export interface AdoptionRow {
  docId: string;
  title: string;
  year: number | null;
  publishedOn: string | null;
  docNumber: string | null;
  regionCode: string | null;
  region: string | null;
  itemId: string;
  item: string;
  aliases: string[];
  category: string | null;
  start: number;
  end: number;
  quote: string | null;
  amountYuan: number | null;
  amountText: string | null;
}

export interface Adoptions {
  /** One per place of the level and item: its earliest dated adoption. */
  firsts: FirstAdoption[];
  /** The same for places above the level (a province's own documents at city level): shown apart, never rows. */
  above: FirstAdoption[];
  /** Document adoptions of lower levels left out (rollup off). */
  below: number;
  unassigned: Unassigned[];
  /** Every item with at least one adopting document, by name. */
  items: Item[];
}

type WindowQuery = Pick<AnalysisQuery, "yearFrom" | "yearTo"> & { dimension: Dimension };
type LevelQuery = WindowQuery & { level: PlaceLevel; rollup: boolean };

export async function loadAdoptionRows(store: Store, query: WindowQuery): Promise<AdoptionRow[]> {
  const { rel, label } = DIMENSIONS[query.dimension];
  const records = await readCypher(store, "analysis/adoptions", { rel, label, yearFrom: query.yearFrom ?? null, yearTo: query.yearTo ?? null });
  return records.map((r) => r.toObject() as AdoptionRow);
}

/** Loads and folds in one step, the usual entry point of an analysis. */
export async function loadAdoptions(store: Store, query: LevelQuery): Promise<Adoptions> {
  return firstAdoptions(await loadAdoptionRows(store, query), query.level, query.rollup);
}

/** @example adopterPlace("331024", "city") // {code: "331000", name: "浙江省台州市", shortName: "台州市", level: "city"} */
export function adopterPlace(code: string | null, level: PlaceLevel): AdopterPlace | null {
  const place = placeAt(code, level);
  return place && withShortName(place);
}

const withShortName = (place: Place): AdopterPlace => ({ ...place, shortName: regionByCode(place.code)?.name ?? place.name });

/**
 * Earlier first: year, then publication date, then id. Within a year a fully dated document
 * comes before one known only by its year (often read from its 文号): the bare year says
 * nothing about which came first, and the dated one is the better-attested first adopter.
 */
function earlier(a: AdoptionRow, b: AdoptionRow): number {
  const precision = (r: AdoptionRow) => -(r.publishedOn?.length ?? 0);
  return (a.year ?? 9999) - (b.year ?? 9999) || precision(a) - precision(b) || (a.publishedOn ?? "").localeCompare(b.publishedOn ?? "") || a.docId.localeCompare(b.docId);
}

function evidenceOf(row: AdoptionRow) {
  return { docId: row.docId, title: row.title, docNumber: row.docNumber, publishedOn: row.publishedOn, start: row.start, end: row.end, quote: row.quote };
}

/** Folds document rows into each place's first adoption of each item (pure; see the file banner). */
export function firstAdoptions(rows: AdoptionRow[], level: PlaceLevel, rollup: boolean): Adoptions {
  const groups = new Map<string, { place: AdopterPlace; above: boolean; rows: AdoptionRow[] }>();
  const unassigned: Unassigned[] = [];
  const items = new Map<string, Item>();
  let below = 0;
  for (const row of [...rows].sort(earlier)) {
    const item = { itemId: row.itemId, item: row.item, category: row.category };
    items.set(row.itemId, item);
    const at = placeRole(row.regionCode, level, rollup);
    if (at?.role === "below") {
      below++;
      continue;
    }
    const place = at && withShortName(at.place);
    if (!place || row.year === null) {
      unassigned.push({ ...item, reason: place ? "no-year" : "no-place", place, above: at?.role === "above", region: row.region, evidence: evidenceOf(row) });
    }
    if (!place) continue;
    const key = `${place.code}|${row.itemId}`;
    const group = groups.get(key) ?? { place, above: at.role === "above", rows: [] };
    group.rows.push(row);
    groups.set(key, group);
  }
  const firsts: FirstAdoption[] = [];
  const above: FirstAdoption[] = [];
  for (const { place, above: isAbove, rows: docs } of groups.values()) {
    const first = docs[0]!;
    if (first.year === null) continue; // only undated documents: listed in unassigned
    (isAbove ? above : firsts).push({
      itemId: first.itemId,
      item: first.item,
      category: first.category,
      place,
      year: first.year,
      evidence: evidenceOf(first),
      amountYuan: first.amountYuan,
      amountText: first.amountText,
      documents: docs.length,
    });
  }
  const order = (a: FirstAdoption, b: FirstAdoption) => a.year - b.year || a.place.code.localeCompare(b.place.code) || a.item.localeCompare(b.item, "zh");
  return { firsts: firsts.sort(order), above: above.sort(order), below, unassigned, items: [...items.values()].sort((a, b) => a.item.localeCompare(b.item, "zh")) };
}

/**
 * The item a request names, by id, name or alias.
 * @throws HttpError 404 naming a few items that do exist, when none matches.
 */
export function resolveItem(rows: AdoptionRow[], name: string, dimension: Dimension): Item {
  const match = rows.find((r) => r.itemId === name) ?? rows.find((r) => r.item === name) ?? rows.find((r) => r.aliases.includes(name));
  if (match) return { itemId: match.itemId, item: match.item, category: match.category };
  const known = [...new Set(rows.map((r) => r.item))].slice(0, 8).join("、");
  throw new HttpError(404, "UNKNOWN_ITEM", `no document adopts the ${dimension} "${name}" (in the chosen years); known ${dimension}s include ${known || "none"}`);
}

/** The places that adopted `itemId`, earliest first. */
export const adoptersOf = (adoptions: Adoptions, itemId: string): FirstAdoption[] => adoptions.firsts.filter((f) => f.itemId === itemId);

/**
 * One item's first adopters at `level`, with the item resolved from its name and the adoptions
 * of it that could not be dated or placed: what the map and neighbour views start from.
 */
export async function loadItemAdopters(store: Store, query: LevelQuery & { item: string }): Promise<ItemAdopters> {
  const [rows, observation] = await Promise.all([loadAdoptionRows(store, query), loadObservation(store, query)]);
  const item = resolveItem(rows, query.item, query.dimension);
  const adoptions = firstAdoptions(rows, query.level, query.rollup);
  const of = (fs: FirstAdoption[]) => fs.filter((f) => f.itemId === item.itemId);
  return { item, adopters: of(adoptions.firsts), above: of(adoptions.above), unassigned: adoptions.unassigned.filter((u) => u.itemId === item.itemId), observation };
}

export interface ItemAdopters {
  item: Item;
  adopters: FirstAdoption[];
  above: FirstAdoption[];
  unassigned: Unassigned[];
  observation: Observation;
}

/** Every item's adoptions and the places observed, for the views over all items. */
export async function loadObservedAdoptions(store: Store, query: LevelQuery): Promise<{ adoptions: Adoptions; observation: Observation; rows: AdoptionRow[] }> {
  const [rows, observation] = await Promise.all([loadAdoptionRows(store, query), loadObservation(store, query)]);
  return { adoptions: firstAdoptions(rows, query.level, query.rollup), observation, rows };
}

/** First adoptions grouped by item, each group earliest first (as `firsts` arrive). */
export function groupByItem(firsts: FirstAdoption[]): FirstAdoption[][] {
  const groups = new Map<string, FirstAdoption[]>();
  for (const f of firsts) groups.set(f.itemId, [...(groups.get(f.itemId) ?? []), f]);
  return [...groups.values()];
}
