/**
 * Typed HTTP errors and the one handler that turns any error into
 * `{error: {code, message, details}}` with the right status.
 */
import http from "node:http";
import type { Duplex } from "node:stream";
import type { ErrorRequestHandler, RequestHandler } from "express";
import { Neo4jError } from "neo4j-driver";
import { ZodError } from "zod";
import type { Store } from "../store/connect.js";
import { isUnreachable, type Outage } from "../store/outage.js";

export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = "HttpError";
  }
}

/** True when Neo4j stopped a query that ran past its transaction timeout. */
export function isTimeout(err: unknown): boolean {
  return err instanceof Neo4jError && err.code.includes("TransactionTimedOut");
}

/** The 503 of a store that is down, with a Retry-After of when it is tried again. */
export function storeUnavailable(outage: Outage): HttpError {
  const seconds = outage.retryAt === null ? 5 : Math.max(1, Math.ceil((outage.retryAt - Date.now()) / 1000));
  return new HttpError(503, "STORE_UNAVAILABLE", `the graph database is unavailable: ${outage.reason}; retry in a few seconds`, undefined, { "Retry-After": String(seconds) });
}

/** Store-backed routes answer 503 at once while the store is down, rather than after the driver's 10 s of retries. */
export function storeGuard(store: Store): RequestHandler {
  return (_req, _res, next) => {
    const outage = store.outage();
    next(outage ? storeUnavailable(outage) : undefined);
  };
}

/** The methods some route answers; any other (TRACE, PUT, DELETE …) is 405 wherever it is sent. */
const SERVED_METHODS = ["GET", "HEAD", "POST", "OPTIONS"];

export const methodGuard: RequestHandler = (req, _res, next) => {
  next(SERVED_METHODS.includes(req.method) ? undefined : new HttpError(405, "METHOD_NOT_ALLOWED", `${req.method} is not served here; use ${SERVED_METHODS.join(", ")}`, undefined, { Allow: SERVED_METHODS.join(", ") }));
};

/** body-parser's and the router's own client errors (they carry `status` and `type`), with what to fix. */
const PARSER_ERRORS: Record<string, { code: string; message: (err: { limit?: number; message: string }) => string }> = {
  "entity.parse.failed": { code: "MALFORMED_JSON", message: () => "the request body is not valid JSON" },
  "entity.too.large": { code: "TOO_LARGE", message: (err) => `the request body is larger than the limit (${err.limit} bytes)` },
  "encoding.unsupported": { code: "UNSUPPORTED_ENCODING", message: () => "the request body's Content-Encoding is not supported; send it as identity, gzip, deflate or br" },
  "charset.unsupported": { code: "UNSUPPORTED_CHARSET", message: () => "the request body's charset is not supported; send JSON as UTF-8" },
  "request.aborted": { code: "REQUEST_ABORTED", message: () => "the request body ended before its Content-Length" },
  "request.size.invalid": { code: "BAD_CONTENT_LENGTH", message: () => "the request body's length differs from its Content-Length" },
};

function clientErrorBody(err: { status: number; type?: string; limit?: number; message: string }): { code: string; message: string } {
  const known = err.type ? PARSER_ERRORS[err.type] : undefined;
  if (known) return { code: known.code, message: known.message(err) };
  // The router could not decode a path parameter (a lone surrogate such as %ED%A0%80, a stray %).
  if (err instanceof URIError) return { code: "BAD_PATH", message: "the address holds a percent-encoding that is not UTF-8; encode ids with encodeURIComponent" };
  return { code: "BAD_REQUEST", message: err.message };
}

const isClientError = (err: unknown): err is { status: number; type?: string; message: string } =>
  typeof err === "object" && err !== null && typeof (err as { status?: unknown }).status === "number" && (err as { status: number }).status >= 400 && (err as { status: number }).status < 500;

export function errorHandler(store: Store): ErrorRequestHandler {
  return (err, _req, res, _next) => {
    let status = 500;
    let body: { code: string; message: string; details?: unknown };
    const outage = store.outage();
    if (err instanceof HttpError) {
      status = err.status;
      body = { code: err.code, message: err.message, details: err.details };
      res.set(err.headers);
    } else if (err instanceof ZodError) {
      status = 400;
      body = {
        code: "BAD_REQUEST",
        message: err.issues.map((i) => `${i.path.join(".") || "request"}: ${i.message}`).join("; "),
        details: err.issues,
      };
    } else if (isClientError(err)) {
      status = err.status;
      body = clientErrorBody(err);
    } else if (isTimeout(err)) {
      status = 408;
      body = { code: "QUERY_TIMEOUT", message: "the query ran longer than its time limit; narrow it (fewer hops, a LIMIT, filters) and retry" };
    } else if (outage || isUnreachable(err)) {
      // Whatever a query in flight died of when Neo4j went away (a closed driver, a cut socket).
      store.report(err);
      const e = storeUnavailable(store.outage() ?? { reason: "Neo4j could not be reached", since: Date.now(), retryAt: null });
      status = e.status;
      body = { code: e.code, message: e.message };
      res.set(e.headers);
    } else {
      body = { code: "INTERNAL", message: err instanceof Error ? err.message : String(err) };
    }
    res.status(status).json({ error: body });
  };
}

/**
 * Node's HTTP parser's own refusals (a malformed request line, headers over 16 KB) as the same
 * JSON error body as every other error; Node alone would send a bare status line.
 */
export function clientErrorResponder(err: NodeJS.ErrnoException, socket: Duplex): void {
  const inProgress = (socket as Duplex & { _httpMessage?: { headersSent?: boolean } })._httpMessage?.headersSent;
  if (err.code === "ECONNRESET" || !socket.writable || inProgress) {
    socket.destroy();
    return;
  }
  const [status, code, message] =
    err.code === "HPE_HEADER_OVERFLOW"
      ? [431, "HEADERS_TOO_LARGE", "the request's headers are larger than the server accepts (16 KB); send fewer or shorter headers"]
      : err.code === "ERR_HTTP_REQUEST_TIMEOUT"
        ? [408, "REQUEST_TIMEOUT", "the request was not received in time"]
        : [400, "MALFORMED_REQUEST", "the request is not valid HTTP/1.1"];
  const body = JSON.stringify({ error: { code, message } });
  socket.end(
    `HTTP/1.1 ${status} ${http.STATUS_CODES[status]}\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  );
}
