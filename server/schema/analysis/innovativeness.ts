/** The innovativeness ranking: places by how early they adopt, across items (Walker 1969). */
import { z } from "zod";
import { AdopterPlace, DimensionQuery, Item, Unassigned } from "./adoptions.js";
import { PlaceLevel } from "./common.js";

export const InnovativenessQuery = DimensionQuery.extend({
  minAdopters: z.coerce.number().int().min(2).max(10_000).default(2).describe("only items adopted by at least this many places (an item one place adopted ranks nobody)"),
});
export type InnovativenessQuery = z.infer<typeof InnovativenessQuery>;

export const ItemScore = Item.extend({
  /** null: the place was at risk (issuing policy after the item appeared) but did not adopt it. */
  year: z.number().int().nullable(),
  docId: z.string().nullable(),
  adopters: z.number().int(),
  /** Share of the item's other adopters that adopted strictly later; 0 when not adopted. */
  score: z.number(),
});
export type ItemScore = z.infer<typeof ItemScore>;

export const PlaceScore = z.object({
  rank: z.number().int(),
  place: AdopterPlace,
  /** Mean of the item scores over the items the place could have adopted. */
  score: z.number(),
  adopted: z.number().int(),
  atRisk: z.number().int(),
  items: z.array(ItemScore),
});
export type PlaceScore = z.infer<typeof PlaceScore>;

export const InnovativenessResponse = z.object({
  dimension: z.string(),
  level: PlaceLevel,
  formula: z.string(),
  items: z.number().int().describe("items adopted by at least minAdopters places"),
  places: z.array(PlaceScore),
  /** Adoptions not scored: their document has no year or no region. */
  unassigned: z.array(Unassigned),
});
export type InnovativenessResponse = z.infer<typeof InnovativenessResponse>;
