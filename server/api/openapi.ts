/**
 * GET /api/openapi.json (OpenAPI 3.1, generated from the zod schemas in schema/api.ts, so it
 * cannot drift from what the routes validate) and GET /api/docs (the same, as a page).
 */
import { Router } from "express";
import { z } from "zod";
import { ANALYSIS_ENDPOINTS } from "../analysis/index.js";
import * as api from "../schema/api.js";

export interface Endpoint {
  method: "get" | "post";
  path: string;
  summary: string;
  params?: z.ZodObject;
  query?: z.ZodObject;
  body?: z.ZodType;
  response: z.ZodType | { file: string[] };
}

const IdParam = z.object({ id: z.string().min(1).max(300).describe("the entity's id, e.g. industry:新材料") });
const DocIdParam = z.object({ id: z.string().min(1).max(300).describe("the document's id") });

/** Every endpoint, in the order the docs page lists them. */
export const ENDPOINTS: Endpoint[] = [
  { method: "get", path: "/api/health", summary: "Neo4j's version and the graph's size; 503 when Neo4j is unreachable", response: api.Health },
  { method: "get", path: "/api/search", summary: "Entities by id, name, alias, pinyin or initials (乐山 / leshan / ls), exact matches first", query: api.SearchQuery, response: api.SearchResult },
  { method: "get", path: "/api/search/sentences", summary: "Sentences of the documents' text containing q (simplified, traditional or a variant character), with document, place and offsets", query: api.SentenceQuery, response: api.SentenceResult },
  { method: "get", path: "/api/entities/{id}", summary: "One entity, its degree by relationship type and the sentences that state its edges", params: IdParam, response: api.EntityDetail },
  { method: "get", path: "/api/neighbourhood", summary: "The graph around some entities (ids=a&ids=b), one or two steps out, best neighbours first", query: api.NeighbourhoodQuery, response: api.GraphResult },
  { method: "post", path: "/api/neighbourhood", summary: "The same with the ids in a JSON body, for long lists", body: api.NeighbourhoodRequest, response: api.GraphResult },
  { method: "get", path: "/api/relationships/{id}", summary: "One relationship with every property, the sentence that states it (quote) included", params: api.RelationshipParams, response: api.GraphEdge },
  { method: "get", path: "/api/paths", summary: "How two entities are connected: every shortest path, or simple paths up to maxLength", query: api.PathsQuery, response: api.PathsResult },
  { method: "get", path: "/api/documents", summary: "Documents, newest first, by year and region", query: api.DocumentListQuery, response: api.DocumentList },
  { method: "get", path: "/api/documents/{id}", summary: "One document: metadata, text, outline and the spans to highlight", params: DocIdParam, response: api.DocumentDetail },
  { method: "get", path: "/api/disagreements", summary: "Where a document's text and its metadata sidecar row disagree, and which value was kept", response: api.DisagreementList },
  { method: "get", path: "/api/stats", summary: "Counts by label and type, documents by year and region, best-connected entities", response: api.Stats },
  { method: "post", path: "/api/cypher", summary: "Read-only Cypher console (10 s, 30 queries a minute, one at a time per client)", body: api.CypherRequest, response: api.CypherResult },
  { method: "post", path: "/api/export", summary: "The nodes and edges on the canvas (or the subgraph induced by nodeIds) as a file", body: api.ExportRequest, response: { file: ["application/json", "text/csv", "application/graphml+xml", "application/gexf+xml"] } },
  { method: "post", path: "/api/export/image", summary: "A view drawn as SVG, portable SVG (text as outlines) or vector PDF, with its legend and source footnote", body: api.ImageExportRequest, response: { file: ["image/svg+xml", "application/pdf"] } },
  ...ANALYSIS_ENDPOINTS,
];

const schemaOf = (s: z.ZodType, io: "input" | "output") => {
  const { $schema: _, ...rest } = z.toJSONSchema(s, { io, unrepresentable: "any", override: tupleAsArray }) as Record<string, unknown>;
  return rest;
};

/**
 * A tuple (a GeoJSON position [lng, lat]) as an array of its item schema with a fixed length:
 * zod writes it as `prefixItems` with `items: false`, which tools reading the document with
 * OpenAPI 3.0 / draft-04 rules (schemathesis among them) refuse as an invalid schema.
 */
function tupleAsArray(ctx: { zodSchema: z.core.$ZodTypes; jsonSchema: z.core.JSONSchema.BaseSchema }) {
  const json = ctx.jsonSchema;
  if (ctx.zodSchema._zod.def.type !== "tuple" || !Array.isArray(json.prefixItems)) return;
  const items = json.prefixItems as z.core.JSONSchema.BaseSchema[];
  const distinct = [...new Map(items.map((i) => [JSON.stringify(i), i])).values()];
  delete json.prefixItems;
  json.items = distinct.length === 1 ? distinct[0]! : { anyOf: distinct };
}

