/**
 * Cascades for NetInf (R's NetworkInference, SNAP's netinf) and the latent diffusion network
 * NetInf infers from them: which place's adoptions tend to follow which place's.
 */
import { z } from "zod";
import { AdopterPlace, Coverage, DimensionQuery } from "./adoptions.js";
import { PlaceLevel } from "./common.js";
import { RegionShapes } from "./map.js";

const MinAdopters = z.coerce.number().int().min(2).max(10_000).default(3).describe("only items adopted by at least this many places become cascades");

export const CascadesQuery = DimensionQuery.extend({
  minAdopters: MinAdopters,
  part: z.enum(["cascades", "nodes"]).default("cascades").describe("format=csv: the cascades (cascade_id, node_name, event_time) or the full node list (every observed place)"),
});
export type CascadesQuery = z.infer<typeof CascadesQuery>;

export const CascadeEventOut = z.object({ cascadeId: z.string(), node: z.string(), place: z.string(), time: z.number().int() });
export const CascadeNode = z.object({ node: z.string(), place: AdopterPlace, parentCode: z.string().nullable(), firstObserved: z.number().int(), lastObserved: z.number().int(), documents: z.number().int() });
export type CascadeNode = z.infer<typeof CascadeNode>;

export const CascadesResponse = z.object({
  dimension: z.string(),
  level: PlaceLevel,
  coverage: Coverage,
  cascades: z.number().int(),
  events: z.array(CascadeEventOut),
  /** Every observed place, adopter of some item or not: NetworkInference's node_names. */
  nodes: z.array(CascadeNode),
});
export type CascadesResponse = z.infer<typeof CascadesResponse>;

export const NetworkQuery = DimensionQuery.extend({
  minAdopters: MinAdopters,
  maxTies: z.coerce.number().int().min(1).max(500).default(30).describe("at most this many inferred ties"),
  minCascades: z.coerce.number().int().min(1).max(1000).default(2).describe("a tie must explain adoptions of at least this many items"),
  alpha: z.coerce.number().positive().max(100).default(1).describe("rate of the exponential transmission model, per year"),
});
export type NetworkQuery = z.infer<typeof NetworkQuery>;

export const InferredTieOut = z.object({
  from: AdopterPlace,
  to: AdopterPlace,
  /** Always true: a tie NetInf inferred, not one any document states. */
  inferred: z.literal(true),
  /** Gain in log-likelihood of the cascades when the tie was added (NetInf's marginal gain). */
  improvement: z.number(),
  /** The adoptions behind the tie: each item in which `to` adopted after `from` and the tie explains it best. */
  adoptions: z.array(z.object({ itemId: z.string(), item: z.string(), fromYear: z.number().int(), toYear: z.number().int() })),
});
export type InferredTieOut = z.infer<typeof InferredTieOut>;

export const NetworkResponse = z.object({
  dimension: z.string(),
  level: PlaceLevel,
  coverage: Coverage,
  cascades: z.number().int(),
  method: z.string(),
  ties: z.array(InferredTieOut),
  /** Places in a tie with a point to draw it from (longitude, latitude of the region's shape). */
  nodes: z.array(z.object({ place: AdopterPlace, lon: z.number().nullable(), lat: z.number().nullable() })),
  shapes: RegionShapes,
});
export type NetworkResponse = z.infer<typeof NetworkResponse>;
