/**
 * The HTTP API's requests and responses, declared once: the server validates with these,
 * the client imports the types, and /api/openapi.json is generated from them.
 * Imports nothing but zod and ./graph.ts, so the client bundle can use it.
 */
import { z } from "zod";
import { Disagreement, NodeLabel, Props, RelType } from "./graph.js";

/** A comma-separated query parameter (labels=Fund,Industry) or a JSON array, as a list. */
const listOf = <T extends z.ZodTypeAny>(item: T) =>
  z.preprocess((v) => (typeof v === "string" ? (v === "" ? [] : v.split(",").map((s) => s.trim())) : v), z.array(item).max(50));

const year = z.coerce.number().int().min(1949).max(2100);

/** The filters every graph query accepts. */
/** A query-string switch: true, false, 1 or 0 (z.coerce.boolean would read "false" as true). */
const flag = z
  .union([z.boolean(), z.enum(["true", "false", "1", "0"], { message: "expected true or false" })])
  .default(false)
  .transform((v) => v === true || v === "true" || v === "1");

export const GraphFilter = z.object({
  labels: listOf(NodeLabel).optional(),
  types: listOf(RelType).optional(),
  docIds: listOf(z.string().min(1).max(200)).optional(),
  regionCodes: listOf(z.string().regex(/^\d{2,12}$/, "expected a gazetteer code such as 511100")).optional(),
  yearFrom: year.optional(),
  yearTo: year.optional(),
});
export type GraphFilter = z.infer<typeof GraphFilter>;

export const GraphNode = z.object({
  id: z.string(),
  label: NodeLabel,
  name: z.string(),
  /**
   * Every property in an entity's own answer; in graph answers (neighbourhood, paths) a
   * Document keeps only year, publishedOn and regionCode, the rest being at /api/entities/{id}.
   */
  props: Props,
  degree: z.number().int().optional(),
});
export type GraphNode = z.infer<typeof GraphNode>;

export const GraphEdge = z.object({
  /** Neo4j elementId of the relationship. */
  id: z.string(),
  type: RelType,
  source: z.string(),
  target: z.string(),
  /**
   * docId, quote, start, end and the type's own properties (amountYuan, value, year …). Graph
   * answers leave the quote out: GET /api/relationships/{id} has it.
   */
  props: Props,
});
export type GraphEdge = z.infer<typeof GraphEdge>;

export const RelationshipParams = z.object({ id: z.string().min(1).max(200).describe("the relationship's id, as graph answers give it") });

export const GraphResult = z.object({
  nodes: z.array(GraphNode),
  edges: z.array(GraphEdge),
  /** True when the element cap cut the answer; `limit` says what the cap was. */
  capped: z.boolean(),
  limit: z.number().int(),
});
export type GraphResult = z.infer<typeof GraphResult>;

// --- search -------------------------------------------------------------------------------
export const SearchQuery = z.object({
  q: z.string().trim().min(1, "q must not be empty").max(100),
  labels: listOf(NodeLabel).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).max(10_000).default(0),
});
export const SearchHit = z.object({ id: z.string(), label: NodeLabel, name: z.string(), aliases: z.array(z.string()), score: z.number(), degree: z.number().int() });
export const SearchResult = z.object({ items: z.array(SearchHit), total: z.number().int() });
export type SearchHit = z.infer<typeof SearchHit>;
export type SearchResult = z.infer<typeof SearchResult>;

export const SentenceQuery = z.object({
  q: z.string().trim().min(1, "q must not be empty").max(100),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).max(10_000).default(0),
});
/** A sentence of a document's text that contains the query: where it is, and in which document and place. */
export const SentenceHit = z.object({
  docId: z.string(),
  title: z.string(),
  region: z.string().nullable(),
  publishedOn: z.string().nullable(),
  sentence: z.string(),
  /** UTF-16 offsets of the sentence and of the match in the document's text. */
  start: z.number().int(),
  end: z.number().int(),
  matchStart: z.number().int(),
  matchEnd: z.number().int(),
});
export const SentenceResult = z.object({
  items: z.array(SentenceHit),
  /** Sentences found in the documents searched. */
  total: z.number().int(),
  /** Documents that contain the query; only the best `searched` of them were read for sentences. */
  documents: z.number().int(),
  searched: z.number().int(),
});
export type SentenceHit = z.infer<typeof SentenceHit>;
export type SentenceResult = z.infer<typeof SentenceResult>;

// --- entity -------------------------------------------------------------------------------
export const Evidence = z.object({
  type: RelType,
  direction: z.enum(["out", "in"]),
  other: z.object({ id: z.string(), label: NodeLabel, name: z.string() }),
  docId: z.string(),
  docTitle: z.string(),
  quote: z.string(),
  start: z.number().int(),
  end: z.number().int(),
});
export const EntityDetail = z.object({
  node: GraphNode,
  degreeByType: z.record(z.string(), z.number().int()),
  /** At most 200, stated edges ordered by document and position. */
  evidence: z.array(Evidence),
  /** How many stated edges there are in all, of which `evidence` lists the first. */
  evidenceTotal: z.number().int(),
});
export type Evidence = z.infer<typeof Evidence>;
export type EntityDetail = z.infer<typeof EntityDetail>;

