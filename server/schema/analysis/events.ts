/** The event-history table: one row per place and item, its first adoption. */
import { z } from "zod";
import { DimensionQuery } from "./adoptions.js";
import { PlaceLevel } from "./common.js";

export const EventsQuery = DimensionQuery;
export type EventsQuery = z.infer<typeof EventsQuery>;

export const AdoptionEvent = z.object({
  placeCode: z.string(),
  place: z.string(),
  level: PlaceLevel,
  itemId: z.string(),
  item: z.string(),
  category: z.string().nullable(),
  /** null: the place's only adopting documents are undated. */
  firstYear: z.number().int().nullable(),
  publishedOn: z.string().nullable(),
  docId: z.string(),
  docNumber: z.string().nullable(),
});
export type AdoptionEvent = z.infer<typeof AdoptionEvent>;

export const EventsResponse = z.object({ dimension: z.string(), level: PlaceLevel, events: z.array(AdoptionEvent) });
export type EventsResponse = z.infer<typeof EventsResponse>;
