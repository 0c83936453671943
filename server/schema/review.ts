/**
 * Researchers' corrections of the graph, declared once: what the API accepts, what the store
 * keeps as (:Correction) nodes apart from what extraction produced, and the file they are
 * exported to and imported from. Imports nothing but zod and ./graph.ts.
 *
 * A correction names what it corrects by stable ids (entity ids, the edge's type, ends and
 * document: one edge per type, ends and document) and the evidence span it was made against,
 * so it still applies after the document is re-extracted, and is orphaned when the quoted
 * sentence is no longer in the document's text.
 */
import { z } from "zod";
import { NodeLabel, RelType } from "./graph.js";

const Id = z.string().trim().min(1, "must not be empty").max(300);

/** The sentence a correction was made against: `text.slice(start, end) === quote` when it was made. */
export const EvidenceSpan = z
  .object({
    docId: Id,
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
    quote: z.string().min(1, "the evidence quote must not be empty").max(4000),
  })
  .refine((e) => e.end > e.start, { message: "evidence end must be after its start", path: ["end"] })
  .refine((e) => e.end - e.start === e.quote.length, { message: "evidence quote must be exactly text[start, end)", path: ["quote"] });
export type EvidenceSpan = z.infer<typeof EvidenceSpan>;

/** Types a reviewer corrects: stated or inferred edges, not the bookkeeping (MENTIONS) or analyses (SIMILAR_TO). */
export const ReviewableType = RelType.exclude(["MENTIONS", "SIMILAR_TO", "PART_OF"]);
export type ReviewableType = z.infer<typeof ReviewableType>;

/** An edge by what is stable about it: its type, ends and the document that states it. */
export const EdgeRef = z.object({ type: ReviewableType, from: Id, to: Id, docId: Id }).refine((e) => e.from !== e.to, { message: "an edge's ends must differ", path: ["to"] });
export type EdgeRef = z.infer<typeof EdgeRef>;

/** Labels an entity can be corrected to: a Document or Measure is made by ingest, not named. */
export const EntityLabel = NodeLabel.exclude(["Document", "Measure"]);

const who = {
  /** Who made it: a name or handle, as the reviewer gives it. */
  author: z.string().trim().min(1, "say who you are (author)").max(80),
  /** Why, in a sentence. */
  note: z.string().trim().max(1000).default(""),
};

const edgeAction = <A extends string>(action: A) => z.object({ action: z.literal(action), edge: EdgeRef, evidence: EvidenceSpan, ...who });
const entityAction = <A extends string>(action: A) => z.object({ action: z.literal(action), entity: Id, evidence: EvidenceSpan.optional(), ...who });

export const CorrectionRequest = z.discriminatedUnion("action", [
  /** The edge is right: it stays, marked reviewed. */
  edgeAction("accept"),
  /** The edge is wrong: it is taken out of the graph after every load. */
  edgeAction("reject"),
  /** The edge's type or ends are wrong: it is replaced by one with these. */
  edgeAction("correct").extend({
    change: z
      .object({ type: ReviewableType.optional(), from: Id.optional(), to: Id.optional() })
      .refine((c) => c.type !== undefined || c.from !== undefined || c.to !== undefined, { message: "say what to change: type, from or to" }),
  }),
  /** An edge extraction missed, stated by the evidence span (selected in the reader). */
  edgeAction("add"),
  entityAction("accept-entity"),
  /** The entity is not a thing at all (期还款率): it and its edges go. */
  entityAction("reject-entity"),
  entityAction("rename").extend({ name: z.string().trim().min(1, "the new name must not be empty").max(200) }),
  entityAction("relabel").extend({ label: EntityLabel }),
  /** `entity` and `into` are one thing: `entity`'s edges and names move to `into`. */
  entityAction("merge").extend({ into: Id }),
]);
export type CorrectionRequest = z.infer<typeof CorrectionRequest>;
export type CorrectionAction = CorrectionRequest["action"];
export const CORRECTION_ACTIONS = CorrectionRequest.options.map((o) => o.shape.action.value) as CorrectionAction[];

/** A stored correction: the request plus its id and when it was made. */
export const Correction = z.intersection(CorrectionRequest, z.object({ id: z.string().uuid(), createdAt: z.iso.datetime() }));
export type Correction = z.infer<typeof Correction>;

/**
 * applied: it holds in the graph; orphaned: its evidence sentence is no longer in the
 * document's text (or the document is gone), so it is kept but not applied; unresolved: an
 * entity it names is not in the graph.
 */
export const CorrectionStatus = z.enum(["applied", "orphaned", "unresolved"]);
export type CorrectionStatus = z.infer<typeof CorrectionStatus>;