// --- neighbourhood and paths --------------------------------------------------------------
export const NeighbourhoodRequest = GraphFilter.extend({
  ids: z.array(z.string().min(1).max(300)).min(1).max(100),
  depth: z.coerce.number().int().min(1).max(2).default(1),
  limit: z.coerce.number().int().min(1).max(5000).default(500),
});
export type NeighbourhoodRequest = z.infer<typeof NeighbourhoodRequest>;
/**
 * The same request as a URL (ids=a&ids=b, the filters as elsewhere), which browsers and the
 * server's answer cache keep: how the explorer expands one node. Ids are never split at commas.
 */
export const NeighbourhoodQuery = NeighbourhoodRequest.extend({
  ids: z.preprocess((v) => (typeof v === "string" ? [v] : v), NeighbourhoodRequest.shape.ids),
});
export const PathsQuery = GraphFilter.extend({
  from: z.string().min(1).max(300),
  to: z.string().min(1).max(300),
  mode: z.enum(["shortest", "all"]).default("shortest"),
  maxLength: z.coerce.number().int().min(1).max(6).default(4),
  limit: z.coerce.number().int().min(1).max(100).default(10),
  /** Leave out Document and Measure nodes between the ends. */
  skipDocuments: flag,
  /** Leave out MENTIONS edges. */
  skipMentions: flag,
});
export type PathsQuery = z.infer<typeof PathsQuery>;
export const PathsResult = GraphResult.extend({
  /** Each path as the ids of its edges, in order (the edges carry their quote). */
  paths: z.array(z.array(z.string())),
  /** The number of paths asked for; `more` is true when the search stopped there and more exist. */
  pathLimit: z.number().int(),
  more: z.boolean(),
});
export type PathsResult = z.infer<typeof PathsResult>;

// --- documents ----------------------------------------------------------------------------
export const DocumentSummary = z.object({
  id: z.string(),
  title: z.string(),
  issuers: z.array(z.string()),
  publishedOn: z.string().nullable(),
  docNumber: z.string().nullable(),
  region: z.string().nullable(),
  regionCode: z.string().nullable(),
  sourceFile: z.string(),
  /** The document's sidecar row (column → value as written); filterable in the explorer. */
  extra: z.record(z.string(), z.string()),
  disagreements: z.array(Disagreement),
});
export const DocumentListQuery = GraphFilter.pick({ regionCodes: true, yearFrom: true, yearTo: true }).extend({
  limit: z.coerce.number().int().min(1).max(500).default(100),
  // Neo4j's SKIP and list slices take a 32-bit int; beyond it Neo4j's error was a 500.
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});
export const DocumentList = z.object({ items: z.array(DocumentSummary), total: z.number().int() });
export type DocumentList = z.infer<typeof DocumentList>;
export const Span = z.object({
  start: z.number().int(),
  end: z.number().int(),
  kind: z.enum(["entity", "relation", "measure"]),
  /** The entity's label or the relation's type. */
  tag: z.string(),
  /** Entity id, or relationship elementId. */
  ref: z.string(),
  name: z.string(),
});
export const OutlineItem = z.object({ id: z.string(), path: z.string(), title: z.string(), start: z.number().int(), end: z.number().int(), depth: z.number().int() });
export const DocumentDetail = z.object({
  document: DocumentSummary.extend({ warnings: z.array(z.string()) }),
  text: z.string(),
  outline: z.array(OutlineItem),
  spans: z.array(Span),
});
export type DocumentSummary = z.infer<typeof DocumentSummary>;
export const DisagreementList = z.object({
  items: z.array(Disagreement.extend({ docId: z.string(), title: z.string() })),
  documents: z.number().int().describe("how many documents have at least one"),
});
export type DisagreementList = z.infer<typeof DisagreementList>;
export type DocumentDetail = z.infer<typeof DocumentDetail>;
export type Span = z.infer<typeof Span>;

// --- stats --------------------------------------------------------------------------------
export const Stats = z.object({
  labels: z.record(z.string(), z.number().int()),
  types: z.record(z.string(), z.number().int()),
  documentsByYear: z.array(z.object({ year: z.number().int().nullable(), count: z.number().int() })),
  documentsByRegion: z.array(z.object({ region: z.string().nullable(), regionCode: z.string().nullable(), count: z.number().int() })),
  topEntities: z.array(z.object({ id: z.string(), label: NodeLabel, name: z.string(), degree: z.number().int() })),
});
export type Stats = z.infer<typeof Stats>;

// --- cypher console -----------------------------------------------------------------------
export const CypherRequest = z.object({
  query: z.string().trim().min(1).max(5000),
  params: z.record(z.string(), z.unknown()).default({}),
  limit: z.coerce.number().int().min(1).max(5000).default(1000),
});
export const CypherResult = z.object({
  columns: z.array(z.string()),
  rows: z.array(z.array(z.unknown())),
  /** The nodes and relationships found in the rows, when there are any. */
  graph: GraphResult.nullable(),
  truncated: z.boolean(),
  ms: z.number(),
});
export type CypherResult = z.infer<typeof CypherResult>;

