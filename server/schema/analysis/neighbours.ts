/**
 * Spatial diffusion: for each adopter of an item, its neighbours (regions sharing a border)
 * and which of them had adopted the item before it.
 */
import { z } from "zod";
import { AdopterPlace, Coverage, DimensionQuery, Evidence, FirstAdoption, Item, ItemParam, Unassigned } from "./adoptions.js";
import { PlaceLevel } from "./common.js";

export const NeighboursQuery = DimensionQuery.extend({
  item: ItemParam.describe("the item (id, name or alias, e.g. 创新券)"),
  place: z.string().regex(/^\d{6}$/, "expected a six-digit region code such as 330400").optional().describe("only this adopter (its code at the chosen level)"),
});
export type NeighboursQuery = z.infer<typeof NeighboursQuery>;

export const Neighbour = z.object({
  place: AdopterPlace,
  /** null: the neighbour has not adopted the item (in the chosen years). */
  year: z.number().int().nullable(),
  /** Whether the corpus has a document of the neighbour at all: an unobserved neighbour is not a non-adopter. */
  observed: z.boolean(),
  before: z.boolean().describe("adopted in an earlier year than the adopter"),
  evidence: Evidence.nullable(),
});
export type Neighbour = z.infer<typeof Neighbour>;

export const NeighbourRow = z.object({ adopter: FirstAdoption, neighbours: z.array(Neighbour), earlier: z.number().int() });
export type NeighbourRow = z.infer<typeof NeighbourRow>;

export const NeighboursResponse = z.object({
  dimension: z.string(),
  level: PlaceLevel,
  item: Item,
  adopters: z.array(NeighbourRow),
  /** Adopters after the first year, and how many of them had an earlier-adopting neighbour. */
  laterAdopters: z.number().int(),
  withEarlierNeighbour: z.number().int(),
  coverage: Coverage,
  unassigned: z.array(Unassigned),
});
export type NeighboursResponse = z.infer<typeof NeighboursResponse>;
