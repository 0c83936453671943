/**
 * The explorer's only way to the data: one typed function per API endpoint, returning the
 * contract's types (server/schema/api.ts). Failures become ApiError with the server's code
 * and message, so views can show what went wrong instead of a stack trace.
 */
import type {
  CypherResult,
  DocumentDetail,
  DocumentList,
  EntityDetail,
  ExportRequest,
  ImageExportRequest,
  GraphFilter,
  GraphEdge,
  GraphResult,
  NeighbourhoodRequest,
  PathsQuery,
  PathsResult,
  SearchResult,
  SentenceResult,
  Stats,
} from "../server/schema/api.js";

export class ApiError extends Error {
  override name = "ApiError";
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** A call to /api<path>; views with their own endpoints (views/review/api.ts) build on it. */
export async function request<T>(path: string, init?: RequestInit & { json?: unknown }, signal?: AbortSignal): Promise<T> {
  const { json, ...rest } = init ?? {};
  let res: Response;
  try {
    res = await fetch(`/api${path}`, {
      ...rest,
      signal: signal ?? null,
      ...(json !== undefined ? { method: "POST", body: JSON.stringify(json), headers: { ...(rest.headers as Record<string, string> | undefined), "content-type": "application/json" } } : {}),
    });
  } catch (err) {
    if ((err as Error).name === "AbortError") throw err;
    throw new ApiError(0, "NETWORK", `the API at /api${path} is unreachable: ${(err as Error).message}`);
  }
  if (!res.ok) {
    const body = (await res.json().catch(() => null)) as { error?: { code?: string; message?: string } } | null;
    throw new ApiError(res.status, body?.error?.code ?? "HTTP_" + res.status, body?.error?.message ?? `${res.status} ${res.statusText} from /api${path}`);
  }
  return (await res.json()) as T;
}

const query = (params: QueryParams) => {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v === undefined || (Array.isArray(v) && v.length === 0)) continue;
    q.set(k, Array.isArray(v) ? v.join(",") : String(v));
  }
  return q.toString();
};

export type QueryParams = Record<string, string | number | undefined | string[]>;

export const api = {
  search: (q: string, opts: { labels?: string[]; limit?: number; offset?: number } = {}, signal?: AbortSignal) =>
    request<SearchResult>(`/search?${query({ q, labels: opts.labels, limit: opts.limit, offset: opts.offset })}`, undefined, signal),
  /** Sentences of the documents' text that contain `q`, with document, place and offsets. */
  searchSentences: (q: string, opts: { limit?: number; offset?: number } = {}, signal?: AbortSignal) =>
    request<SentenceResult>(`/search/sentences?${query({ q, limit: opts.limit, offset: opts.offset })}`, undefined, signal),
  entity: (id: string) => request<EntityDetail>(`/entities/${encodeURIComponent(id)}`),
  /** One id goes in the URL, so that the browser and the server's cache keep the answer; a list goes in a body. */
  neighbourhood: ({ ids, ...rest }: Partial<NeighbourhoodRequest> & { ids: string[] }) =>
    ids.length === 1 ? request<GraphResult>(`/neighbourhood?${query({ ids: ids[0], ...rest })}`) : request<GraphResult>("/neighbourhood", { json: { ids, ...rest } }),
  /** One relationship with its quote, which graph answers leave out. */
  relationship: (id: string) => request<GraphEdge>(`/relationships/${encodeURIComponent(id)}`),
  paths: ({ from, to, mode, maxLength, limit, skipDocuments, skipMentions, ...filter }: PathsQuery) =>
    request<PathsResult>(`/paths?${query({ from, to, mode, maxLength, limit, skipDocuments: String(skipDocuments), skipMentions: String(skipMentions), ...filterParams(filter) })}`),
  documents: (limit = 500) => request<DocumentList>(`/documents?${query({ limit })}`),
  document: (id: string) => request<DocumentDetail>(`/documents/${encodeURIComponent(id)}`),
  stats: () => request<Stats>("/stats"),
  /** GET /api/analysis/<name>: one diffusion analysis as JSON (types in server/schema/analysis/). */
  analysis: <T>(name: string, params: QueryParams = {}) => request<T>(`/analysis/${name}?${query(params)}`),
  /** The same analysis's table as a CSV download address, for an <a download>. */
  analysisCsvUrl: (name: string, params: QueryParams = {}) => `/api/analysis/${name}?${query({ ...params, format: "csv" })}`,
  cypher: (q: string, limit = 1000) => request<CypherResult>("/cypher", { json: { query: q, params: {}, limit } }),
  /** The export as a Blob (CSV, GraphML, GEXF or JSON), ready to download. */
  export: (body: ExportRequest) => download("/api/export", body),
  /** The view drawn by the server as SVG, portable SVG or PDF. */
  exportImage: (body: ImageExportRequest) => download("/api/export/image", body),
};

/** A POST whose answer is a file, as a Blob; an error answer as an ApiError. */
async function download(path: string, body: unknown): Promise<Blob> {
  const res = await fetch(path, { method: "POST", body: JSON.stringify(body), headers: { "content-type": "application/json" } });
  if (!res.ok) {
    const err = (await res.json().catch(() => null)) as { error?: { code?: string; message?: string } } | null;
    throw new ApiError(res.status, err?.error?.code ?? "HTTP_" + res.status, err?.error?.message ?? res.statusText);
  }
  return res.blob();
}

function filterParams(f: GraphFilter): QueryParams {
  return { labels: f.labels, types: f.types, docIds: f.docIds, regionCodes: f.regionCodes, yearFrom: f.yearFrom, yearTo: f.yearTo };
}
