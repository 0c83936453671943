/**
 * The shape every diffusion analysis has: a query schema, a response schema, and a run that
 * returns both the JSON answer and the same content as a table, so each analysis gets its
 * JSON endpoint, its CSV export and its OpenAPI entry from one declaration (see index.ts).
 */
import type { z } from "zod";
import type { AnalysisQuery } from "../schema/analysis/common.js";
import type { Store } from "../store/connect.js";

export interface Table {
  /** Header row, in the order of each row's cells. */
  columns: string[];
  rows: unknown[][];
  /** Download name without extension, e.g. adoption-创新券. */
  filename: string;
}

export interface Analysis<Q extends z.ZodObject = z.ZodObject, R extends z.ZodType = z.ZodType> {
  /** The path segment: GET /api/analysis/<name>. */
  name: string;
  summary: string;
  /** Extends AnalysisQuery (level, years, format). */
  query: Q;
  response: R;
  run(store: Store, query: z.infer<Q> & AnalysisQuery): Promise<{ body: z.infer<R>; table: Table }>;
}

/** Keeps each analysis's query and response types tied together at its declaration. */
export const defineAnalysis = <Q extends z.ZodObject, R extends z.ZodType>(a: Analysis<Q, R>): Analysis => a as unknown as Analysis;
