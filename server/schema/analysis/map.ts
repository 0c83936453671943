/**
 * The adoption map: regions coloured by the year they first adopted one item, with the
 * boundary shapes to draw (GeoJSON in longitude/latitude, exterior rings clockwise as d3-geo
 * wants them).
 */
import { z } from "zod";
import { AdopterPlace, Coverage, DimensionQuery, FirstAdoption, Item, ItemParam, ObservedPlace, Unassigned } from "./adoptions.js";
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
  /** Places above the level that adopted by their own documents (a province's in a city-level map), drawn as outlines. */
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
  /** Observed places of the drawn provinces that did not adopt in their window. */
  notAdopted: z.array(ObservedPlace),
  /** Regions of the drawn provinces with no document: unobserved, drawn apart from non-adopters. */
  unobserved: z.array(AdopterPlace),
  /** Adoptions by documents of higher levels, shown apart. */
  above: z.array(FirstAdoption),
  coverage: Coverage,
  /** Adopters the boundary data has no shape for (a code changed since the data was drawn). */
  unmapped: z.array(AdopterPlace),
  unassigned: z.array(Unassigned),
  shapes: RegionShapes,
});
export type MapResponse = z.infer<typeof MapResponse>;
