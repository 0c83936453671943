/**
 * Typed HTTP errors and the one handler that turns any error into
 * `{error: {code, message, details}}` with the right status.
 */
import type { ErrorRequestHandler } from "express";
import { Neo4jError } from "neo4j-driver";
import { ZodError } from "zod";

export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = "HttpError";
  }
}

const UNAVAILABLE_CODES = new Set(["ServiceUnavailable", "SessionExpired"]);

/** True when the error means Neo4j cannot be reached (rather than a bad query). */
export function isUnavailable(err: unknown): boolean {
  return err instanceof Neo4jError && UNAVAILABLE_CODES.has(err.code);
}

/** True when Neo4j stopped a query that ran past its transaction timeout. */
export function isTimeout(err: unknown): boolean {
  return err instanceof Neo4jError && err.code.includes("TransactionTimedOut");
}

export const errorHandler: ErrorRequestHandler = (err, _req, res, _next) => {
  let status = 500;
  let body: { code: string; message: string; details?: unknown };
  if (err instanceof HttpError) {
    status = err.status;
    body = { code: err.code, message: err.message, details: err.details };
  } else if (err instanceof ZodError) {
    status = 400;
    body = {
      code: "BAD_REQUEST",
      message: err.issues.map((i) => `${i.path.join(".") || "request"}: ${i.message}`).join("; "),
      details: err.issues,
    };
  } else if (err?.type === "entity.parse.failed") {
    status = 400;
    body = { code: "MALFORMED_JSON", message: "the request body is not valid JSON" };
  } else if (err?.type === "entity.too.large") {
    status = 413;
    body = { code: "TOO_LARGE", message: `the request body is larger than the limit (${err.limit} bytes)` };
  } else if (isTimeout(err)) {
    status = 408;
    body = { code: "QUERY_TIMEOUT", message: "the query ran longer than its time limit; narrow it (fewer hops, a LIMIT, filters) and retry" };
  } else if (isUnavailable(err)) {
    status = 503;
    body = { code: "NEO4J_UNAVAILABLE", message: `Neo4j is unreachable: ${err.message}` };
  } else {
    body = { code: "INTERNAL", message: err instanceof Error ? err.message : String(err) };
  }
  res.status(status).json({ error: body });
};
