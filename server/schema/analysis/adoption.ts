/** The adoption matrix: places × items, each cell the place's first adoption of the item. */
import { z } from "zod";
import { AdopterPlace, Coverage, DimensionQuery, FirstAdoption, Item, ObservedPlace, Unassigned } from "./adoptions.js";
import { PlaceLevel } from "./common.js";

export const AdoptionQuery = DimensionQuery.extend({
  minAdopters: z.coerce.number().int().min(1).max(10_000).default(1).describe("only items adopted by at least this many places"),
});
export type AdoptionQuery = z.infer<typeof AdoptionQuery>;

export const AdoptionColumn = Item.extend({ adopters: z.number().int(), firstYear: z.number().int() });
export type AdoptionColumn = z.infer<typeof AdoptionColumn>;

/** One observed place: an item without a cell is observed and not adopted (in the place's window). */
export const AdoptionRowOut = z.object({
  place: AdopterPlace,
  observed: ObservedPlace,
  /** null: the place adopted none of the columns. */
  firstYear: z.number().int().nullable(),
  /** The place's first adoptions, one per item it adopted. */
  cells: z.array(FirstAdoption),
});
export type AdoptionMatrixRow = z.infer<typeof AdoptionRowOut>;

export const AdoptionResponse = z.object({
  dimension: z.string(),
  level: PlaceLevel,
  /** Columns, most adopters first. */
  items: z.array(AdoptionColumn),
  /** Rows: every observed place of the level, earliest first adoption first, non-adopters last. */
  places: z.array(AdoptionRowOut),
  coverage: Coverage,
  /** Places of the level without a document: not rows, since nothing is known of them. */
  unobserved: z.array(AdopterPlace),
  /** Adoptions by documents of higher levels, shown apart. */
  above: z.array(FirstAdoption),
  unassigned: z.array(Unassigned),
});
export type AdoptionResponse = z.infer<typeof AdoptionResponse>;
