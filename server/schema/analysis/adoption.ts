/** The adoption matrix: places × items, each cell the place's first adoption of the item. */
import { z } from "zod";
import { AdopterPlace, DimensionQuery, FirstAdoption, Item, Unassigned } from "./adoptions.js";
import { PlaceLevel } from "./common.js";

export const AdoptionQuery = DimensionQuery.extend({
  minAdopters: z.coerce.number().int().min(1).max(10_000).default(1).describe("only items adopted by at least this many places"),
});
export type AdoptionQuery = z.infer<typeof AdoptionQuery>;

export const AdoptionColumn = Item.extend({ adopters: z.number().int(), firstYear: z.number().int() });
export type AdoptionColumn = z.infer<typeof AdoptionColumn>;

export const AdoptionRowOut = z.object({
  place: AdopterPlace,
  firstYear: z.number().int(),
  /** The place's first adoptions, one per item it adopted. */
  cells: z.array(FirstAdoption),
});
export type AdoptionMatrixRow = z.infer<typeof AdoptionRowOut>;

export const AdoptionResponse = z.object({
  dimension: z.string(),
  level: PlaceLevel,
  /** Columns, most adopters first. */
  items: z.array(AdoptionColumn),
  /** Rows, earliest first adoption first. */
  places: z.array(AdoptionRowOut),
  unassigned: z.array(Unassigned),
});
export type AdoptionResponse = z.infer<typeof AdoptionResponse>;
