/**
 * The policy graph's vocabulary and the extraction output: the contract between
 * extraction, the Neo4j store, the API and the browser (see ../shared/graph-model.md).
 *
 * This module imports nothing but zod, so the client can import it as well as the server.
 */
import { z } from "zod";

export const NODE_LABELS = [
  "Document",
  "Policy",
  "Region",
  "Agency",
  "Park",
  "Fund",
  "Industry",
  "Organization",
  "Platform",
  "Program",
  "Instrument",
  "Indicator",
  "Measure",
] as const;
export const NodeLabel = z.enum(NODE_LABELS);
export type NodeLabel = z.infer<typeof NodeLabel>;

export const REL_TYPES = [
  "ISSUED_BY",
  "CITES",
  "PART_OF",
  "LOCATED_IN",
  "FOCUSES_ON",
  "PRIORITIZES",
  "SUPPORTS",
  "ESTABLISHES",
  "ADOPTS",
  "SETS_TARGET",
  "COOPERATES_WITH",
  "HAS_MEASURE",
  "LED_BY",
  "ASSIGNED_TO",
  "MENTIONS",
  // Computed after ingest (server/analysis/similarity), not extracted: Document → Document.
  "SIMILAR_TO",
] as const;
export const RelType = z.enum(REL_TYPES);
export type RelType = z.infer<typeof RelType>;

/** Relationship types whose edges need not point at a sentence (graph-model.md). */
export const UNEVIDENCED_TYPES: ReadonlySet<RelType> = new Set(["MENTIONS", "PART_OF"]);

/** Instrument categories of the policy-tools literature (Rothwell & Zegveld): supply, environment, demand. */
export const InstrumentCategory = z.enum(["supply", "environment", "demand"]);
export type InstrumentCategory = z.infer<typeof InstrumentCategory>;

/** Neo4j can store scalars and homogeneous lists of scalars as properties, nothing nested. */
const Scalar = z.union([z.string(), z.number(), z.boolean(), z.null()]);
export const PropValue = z.union([Scalar, z.array(z.string()), z.array(z.number())]);
export const Props = z.record(z.string(), PropValue);
export type Props = z.infer<typeof Props>;

/** ISO date, YYYY-MM-DD (or YYYY-MM / YYYY when the text gives no day). */
export const IsoDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, "expected YYYY, YYYY-MM or YYYY-MM-DD");

/** The metadata fields a sidecar can supply and the text can disagree with. */
export const MetadataField = z.enum(["title", "issuers", "publishedOn", "region", "docNumber"]);
export type MetadataField = z.infer<typeof MetadataField>;

/**
 * A sidecar's value that differs from the text's. The text's is kept when the text states it;
 * the sidecar's when the text's was only a guess (a place inferred from the body's place names).
 */
export const Disagreement = z.object({ field: MetadataField, text: z.string(), sidecar: z.string(), kept: z.enum(["text", "sidecar"]) });
export type Disagreement = z.infer<typeof Disagreement>;

export const DocumentMeta = z.object({
  /** Stable across edits of the same file: derived from the file name, not the content. */
  id: z.string().min(1),
  title: z.string().min(1),
  /** Every issuing body, in the order the document names them. */
  issuers: z.array(z.string()),
  publishedOn: IsoDate.nullable(),
  /** 文号, e.g. 东府办〔2018〕10号. */
  docNumber: z.string().nullable(),
  /** Full gazetteer name of the jurisdiction, e.g. 重庆市开州区. */
  region: z.string().nullable(),
  /** Gazetteer (GB/T 2260) code of that region, e.g. 500154. */
  regionCode: z.string().nullable(),
  sourceFile: z.string(),
  /** sha256 of the file's bytes; re-ingesting an unchanged file is a no-op. */
  contentHash: z.string(),
  encoding: z.string(),
  format: z.enum(["txt", "html", "docx", "pdf"]),
  /**
   * What the document was extracted from: content hash, extractor version and sidecar row.
   * When a file's fingerprint is unchanged, re-ingesting it is a no-op.
   */
  fingerprint: z.string(),
  /** Every column of the document's sidecar row, as written (empty without a sidecar). */
  sidecar: z.record(z.string(), z.string()).default({}),
  disagreements: z.array(Disagreement).default([]),
});
export type DocumentMeta = z.infer<typeof DocumentMeta>;

/**
 * How an edge or entity came to be: stated in the quoted sentence, inferred from a name or the
 * gazetteer (LOCATED_IN of 乐山高新区, a district's city), or derived by an analysis (SIMILAR_TO).
 */
export const PROVENANCES = ["stated", "inferred", "derived"] as const;
export const Provenance = z.enum(PROVENANCES);
export type Provenance = z.infer<typeof Provenance>;

/**
 * What extraction says of how sure it is (server/extract/confidence.ts); the store keeps these
 * as the `rule`, `confidence` and `provenance` properties. Optional: hand-made fixtures omit them.
 */
const Scored = {
  /** The finder that produced it: instruments, parks, metadata, outline … */
  rule: z.string().min(1).optional(),
  /** The measured precision of its relation type or label, in [0, 1]. */
  confidence: z.number().min(0).max(1).optional(),
  provenance: Provenance.optional(),
};

export const Entity = z.object({
  /**
   * Deterministic key shared by every document that names the same thing, e.g.
   * `industry:新材料`, `region:500154`, `agency:银川市科技局`, `measure:<docId>:二.5`.
   */
  id: z.string().min(1),
  label: NodeLabel,
  name: z.string().min(1),
  aliases: z.array(z.string()),
  props: Props,
  ...Scored,
});
export type Entity = z.infer<typeof Entity>;

export const Relation = z
  .object({
    type: RelType,
    /** Entity id, or the document's own id for the document's edges. */
    from: z.string().min(1),
    to: z.string().min(1),
    docId: z.string().min(1),
    /** The sentence that states the relation: `text.slice(start, end) === quote`. */
    quote: z.string().nullable(),
    /** UTF-16 offsets into the stored document text. */
    start: z.number().int().nonnegative().nullable(),
    end: z.number().int().nonnegative().nullable(),
    props: Props,
    ...Scored,
  })
  .superRefine((r, ctx) => {
    if (UNEVIDENCED_TYPES.has(r.type)) return;
    if (r.quote === null || r.start === null || r.end === null) {
      ctx.addIssue({ code: "custom", message: `${r.type} edges must carry quote, start and end` });
    } else if (r.end < r.start) {
      ctx.addIssue({ code: "custom", message: `end (${r.end}) is before start (${r.start})` });
    }
  });
export type Relation = z.infer<typeof Relation>;

/** What `npm run extract -- FILE --json` prints per file; the store loads exactly this. */
export const Extraction = z.object({
  document: DocumentMeta,
  /** The stored document text all offsets point into (page furniture already stripped). */
  text: z.string(),
  entities: z.array(Entity),
  relations: z.array(Relation),
  /** Problems worth telling the user that did not stop extraction. */
  warnings: z.array(z.string()),
});
export type Extraction = z.infer<typeof Extraction>;
