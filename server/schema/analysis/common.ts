/**
 * What every diffusion analysis accepts: the level places are counted at, a publication-year
 * window, and whether the answer is JSON or the CSV a researcher takes to R or Stata.
 * Each analysis extends AnalysisQuery in its own file beside this one.
 */
import { z } from "zod";

/** Gazetteer levels a place can be aggregated to (a document's county rolls up to its city). */
export const PlaceLevel = z.enum(["province", "city", "district"]);
export type PlaceLevel = z.infer<typeof PlaceLevel>;

const Year = z.coerce.number().int().min(1949).max(2100);

export const AnalysisQuery = z.object({
  level: PlaceLevel.default("city").describe("aggregate places to province, city or district (county) level"),
  yearFrom: Year.optional().describe("only documents published in or after this year"),
  yearTo: Year.optional().describe("only documents published in or before this year"),
  format: z.enum(["json", "csv"]).default("json").describe("csv answers the analysis's table as a UTF-8 CSV file"),
});
export type AnalysisQuery = z.infer<typeof AnalysisQuery>;

/** A place as the analyses report it: the gazetteer code at the chosen level and its name. */
export const Place = z.object({ code: z.string(), name: z.string(), level: PlaceLevel });
export type Place = z.infer<typeof Place>;
