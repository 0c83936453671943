/**
 * The review endpoints (server/api/corrections.ts, server/api/review.ts). Writing sends the
 * review token the user gave once (session.ts); reading is open.
 */
import type { CorrectionList, CorrectionRequest, CorrectionWithStatus, ExtractionReport, ReviewCounts, ReviewedDocuments, ReviewQueue } from "../../../server/schema/review.js";
import type { z } from "zod";
import { request, type QueryParams } from "../../api.js";

const query = (params: QueryParams) => new URLSearchParams(Object.entries(params).flatMap(([k, v]) => (v === undefined ? [] : [[k, String(v)]]))).toString();

export const reviewApi = {
  correct: (body: z.input<typeof CorrectionRequest>, token: string) => request<CorrectionWithStatus>("/corrections", { json: body, headers: { authorization: `Bearer ${token}` } }),
  corrections: () => request<CorrectionList>("/corrections"),
  queue: (params: { limit?: number; type?: string; docId?: string } = {}) => request<ReviewQueue>(`/review/queue?${query(params)}`),
  counts: () => request<ReviewCounts>("/review/counts"),
  report: (docId: string) => request<ExtractionReport>(`/review/documents/${encodeURIComponent(docId)}/report`),
  reviewed: () => request<ReviewedDocuments>("/review/annotations"),
  /** Where a reviewed document's gold annotation downloads from, for an <a download>. */
  annotationUrl: (docId: string) => `/api/review/annotations/${encodeURIComponent(docId)}`,
};