// --- export -------------------------------------------------------------------------------
const hexColour = z.string().regex(/^#[0-9a-fA-F]{6}$/, "expected a colour such as #3b6ea8");
const coordinate = z.number().finite().min(-1e7).max(1e7);

/** Where a node is drawn and how, for the GEXF's viz attributes (position, colour, size). */
export const ExportNodeView = z.object({ x: coordinate, y: coordinate, size: z.number().finite().min(0).max(1000), color: hexColour });
export type ExportNodeView = z.infer<typeof ExportNodeView>;

export const ExportRequest = z.object({
  /** The nodes on the canvas (after filters and hiding). */
  nodeIds: z.array(z.string().min(1).max(300)).min(1).max(20_000),
  /**
   * The relationships on the canvas; without it every stored relationship between two of the
   * nodes is exported (the induced subgraph).
   */
  edgeIds: z.array(z.string().min(1).max(300)).max(100_000).optional(),
  /** Also the stored relationships parallel to an exported one (same two nodes) that the canvas does not show. */
  parallel: z.boolean().default(false),
  /** CSV for R and pandas: no byte-order mark and no formula guard (cells exactly as stored). */
  plain: z.boolean().default(false),
  format: z.enum(["json", "csv-nodes", "csv-edges", "graphml", "gexf"]),
  /** Node id → how the canvas draws it, for GEXF; nodes missing here get no viz attributes. */
  view: z.record(z.string(), ExportNodeView).optional(),
});
export type ExportRequest = z.input<typeof ExportRequest>;

const sceneText = z.string().max(300);
const point = z.object({ x: coordinate, y: coordinate });

/** A shape as the canvas draws it (client/graph/style.ts): polygon corners in [-1, 1]². */
export const SceneShape = z.object({
  color: hexColour,
  shape: z.enum(["ellipse", "round-rectangle", "polygon"]),
  points: z.array(z.number().min(-1).max(1)).max(64).optional(),
});
export type SceneShape = z.infer<typeof SceneShape>;

/**
 * A view to draw, in image pixels: what the canvas shows, placed by the client, drawn by the
 * server (server/render) as SVG, SVG with the text as paths, or PDF.
 */
export const Scene = z.object({
  width: z.number().min(1).max(20_000),
  height: z.number().min(1).max(20_000),
  /** Model units to pixels, to scale strokes and fonts as the canvas does. */
  zoom: z.number().positive().max(10),
  title: sceneText,
  /** The date and whatever else goes under the title. */
  subtitle: sceneText.optional(),
  transparent: z.boolean().default(false),
  nodes: z
    .array(
      z.object({
        x: coordinate,
        y: coordinate,
        size: z.number().min(0).max(1000),
        style: SceneShape,
        text: sceneText,
        selected: z.boolean().optional(),
        path: z.boolean().optional(),
      }),
    )
    .max(20_000),
  edges: z
    .array(
      z.object({
        from: point,
        to: point,
        control: point.optional(),
        text: sceneText.optional(),
        dashed: z.boolean().optional(),
        path: z.boolean().optional(),
      }),
    )
    .max(100_000),
  /** The node labels and relationship types present, with their names in the user's language. */
  legend: z.object({
    nodes: z.array(z.object({ name: sceneText, style: SceneShape })).max(50),
    relations: z.array(z.object({ name: sceneText, dashed: z.boolean().optional() })).max(50),
  }),
  /** The documents the visible edges come from; the server looks up their title, issuer, 文号 and date. */
  docIds: z.array(z.string().min(1).max(200)).max(5_000),
  /** The heading of the source footnote, in the user's language. */
  sourcesHeading: sceneText.default("Sources"),
});
export type Scene = z.infer<typeof Scene>;

export const ImageExportRequest = z.object({
  /** svg: text as text (editable); svg-portable: text drawn as outlines of an embedded font; pdf: vector, fonts embedded. */
  format: z.enum(["svg", "svg-portable", "pdf"]),
  /** The PDF's page: A4 landscape, or a 16:9 slide. */
  page: z.enum(["a4", "16:9"]).default("a4"),
  scene: Scene,
});
export type ImageExportRequest = z.input<typeof ImageExportRequest>;

// --- health -------------------------------------------------------------------------------
export const Health = z.object({
  status: z.literal("ok"),
  neo4j: z.object({ version: z.string(), edition: z.string(), embedded: z.boolean(), database: z.string() }),
  counts: z.object({ nodes: z.number().int(), relationships: z.number().int(), documents: z.number().int() }),
  /** The answer cache since start (server/api/cache.ts): answers replayed, answers asked of Neo4j, what it keeps now. */
  cache: z.object({ hits: z.number().int(), misses: z.number().int(), entries: z.number().int(), bytes: z.number().int() }),
});
export type Health = z.infer<typeof Health>;

export const ApiError = z.object({ error: z.object({ code: z.string(), message: z.string(), details: z.unknown().optional() }) });
