/**
 * What a reviewer reads (schema/review.ts, store/review.ts), open like the rest of the API:
 *   GET /api/review/queue                       unreviewed edges, most worth a look first
 *   GET /api/review/counts                      accepted / rejected / corrected / added per label
 *   GET /api/review/documents/:id/report        one document's extraction, by label, with confidence
 *   GET /api/review/annotations                 the documents corrections name
 *   GET /api/review/annotations/:id             one of them as a gold annotation file (../shared/gold)
 */
import path from "node:path";
import { Router } from "express";
import { z } from "zod";
import { ReviewQueueQuery, type ReviewCounts } from "../schema/review.js";
import type { Store } from "../store/connect.js";
import { documentAnnotation, extractionReport, reviewCounts, reviewedDocuments, reviewQueue } from "../store/review.js";
import { HttpError } from "./errors.js";

const DocParams = z.object({ id: z.string().min(1).max(300) });
/** The explorer's LOW_CONFIDENCE (client/views/review/confidence.ts): below it an edge is worth a second look. */
const ReportQuery = z.object({ low: z.coerce.number().min(0).max(1).default(0.7) });

const noDocument = (id: string) => new HttpError(404, "DOCUMENT_NOT_FOUND", `no document has the id "${id}"; list them with GET /api/documents`);

export function reviewRoutes(store: Store): Router {
  const router = Router();
  router.get("/review/queue", async (req, res) => {
    res.json(await reviewQueue(store, ReviewQueueQuery.parse(req.query)));
  });
  router.get("/review/counts", async (_req, res) => {
    res.json({ items: await reviewCounts(store) } satisfies ReviewCounts);
  });
  router.get("/review/documents/:id/report", async (req, res) => {
    const { id } = DocParams.parse(req.params);
    const report = await extractionReport(store, id, ReportQuery.parse(req.query).low);
    if (!report) throw noDocument(id);
    res.json(report);
  });
  router.get("/review/annotations", async (_req, res) => {
    res.json(await reviewedDocuments(store));
  });
  router.get("/review/annotations/:id", async (req, res) => {
    const { id } = DocParams.parse(req.params);
    const annotation = await documentAnnotation(store, id);
    if (!annotation) throw noDocument(id);
    res.attachment(`${path.basename(annotation.doc ?? id, ".txt")}.json`).json(annotation);
  });
  return router;
}
