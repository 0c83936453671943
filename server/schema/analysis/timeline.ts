/**
 * The diffusion timeline: the cumulative number of adopting places by year (the S-curve) of
 * one item with its adopters, or, without an item, the curves of every item adopted by at
 * least `minAdopters` places.
 */
import { z } from "zod";
import { AdopterPlace, Coverage, DimensionQuery, FirstAdoption, Item, ItemParam, Unassigned } from "./adoptions.js";
import { PlaceLevel } from "./common.js";

export const TimelineQuery = DimensionQuery.extend({
  item: ItemParam.optional().describe("the item (id, name or alias, e.g. 创新券); without it, the overview of every item's curve"),
  minAdopters: z.coerce.number().int().min(1).max(10_000).default(3).describe("overview: only items adopted by at least this many places"),
});
export type TimelineQuery = z.infer<typeof TimelineQuery>;

/**
 * One year of a curve; every year from the first adoption to the last is present. `observed`
 * counts the places of the level observed that year (inside their window), `atRisk` those of
 * them that had not adopted before it: the denominator of a hazard.
 */
export const CurvePoint = z.object({ year: z.number().int(), adopters: z.number().int(), cumulative: z.number().int(), observed: z.number().int(), atRisk: z.number().int() });
export type CurvePoint = z.infer<typeof CurvePoint>;

export const TimelineAdopter = FirstAdoption.extend({ first: z.boolean().describe("among the places that adopted in the earliest year") });
export type TimelineAdopter = z.infer<typeof TimelineAdopter>;

export const TimelineSeries = Item.extend({
  adopters: z.number().int(),
  firstYear: z.number().int(),
  firstAdopters: z.array(AdopterPlace),
  curve: z.array(CurvePoint),
});
export type TimelineSeries = z.infer<typeof TimelineSeries>;

const Common = { dimension: z.string(), level: PlaceLevel, coverage: Coverage, unassigned: z.array(Unassigned) };

export const TimelineResponse = z.discriminatedUnion("mode", [
  z.object({
    mode: z.literal("item"),
    ...Common,
    item: Item,
    curve: z.array(CurvePoint),
    adopters: z.array(TimelineAdopter),
    /** Observed places that never adopted the item in their window. */
    notAdopted: z.array(AdopterPlace),
    /** Adoptions by documents of higher levels, shown apart. */
    above: z.array(FirstAdoption),
  }),
  z.object({ mode: z.literal("overview"), ...Common, minAdopters: z.number().int(), series: z.array(TimelineSeries) }),
]);
export type TimelineResponse = z.infer<typeof TimelineResponse>;
export type TimelineItem = Extract<TimelineResponse, { mode: "item" }>;
export type TimelineOverview = Extract<TimelineResponse, { mode: "overview" }>;
