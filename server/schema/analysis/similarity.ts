/**
 * Document similarity, precomputed at ingest as SIMILAR_TO edges: what two documents share in
 * policy content (instruments, industries, indicators) and in wording (reused passages).
 */
import { z } from "zod";
import { AnalysisQuery } from "./common.js";

export const SimilarityQuery = AnalysisQuery.extend({
  sort: z.enum(["jaccard", "textReuse"]).default("textReuse").describe("rank pairs by shared content (jaccard) or by reused text (textReuse)"),
  limit: z.coerce.number().int().min(1).max(1000).default(100).describe("at most this many pairs"),
  a: z.string().min(1).optional().describe("with b: answer this pair's reused passages"),
  b: z.string().min(1).optional().describe("with a: the other document of the pair"),
}).refine((q) => (q.a === undefined) === (q.b === undefined), { message: "give both a and b (two document ids) for a pair's passages, or neither", path: ["b"] });
export type SimilarityQuery = z.infer<typeof SimilarityQuery>;

export const SimilarDocument = z.object({ id: z.string(), title: z.string(), place: z.string().nullable(), year: z.number().nullable() });

export const SimilarPair = z.object({
  a: SimilarDocument,
  b: SimilarDocument,
  /** Jaccard of the sets of instruments, industries and indicators the two documents adopt, prioritise or target. */
  jaccard: z.number(),
  /** Share of the shorter document's 8-character shingles that the other also has, stock phrases (in over a fifth of the documents) left out. */
  textReuse: z.number(),
  sharedInstruments: z.array(z.string()),
  sharedIndustries: z.array(z.string()),
  sharedIndicators: z.array(z.string()),
  /** Characters of the longest reused passage. */
  longestPassage: z.number(),
});
export type SimilarPair = z.infer<typeof SimilarPair>;

/** One reused passage: its span in each document (UTF-16 offsets into the stored text). */
export const Passage = z.object({ text: z.string(), aStart: z.number(), aEnd: z.number(), bStart: z.number(), bEnd: z.number() });
export type Passage = z.infer<typeof Passage>;

export const PairDetail = z.object({
  pair: SimilarPair,
  aText: z.string(),
  bText: z.string(),
  passages: z.array(Passage),
});
export type PairDetail = z.infer<typeof PairDetail>;

export const SimilarityResponse = z.object({
  pairs: z.array(SimilarPair),
  /** Pairs above the threshold in the window, before the limit. */
  total: z.number(),
  detail: PairDetail.nullable(),
});
export type SimilarityResponse = z.infer<typeof SimilarityResponse>;
