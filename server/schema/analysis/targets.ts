/**
 * Target comparison: for one indicator, every document's target side by side, in units that
 * compare (亿元 and 万元 both as yuan, 万人 as persons, 家/个/户 as units).
 */
import { z } from "zod";
import { AnalysisQuery, Place } from "./common.js";

export const TargetsQuery = AnalysisQuery.extend({
  indicator: z.string().trim().min(1).optional().describe("Indicator id (indicator:R&D经费投入占GDP比重) or name; without it only the indicator list is answered"),
});
export type TargetsQuery = z.infer<typeof TargetsQuery>;

export const IndicatorChoice = z.object({ id: z.string(), name: z.string(), documents: z.number() });
export type IndicatorChoice = z.infer<typeof IndicatorChoice>;

export const TargetRow = z.object({
  docId: z.string(),
  title: z.string(),
  place: Place.nullable(),
  /** Publication year of the document. */
  year: z.number().nullable(),
  /** The year the target is for (到2025年), when the sentence says. */
  targetYear: z.number().nullable(),
  value: z.number(),
  unit: z.string().nullable(),
  /** value × the unit's multiplier, in `baseUnit` (e.g. 1.5亿元 → 150000000 元). */
  normalised: z.number(),
  baseUnit: z.string().nullable(),
  /** Whether baseUnit is the indicator's most common one, so the row is on the same scale as the chart. */
  comparable: z.boolean(),
  quote: z.string(),
  start: z.number(),
  end: z.number(),
});
export type TargetRow = z.infer<typeof TargetRow>;

export const TargetsResponse = z.object({
  /** Indicators with targets in two or more documents first, then by documents and name. */
  indicators: z.array(IndicatorChoice),
  indicator: IndicatorChoice.nullable(),
  /** The unit every comparable row is expressed in. */
  baseUnit: z.string().nullable(),
  rows: z.array(TargetRow),
});
export type TargetsResponse = z.infer<typeof TargetsResponse>;
