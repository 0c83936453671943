/**
 * The innovativeness ranking: places by how early they adopt, across items (after Walker
 * 1969), each place compared only with places observed at the same time (a concordance, as
 * Harrell's C for censored event times), with the coverage behind each score.
 */
import { z } from "zod";
import { AdopterPlace, Coverage, DimensionQuery, Item, Unassigned } from "./adoptions.js";
import { PlaceLevel } from "./common.js";

export const InnovativenessQuery = DimensionQuery.extend({
  minAdopters: z.coerce.number().int().min(2).max(10_000).default(2).describe("only items adopted by at least this many places (an item one place adopted ranks nobody)"),
  minYears: z.coerce.number().int().min(1).max(100).default(2).describe("places observed in fewer distinct years are flagged, not ranked"),
  pairs: z
    .enum(["adopters", "all"])
    .default("adopters")
    .describe("adopters: compare only places that both adopted the item (timing, not breadth: a place is not credited for naming more tools, which follows from having more documents); all: also count observed non-adopters as later"),
  minComparisons: z.coerce.number().int().min(1).max(1_000_000).default(20).describe("places with fewer comparable pairs are flagged, not ranked"),
});
export type InnovativenessQuery = z.infer<typeof InnovativenessQuery>;

export const ItemScore = Item.extend({
  /** null: observed while others adopted, and did not adopt it. */
  year: z.number().int().nullable(),
  docId: z.string().nullable(),
  adopters: z.number().int(),
  /** Comparable pairs on this item: (earlier + ties/2) / comparisons. */
  comparisons: z.number().int(),
  score: z.number(),
});
export type ItemScore = z.infer<typeof ItemScore>;

export const PlaceScore = z.object({
  /** null: flagged for too little coverage, not ranked. */
  rank: z.number().int().nullable(),
  flag: z.enum(["few-years", "few-comparisons"]).nullable(),
  place: AdopterPlace,
  /** Share of comparable pairs in which the place adopted first (ties count half), 0–1. */
  score: z.number().nullable(),
  comparisons: z.number().int(),
  earlier: z.number().int(),
  ties: z.number().int(),
  later: z.number().int(),
  /** Items it adopted, and items with at least one comparable pair. */
  adopted: z.number().int(),
  atRisk: z.number().int(),
  documents: z.number().int(),
  years: z.number().int(),
  firstYear: z.number().int(),
  lastYear: z.number().int(),
  items: z.array(ItemScore),
});
export type PlaceScore = z.infer<typeof PlaceScore>;

export const InnovativenessResponse = z.object({
  dimension: z.string(),
  level: PlaceLevel,
  formula: z.string(),
  items: z.number().int().describe("items adopted by at least minAdopters places"),
  /** Ranked places first, then the flagged ones. */
  places: z.array(PlaceScore),
  coverage: Coverage,
  /** Spearman's rank correlation of score and number of documents over the ranked places: near 0 means the ranking does not follow document counts. */
  documentsCorrelation: z.number().nullable(),
  /** Adoptions not scored: their document has no year or no region. */
  unassigned: z.array(Unassigned),
});
export type InnovativenessResponse = z.infer<typeof InnovativenessResponse>;
