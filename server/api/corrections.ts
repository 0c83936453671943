/**
 * Reviewers' corrections (schema/review.ts, store/corrections.ts):
 *   GET  /api/corrections          every correction, with whether it holds (applied, orphaned, unresolved)
 *   POST /api/corrections          make one (token), answered 201 with the stored record, or 200
 *                                  with the one stored before when the same request was sent already
 *   GET  /api/corrections/export   the file of all of them
 *   POST /api/corrections/import   store a file's (token); ones already stored are left alone
 * Reading is open like the rest of the API; writing needs the review token `npm start` prints.
 */
import { createHash, timingSafeEqual } from "node:crypto";
import { Router, type RequestHandler } from "express";
import { CORRECTIONS_FORMAT, CorrectionRequest, CorrectionsFile, type CorrectionList, type CorrectionsFile as File, type ImportResult } from "../schema/review.js";
import type { Store } from "../store/connect.js";
import { addCorrections, CorrectionRefused, listCorrections, newCorrection } from "../store/corrections.js";
import { HttpError } from "./errors.js";

const digest = (s: string) => createHash("sha256").update(s).digest();

/** Refuses a request without `Authorization: Bearer <token>` (compared in constant time). */
export function requireReviewToken(token: string | null): RequestHandler {
  const expected = token === null ? null : digest(token);
  return (req, _res, next) => {
    if (expected === null) return next(new HttpError(401, "REVIEW_DISABLED", "this server was started without a review token; corrections cannot be written"));
    const header = req.get("authorization") ?? "";
    const given = /^Bearer\s+(\S+)$/i.exec(header)?.[1];
    if (!given) return next(new HttpError(401, "TOKEN_REQUIRED", "writing corrections needs the review token npm start prints: send it as Authorization: Bearer <token>", undefined, { "WWW-Authenticate": 'Bearer realm="corrections"' }));
    if (!timingSafeEqual(digest(given), expected)) return next(new HttpError(401, "TOKEN_INVALID", "the review token is wrong; use the one npm start printed (or REVIEW_TOKEN)", undefined, { "WWW-Authenticate": 'Bearer realm="corrections", error="invalid_token"' }));
    next();
  };
}

const REFUSED_STATUS: Record<CorrectionRefused["code"], number> = { EVIDENCE_NOT_IN_TEXT: 400, UNKNOWN_ENTITY: 404, UNKNOWN_EDGE: 404, NOTHING_TO_CHANGE: 400 };

export function correctionRoutes(store: Store, token: string | null): Router {
  const router = Router();
  const writer = requireReviewToken(token);

  router.get("/corrections", async (_req, res) => {
    const items = await listCorrections(store);
    res.json({ items, orphaned: items.filter((c) => c.status === "orphaned").length } satisfies CorrectionList);
  });

  router.post("/corrections", writer, async (req, res) => {
    const correction = newCorrection(CorrectionRequest.parse(req.body));
    try {
      const { created, storedAs, statuses } = await addCorrections(store, [correction], true);
      const id = created.includes(correction.id) ? correction.id : storedAs.get(correction.id)!.id;
      res.status(created.includes(correction.id) ? 201 : 200).json(statuses.get(id));
    } catch (err) {
      if (err instanceof CorrectionRefused) throw new HttpError(REFUSED_STATUS[err.code], err.code, err.message);
      throw err;
    }
  });

  router.get("/corrections/export", async (_req, res) => {
    const corrections = (await listCorrections(store)).map(({ status: _s, reason: _r, ...c }) => c);
    const file: File = { format: CORRECTIONS_FORMAT, version: 1, exportedAt: new Date().toISOString(), corrections };
    res.attachment("corrections.json").json(file);
  });

  router.post("/corrections/import", writer, async (req, res) => {
    const file = CorrectionsFile.parse(req.body);
    const { created, storedAs, statuses } = await addCorrections(store, file.corrections, false);
    const orphaned = created.filter((id) => statuses.get(id)?.status === "orphaned").length;
    res.json({ imported: created.length, alreadyStored: storedAs.size, orphaned } satisfies ImportResult);
  });
  return router;
}