export const CorrectionWithStatus = z.intersection(Correction, z.object({ status: CorrectionStatus, reason: z.string().nullable() }));
export type CorrectionWithStatus = z.infer<typeof CorrectionWithStatus>;

export const CorrectionList = z.object({
  items: z.array(CorrectionWithStatus),
  orphaned: z.number().int(),
});
export type CorrectionList = z.infer<typeof CorrectionList>;

/** The export file: every correction, importable into another graph of the same documents. */
export const CORRECTIONS_FORMAT = "policy-graph-corrections";
export const CorrectionsFile = z.object({
  format: z.literal(CORRECTIONS_FORMAT),
  version: z.literal(1),
  exportedAt: z.iso.datetime(),
  corrections: z.array(Correction).max(100_000),
});
export type CorrectionsFile = z.infer<typeof CorrectionsFile>;

export const ImportResult = z.object({ imported: z.number().int(), alreadyStored: z.number().int(), orphaned: z.number().int() });
export type ImportResult = z.infer<typeof ImportResult>;

// --- reviewing: the queue, a document's extraction report, counts, annotations ---------------

const Limit = (fallback: number, max: number) => z.coerce.number().int().min(1).max(max).default(fallback);

export const ReviewQueueQuery = z.object({
  limit: Limit(50, 500),
  type: ReviewableType.optional(),
  docId: Id.optional(),
});
export type ReviewQueueQuery = z.infer<typeof ReviewQueueQuery>;

const End = z.object({ id: z.string(), name: z.string(), label: z.string() });

/** An edge not yet reviewed, with what ranks it: (1 − confidence) × impact. */
export const ReviewItem = z.object({
  /** The edge's element id, as the graph endpoints give it. */
  id: z.string(),
  type: ReviewableType,
  from: End,
  to: End,
  docId: z.string(),
  docTitle: z.string().nullable(),
  quote: z.string(),
  start: z.number().int(),
  end: z.number().int(),
  confidence: z.number().nullable(),
  rule: z.string().nullable(),
  provenance: z.string().nullable(),
  /**
   * How much a wrong edge of this kind changes what the explorer concludes: 3 for ADOPTS (every
   * adoption curve, matrix and map), 2 for the other edges diffusion views read (PRIORITIZES,
   * ESTABLISHES, SETS_TARGET, CITES), 1 for the rest; +1 when its target is adopted by 3 or more
   * documents (it has a curve of its own).
   */
  impact: z.number().int(),
  priority: z.number(),
});
export type ReviewItem = z.infer<typeof ReviewItem>;
export const ReviewQueue = z.object({ items: z.array(ReviewItem), unreviewed: z.number().int() });
export type ReviewQueue = z.infer<typeof ReviewQueue>;

/** What a correction did, counted per edge type or entity label. */
export const ReviewCount = z.object({
  label: z.string(),
  accepted: z.number().int(),
  rejected: z.number().int(),
  corrected: z.number().int(),
  added: z.number().int(),
  orphaned: z.number().int(),
});
export type ReviewCount = z.infer<typeof ReviewCount>;
export const ReviewCounts = z.object({ items: z.array(ReviewCount) });
export type ReviewCounts = z.infer<typeof ReviewCounts>;

/** Which corrections count as what: relabel, rename and merge correct an entity. */
export const COUNTED_AS: Record<CorrectionAction, keyof Omit<ReviewCount, "label" | "orphaned">> = {
  accept: "accepted",
  "accept-entity": "accepted",
  reject: "rejected",
  "reject-entity": "rejected",
  correct: "corrected",
  rename: "corrected",
  relabel: "corrected",
  merge: "corrected",
  add: "added",
};

/** One document's extraction as the graph now holds it: per entity label and per edge type. */
export const ExtractionReport = z.object({
  docId: z.string(),
  title: z.string().nullable(),
  labels: z.array(z.object({ label: z.string(), count: z.number().int(), meanConfidence: z.number().nullable(), low: z.number().int() })),
  types: z.array(z.object({ type: z.string(), count: z.number().int(), meanConfidence: z.number().nullable(), low: z.number().int(), reviewed: z.number().int() })),
  /** The document's corrections, counted as the review counts are. */
  counts: z.array(ReviewCount),
  /** Its edges, least sure first. */
  edges: z.array(ReviewItem.omit({ docTitle: true, impact: true, priority: true }).extend({ review: z.string().nullable() })),
});
export type ExtractionReport = z.infer<typeof ExtractionReport>;

/** Documents with corrections: the ones whose annotations are worth exporting. */
export const ReviewedDocuments = z.object({
  items: z.array(z.object({ docId: z.string(), title: z.string().nullable(), file: z.string(), corrections: z.number().int() })),
});
export type ReviewedDocuments = z.infer<typeof ReviewedDocuments>;
