/**
 * The citation network: which documents cite which, drawn as a hierarchy of issuing levels
 * (central → provincial → city → district/zone), and which upstream documents several local
 * documents cite in common.
 */
import { z } from "zod";
import { AnalysisQuery } from "./common.js";

/** Where an issuer sits; `unknown` when neither its title nor its number names a place or a central body. */
export const IssuerLevel = z.enum(["central", "province", "city", "district", "unknown"]);
export type IssuerLevel = z.infer<typeof IssuerLevel>;

export const CitationsQuery = AnalysisQuery.extend({});
export type CitationsQuery = z.infer<typeof CitationsQuery>;

export const CitationNode = z.object({
  id: z.string(),
  name: z.string(),
  /** Document: ingested; Policy: only cited. */
  kind: z.enum(["Document", "Policy"]),
  level: IssuerLevel,
  /** The issuer's place (浙江省台州市仙居县), 中央 for central bodies, null when unknown. */
  place: z.string().nullable(),
  year: z.number().nullable(),
  /** How many documents in the window cite it (revisions not counted). */
  citedBy: z.number(),
});
export type CitationNode = z.infer<typeof CitationNode>;

export const CitationEdge = z.object({
  from: z.string(),
  to: z.string(),
  /** revises: the citing document repeals or replaces the cited one (an earlier version), so it is no upstream source. */
  kind: z.enum(["cites", "revises"]),
  /** The citing document and the sentence with the citation in it. */
  docId: z.string(),
  quote: z.string(),
  start: z.number(),
  end: z.number(),
});
export type CitationEdge = z.infer<typeof CitationEdge>;

export const Citer = z.object({ docId: z.string(), title: z.string(), year: z.number().nullable(), place: z.string().nullable(), start: z.number(), end: z.number() });

/** An upstream document cited by two or more documents, most-cited first. */
export const SharedUpstream = z.object({ id: z.string(), name: z.string(), level: IssuerLevel, citers: z.array(Citer) });
export type SharedUpstream = z.infer<typeof SharedUpstream>;

export const CitationsResponse = z.object({
  nodes: z.array(CitationNode),
  edges: z.array(CitationEdge),
  shared: z.array(SharedUpstream),
  /** Documents naming their own title (the 公布 line), left out of the network. */
  selfCitations: z.number().int(),
});
export type CitationsResponse = z.infer<typeof CitationsResponse>;
