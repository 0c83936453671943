/**
 * The event table in the long form of the State Policy Innovation and Diffusion database
 * (SPID, Boehmke et al. 2020): one row per place and item, its first adoption with the
 * document and sentence that evidence it.
 */
import { z } from "zod";
import { Coverage, DimensionQuery } from "./adoptions.js";
import { PlaceLevel } from "./common.js";

export const EventsQuery = DimensionQuery;
export type EventsQuery = z.infer<typeof EventsQuery>;

export const AdoptionEvent = z.object({
  placeCode: z.string(),
  place: z.string(),
  level: PlaceLevel,
  parentCode: z.string().nullable(),
  itemId: z.string(),
  item: z.string(),
  category: z.string().nullable(),
  /** null: the place's only adopting documents are undated. */
  firstYear: z.number().int().nullable(),
  publishedOn: z.string().nullable(),
  docId: z.string(),
  docNumber: z.string().nullable(),
  title: z.string(),
  /** The sentence that states the adoption. */
  quote: z.string().nullable(),
});
export type AdoptionEvent = z.infer<typeof AdoptionEvent>;

export const EventsResponse = z.object({ dimension: z.string(), level: PlaceLevel, coverage: Coverage, events: z.array(AdoptionEvent) });
export type EventsResponse = z.infer<typeof EventsResponse>;
