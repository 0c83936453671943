/**
 * The risk-set panel for discrete-time event-history models: one row per observed place and
 * year, from the place's first observed year until it adopts (that year included) or its last
 * observed year, with the covariates diffusion models use (neighbours, parent, upstream
 * documents cited).
 */
import { z } from "zod";
import { Coverage, DimensionQuery, Item, ItemParam } from "./adoptions.js";
import { PlaceLevel } from "./common.js";

export const PanelQuery = DimensionQuery.extend({
  item: ItemParam.optional().describe("the item (id, name or alias, e.g. 创新券); without it, every item adopted by at least minAdopters places, stacked (pooled event history)"),
  minAdopters: z.coerce.number().int().min(1).max(10_000).default(3).describe("without item: only items adopted by at least this many places"),
});
export type PanelQuery = z.infer<typeof PanelQuery>;

export const PanelRow = z.object({
  itemId: z.string(),
  item: z.string(),
  placeCode: z.string(),
  place: z.string(),
  level: PlaceLevel,
  parentCode: z.string().nullable(),
  parent: z.string().nullable(),
  year: z.number().int(),
  /** 1 in the year of first adoption (the last row of the place), else 0. */
  adopted: z.number().int(),
  /** Documents counted for the place that year. */
  documents: z.number().int(),
  firstObserved: z.number().int(),
  lastObserved: z.number().int(),
  /** Places of the level sharing a border. */
  neighbours: z.number().int(),
  /** Bordering places observed by the year before (first document in or before it). */
  neighboursObserved: z.number().int(),
  /** Bordering places that had adopted by the year before. */
  neighboursAdopted: z.number().int(),
  /** neighboursAdopted / neighboursObserved; null when no neighbour was observed. */
  neighboursAdoptedShare: z.number().nullable(),
  /** 1 when the parent (a city's province) had adopted by its own documents by the year before. */
  parentAdopted: z.number().int(),
  /** Distinct upstream documents (higher levels) cited by the place's documents that year; revisions and self-citations are not counted. */
  upstreamCited: z.number().int(),
  upstreamIds: z.array(z.string()),
  /** Of the upstream documents cited up to that year, those in the corpus that adopt the item. */
  upstreamAdopting: z.number().int(),
});
export type PanelRow = z.infer<typeof PanelRow>;

export const PanelResponse = z.object({
  dimension: z.string(),
  level: PlaceLevel,
  items: z.array(Item),
  coverage: Coverage,
  /** Places observed and at risk, adopters among them. */
  places: z.number().int(),
  adopters: z.number().int(),
  rows: z.array(PanelRow),
});
export type PanelResponse = z.infer<typeof PanelResponse>;
