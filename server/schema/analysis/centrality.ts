/**
 * Centrality: which industries, funds, agencies … hold the policy graph together, by degree,
 * PageRank and betweenness on the subgraph the documents in the filter state.
 */
import { z } from "zod";
import { NodeLabel } from "../graph.js";
import { AnalysisQuery } from "./common.js";

/** Labels one can rank; documents and measures are the edges' carriers, not the ranked entities. */
export const RankedLabel = NodeLabel.exclude(["Document", "Measure"]);
export type RankedLabel = z.infer<typeof RankedLabel>;

export const CentralityQuery = AnalysisQuery.extend({
  labels: z
    .string()
    .default("Industry,Fund,Agency")
    .transform((s) => s.split(",").map((l) => l.trim()).filter(Boolean))
    .pipe(z.array(RankedLabel).min(1, "name at least one label"))
    .describe(`comma-separated labels to rank: ${RankedLabel.options.join(", ")}`),
  region: z
    .string()
    .regex(/^\d{6}$/, "expected a six-digit GB/T 2260 region code such as 330000 or 331000")
    .optional()
    .describe("only documents issued in this region (province, city or district code)"),
  sort: z.enum(["degree", "pagerank", "betweenness"]).default("pagerank").describe("rank by this measure; betweenness is computed only when chosen"),
  limit: z.coerce.number().int().min(1).max(500).default(30),
});
export type CentralityQuery = z.infer<typeof CentralityQuery>;

export const CentralEntity = z.object({
  id: z.string(),
  label: RankedLabel,
  name: z.string(),
  /** Distinct neighbours in the subgraph. */
  degree: z.number(),
  /** Documents in the filter that state an edge at it. */
  documents: z.number(),
  pagerank: z.number(),
  /** Normalised betweenness (0–1); computed only when sorting by it (it costs O(nodes · edges)). */
  betweenness: z.number().nullable(),
});
export type CentralEntity = z.infer<typeof CentralEntity>;

export const CentralityResponse = z.object({
  entities: z.array(CentralEntity),
  graph: z.object({ nodes: z.number(), edges: z.number(), documents: z.number() }),
});
export type CentralityResponse = z.infer<typeof CentralityResponse>;
