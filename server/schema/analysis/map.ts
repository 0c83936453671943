/**
 * The adoption map: regions coloured by the year they first adopted one item, with the
 * boundary shapes to draw (GeoJSON in longitude/latitude, exterior rings clockwise as d3-geo
 * wants them).
 */
import { z } from "zod";
import { AdopterPlace, DimensionQuery, FirstAdoption, Item, ItemParam, Unassigned } from "./adoptions.js";
import { PlaceLevel } from "./common.js";

export const MapQuery = DimensionQuery.extend({
  item: ItemParam.describe("the item to map (id, name or alias, e.g. 创新券)"),
  province: z
    .string()
    .regex(/^(\d{2}0000|all)$/, "expected a province code such as 330000, or all")
    .optional()
    .describe("the province to draw in detail; default the one with most adopters; all: every province with an adopter"),
});
export type MapQuery = z.infer<typeof MapQuery>;

const Position = z.tuple([z.number(), z.number()]);
export const RegionFeature = z.object({
  type: z.literal("Feature"),
  properties: z.object({ code: z.string(), name: z.string() }),
  geometry: z.object({ type: z.literal("MultiPolygon"), coordinates: z.array(z.array(z.array(Position))) }),
});
export type RegionFeature = z.infer<typeof RegionFeature>;

export const RegionShapes = z.object({
  /** Every province, as the backdrop. */
  country: z.array(RegionFeature),
  /** The regions at the chosen level of the provinces drawn in detail. */
  regions: z.array(RegionFeature),
  /** Adopters coarser than the level (a province's own document in a city-level map). */
  coarser: z.array(RegionFeature),
});
export type RegionShapes = z.infer<typeof RegionShapes>;

export const MapResponse = z.object({
  dimension: z.string(),
  level: PlaceLevel,
  item: Item,
  /** The province drawn in detail, or all. */
  province: z.string(),
  provinces: z.array(z.object({ code: z.string(), name: z.string(), adopters: z.number().int() })),
  adopters: z.array(FirstAdoption),
  /** Adopters the boundary data has no shape for (a code changed since the data was drawn). */
  unmapped: z.array(AdopterPlace),
  unassigned: z.array(Unassigned),
  shapes: RegionShapes,
});
export type MapResponse = z.infer<typeof MapResponse>;
