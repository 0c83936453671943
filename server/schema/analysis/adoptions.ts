/**
 * What the adoption-based diffusion analyses (adoption matrix, timeline, innovativeness,
 * event history, map, neighbours) share: what counts as "adopting" (the dimension), a
 * place's first adoption of an item with the sentence that states it, and the adoptions
 * that cannot be dated or placed, which every analysis lists instead of dropping.
 */
import { z } from "zod";
import { AnalysisQuery, Place, PlaceLevel } from "./common.js";

/**
 * What a place adopts: an instrument (Document-ADOPTS→Instrument), a priority industry
 * (-PRIORITIZES→Industry), a kind of innovation platform it builds (-ESTABLISHES→Platform)
 * or an indicator it sets a target on (-SETS_TARGET→Indicator).
 */
export const Dimension = z.enum(["instrument", "industry", "platform", "indicator"]);
export type Dimension = z.infer<typeof Dimension>;

export const DimensionQuery = AnalysisQuery.extend({
  dimension: Dimension.default("instrument").describe("what places adopt: instrument (ADOPTS), industry (PRIORITIZES), platform (ESTABLISHES) or indicator (SETS_TARGET)"),
  rollup: z
    .stringbool({ error: "expected rollup=true or rollup=false" })
    .default(false)
    .describe("true: documents of lower levels count for their parent at the chosen level (a county's for its city); false: only the level's own documents"),
});

/** One item of the dimension, by id (instrument:创新券), name (创新券) or alias. */
export const ItemParam = z.string().trim().min(1, "name an item, e.g. item=创新券").max(200);

/** A place as the adoption analyses show it: with its own short name (嘉兴市) beside the full one. */
export const AdopterPlace = Place.extend({ shortName: z.string() });
export type AdopterPlace = z.infer<typeof AdopterPlace>;

/**
 * A place the corpus observes: it has dated documents (its own, or its lower levels' when
 * rolled up) from `firstYear` to `lastYear`. Only an observed place can be a non-adopter.
 */
export const ObservedPlace = z.object({
  place: AdopterPlace,
  parent: Place.nullable(),
  firstYear: z.number().int(),
  lastYear: z.number().int(),
  /** Dated documents counted for the place in its window. */
  documents: z.number().int(),
  /** Distinct years with a document. */
  years: z.number().int(),
});
export type ObservedPlace = z.infer<typeof ObservedPlace>;

/** What every adoption view says about what it counts: observed places, and what it leaves apart. */
export const Coverage = z.object({
  level: PlaceLevel,
  rollup: z.boolean(),
  /** Places of the level with a dated document in the window. */
  observed: z.number().int(),
  firstYear: z.number().int().nullable(),
  lastYear: z.number().int().nullable(),
  /** Places of the level in the provinces that have an observed place, with no document: unobserved, not non-adopters. */
  unobserved: z.number().int(),
  /** Dated documents of higher levels (a province's at city level): shown apart, never rows. */
  aboveDocuments: z.number().int(),
  /** Dated documents of lower levels left out because rollup is false. */
  belowDocuments: z.number().int(),
});
export type Coverage = z.infer<typeof Coverage>;

/** The sentence that states an adoption, for the document reader. */
export const Evidence = z.object({
  docId: z.string(),
  title: z.string(),
  docNumber: z.string().nullable(),
  publishedOn: z.string().nullable(),
  start: z.number().int(),
  end: z.number().int(),
  quote: z.string().nullable(),
});
export type Evidence = z.infer<typeof Evidence>;

export const Item = z.object({ itemId: z.string(), item: z.string(), category: z.string().nullable() });
export type Item = z.infer<typeof Item>;

/** The earliest dated document of a place that adopted an item. */
export const FirstAdoption = Item.extend({
  place: AdopterPlace,
  year: z.number().int(),
  evidence: Evidence,
  amountYuan: z.number().nullable(),
  amountText: z.string().nullable(),
  /** How many of the place's documents adopt the item (dated or not). */
  documents: z.number().int(),
});
export type FirstAdoption = z.infer<typeof FirstAdoption>;

/** An adoption whose document has no year or no region: listed apart, never silently dropped. */
export const Unassigned = Item.extend({
  reason: z.enum(["no-year", "no-place"]),
  place: AdopterPlace.nullable(),
  /** The document is of a level above the view's (its place is not a row). */
  above: z.boolean(),
  region: z.string().nullable(),
  evidence: Evidence,
});
export type Unassigned = z.infer<typeof Unassigned>;
