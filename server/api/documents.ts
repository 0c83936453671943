/**
 * GET /api/documents (a filtered page of documents) and GET /api/documents/:id (one document
 * with its text, outline and everything to highlight in it).
 */
import { Router } from "express";
import { z } from "zod";
import { DocumentListQuery, type DisagreementList, type DocumentDetail, type DocumentList, type DocumentSummary, type Span } from "../schema/api.js";
import { Disagreement } from "../schema/graph.js";
import type { Store } from "../store/connect.js";
import { ownLabel } from "./elements.js";
import { HttpError } from "./errors.js";
import { filterParams } from "./filters.js";
import { int, readQuery } from "./read.js";

const DocumentParams = z.object({ id: z.string().min(1).max(300) });

/** Where an edge or a mention sits in the text, in whichever form the loader stored it. */
export interface Offsets {
  /** Flattened [start, end, start, end, …] pairs (MENTIONS). */
  spans?: number[] | null;
  /** Every sentence that states the edge, when there are several. */
  starts?: number[] | null;
  ends?: number[] | null;
  start?: number | null;
  end?: number | null;
}

type MentionRow = Offsets & { ref: string; labels: string[]; name: string };
type RelationRow = Offsets & { ref: string; type: string; name: string };
type OutlineRow = { id: string; path: string; title: string; start: number; end: number };

export function documentRoutes(store: Store): Router {
  const router = Router();
  router.get("/documents", async (req, res) => {
    const query = DocumentListQuery.parse(req.query);
    const { regionPrefixes, yearFrom, yearTo } = filterParams(query);
    const [record] = await readQuery(store, "documents", { regionPrefixes, yearFrom, yearTo, offset: int(query.offset), limit: int(query.limit) });
    res.json({ items: (record!.get("items") as StoredSummary[]).map(summary), total: record!.get("total") } satisfies DocumentList);
  });

  router.get("/disagreements", async (_req, res) => {
    const records = await readQuery(store, "disagreements", {});
    const items = records.flatMap((r) =>
      parseDisagreements(r.get("disagreements") as string).map((d) => ({ docId: r.get("id") as string, title: r.get("title") as string, ...d })),
    );
    res.json({ items, documents: records.length } satisfies DisagreementList);
  });

  router.get("/documents/:id", async (req, res) => {
    const { id } = DocumentParams.parse(req.params);
    const [record] = await readQuery(store, "document", { id });
    if (!record) throw new HttpError(404, "DOCUMENT_NOT_FOUND", `no document has the id "${id}"; list them with GET /api/documents`);
    const document = record.get("document") as StoredSummary & { warnings: string[] | null };
    const outline = (record.get("outline") as OutlineRow[]).map((m) => ({ ...m, depth: m.path.split(".").length }));
    const spans = [
      ...(record.get("mentions") as MentionRow[]).flatMap((m) =>
        offsetPairs(m).map(([start, end]) => ({ start, end, kind: "entity" as const, tag: ownLabel(m.labels) ?? "Entity", ref: m.ref, name: m.name })),
      ),
      ...(record.get("relations") as RelationRow[]).flatMap((r) =>
        offsetPairs(r).map(([start, end]) => ({ start, end, kind: "relation" as const, tag: r.type, ref: r.ref, name: r.name })),
      ),
      ...outline.map((m) => ({ start: m.start, end: m.end, kind: "measure" as const, tag: "Measure", ref: m.id, name: m.title })),
    ];
    res.json({
      document: { ...summary(document), warnings: document.warnings ?? [] },
      text: record.get("text") ?? "",
      outline,
      spans: sortedUnique(spans),
    } satisfies DocumentDetail);
  });
  return router;
}

/** A Document as the queries project it: sidecar columns as pairs, disagreements as JSON. */
type StoredSummary = Omit<DocumentSummary, "extra" | "disagreements" | "issuers"> & {
  issuers: string[] | null;
  extra: [string, string][];
  disagreements: string | null;
};

function summary({ extra, disagreements, ...d }: StoredSummary): DocumentSummary {
  return { ...d, issuers: d.issuers ?? [], extra: Object.fromEntries(extra), disagreements: parseDisagreements(disagreements) };
}

const parseDisagreements = (json: string | null) => (json ? z.array(Disagreement).parse(JSON.parse(json)) : []);

/**
 * The [start, end] pairs of an edge or mention: the flattened spans if present, else every
 * stating sentence, else the one start/end.
 *
 * @example offsetPairs({ spans: [0, 3, 10, 13] }) → [[0, 3], [10, 13]]
 */
export function offsetPairs(o: Offsets): [number, number][] {
  if (o.spans?.length) {
    const pairs: [number, number][] = [];
    for (let i = 0; i + 1 < o.spans.length; i += 2) pairs.push([o.spans[i]!, o.spans[i + 1]!]);
    return pairs;
  }
  if (o.starts?.length && o.ends?.length === o.starts.length) return o.starts.map((s, i) => [s, o.ends![i]!]);
  if (typeof o.start === "number" && typeof o.end === "number") return [[o.start, o.end]];
  return [];
}

/** In text order; a mention found from both the document and its measure is one span. */
function sortedUnique(spans: Span[]): Span[] {
  const seen = new Set<string>();
  return spans
    .filter((s) => {
      const key = `${s.kind}\u0000${s.ref}\u0000${s.start}\u0000${s.end}`;
      return !seen.has(key) && (seen.add(key), true);
    })
    .sort((a, b) => a.start - b.start || b.end - a.end);
}