export function openApiDocument() {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const e of ENDPOINTS) {
    const parameters = [
      ...parameterList(e.params, "path"),
      ...parameterList(e.query, "query"),
    ];
    const ok =
      "file" in e.response
        ? { description: "a file (Content-Disposition: attachment)", content: Object.fromEntries(e.response.file.map((t) => [t, { schema: { type: "string" } }])) }
        : { description: "OK", content: { "application/json": { schema: schemaOf(e.response, "output") } } };
    (paths[e.path] ??= {})[e.method] = {
      summary: e.summary,
      ...(parameters.length ? { parameters } : {}),
      ...(e.body ? { requestBody: { required: true, content: { "application/json": { schema: schemaOf(e.body, "input") } } } } : {}),
      responses: {
        "200": ok,
        "4XX": { description: "the request was wrong: {error: {code, message, details}}", content: { "application/json": { schema: schemaOf(api.ApiError, "output") } } },
        "503": { description: "Neo4j is unreachable", content: { "application/json": { schema: schemaOf(api.ApiError, "output") } } },
      },
    };
  }
  return {
    openapi: "3.1.0",
    info: { title: "Policy graph API", version: "1", description: "Chinese local innovation-policy documents as a knowledge graph. Lists in query strings are comma-separated (labels=Fund,Industry)." },
    paths,
  };
}

function parameterList(schema: z.ZodObject | undefined, where: "path" | "query") {
  if (!schema) return [];
  const json = schemaOf(schema, "input") as { properties: Record<string, { description?: string }>; required?: string[] };
  return Object.entries(json.properties).map(([name, s]) => ({
    name,
    in: where,
    required: where === "path" || (json.required ?? []).includes(name),
    ...(s.description ? { description: s.description } : {}),
    schema: s,
  }));
}

export function openApiRoutes(): Router {
  const router = Router();
  const document = openApiDocument();
  const page = docsPage(document);
  router.get("/openapi.json", (_req, res) => void res.json(document));
  router.get("/docs", (_req, res) => void res.type("html").send(page));
  return router;
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

/** The OpenAPI document as one self-contained page: no script, no CDN. */
function docsPage(doc: ReturnType<typeof openApiDocument>): string {
  const sections = Object.entries(doc.paths).flatMap(([path, ops]) =>
    Object.entries(ops).map(([method, op]) => {
      const o = op as { summary: string; parameters?: { name: string; in: string; required: boolean; schema: unknown }[]; requestBody?: { content: Record<string, { schema: unknown }> }; responses: Record<string, { content?: Record<string, { schema: unknown }> }> };
      const params = o.parameters?.length
        ? `<table><tr><th>name</th><th>in</th><th>required</th><th>schema</th></tr>${o.parameters
            .map((p) => `<tr><td><code>${escapeHtml(p.name)}</code></td><td>${p.in}</td><td>${p.required ? "yes" : ""}</td><td><code>${escapeHtml(JSON.stringify(p.schema))}</code></td></tr>`)
            .join("")}</table>`
        : "";
      const body = o.requestBody ? `<h4>Request body</h4><pre>${escapeHtml(JSON.stringify(o.requestBody.content["application/json"]!.schema, null, 2))}</pre>` : "";
      const response = Object.entries(o.responses["200"]!.content ?? {})
        .map(([type, c]) => `<h4>Response 200 (${escapeHtml(type)})</h4><pre>${escapeHtml(JSON.stringify(c.schema, null, 2))}</pre>`)
        .join("");
      const id = `${method}-${path}`.replace(/[^a-z0-9]+/gi, "-");
      return { id, toc: `<li><a href="#${id}"><b>${method.toUpperCase()}</b> ${escapeHtml(path)}</a></li>`, html: `<section id="${id}"><h2><span class="m">${method.toUpperCase()}</span> ${escapeHtml(path)}</h2><p>${escapeHtml(o.summary)}</p>${params}${body}<details><summary>response schema</summary>${response}</details></section>` };
    }),
  );
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(doc.info.title)}</title>
<style>body{font:15px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem}pre{background:#f5f5f5;padding:.75rem;overflow:auto;font-size:12px}table{border-collapse:collapse}td,th{border:1px solid #ddd;padding:.25rem .5rem;text-align:left;vertical-align:top}td code{font-size:12px}.m{background:#333;color:#fff;padding:0 .4rem;border-radius:3px;font-size:13px}section{border-top:1px solid #ddd;margin-top:1.5rem}</style>
</head><body><h1>${escapeHtml(doc.info.title)}</h1><p>${escapeHtml(doc.info.description)} Machine-readable: <a href="/api/openapi.json">/api/openapi.json</a>. Errors are <code>{"error": {"code", "message", "details"}}</code>.</p>
<ul>${sections.map((s) => s.toc).join("")}</ul>${sections.map((s) => s.html).join("\n")}</body></html>`;
}
