/**
 * POST /api/export: the nodes and edges on the canvas as Cytoscape JSON, CSV of nodes or of
 * edges (Excel-safe or plain), GraphML or GEXF, as a download. Without edgeIds, every stored
 * edge between two of the nodes (the induced subgraph).
 *
 * POST /api/export/image: a view (a Scene) drawn as SVG, SVG with its text as outlines, or
 * PDF, with a footnote of the documents its edges come from (server/render).
 */
import { Router } from "express";
import { ExportRequest, ImageExportRequest, type GraphEdge, type GraphNode } from "../schema/api.js";
import type { Store } from "../store/connect.js";
import { renderPdf } from "../render/pdf.js";
import { renderSvg, type SourceDocument } from "../render/svg.js";
import { edgesCsv, nodesCsv } from "./csv.js";
import { toGraphEdge, toGraphNode, type EdgeRow, type NodeRow } from "./elements.js";
import { HttpError } from "./errors.js";
import { gexf } from "./gexf.js";
import { graphml } from "./graphml.js";
import { readQuery } from "./read.js";

type Format = ExportRequest["format"];

const TYPES: Record<Format, string> = {
  json: "application/json; charset=utf-8",
  "csv-nodes": "text/csv; charset=utf-8",
  "csv-edges": "text/csv; charset=utf-8",
  graphml: "application/graphml+xml; charset=utf-8",
  gexf: "application/gexf+xml; charset=utf-8",
};

/** A distinct name per format and variant, so that two exports of one view never overwrite each other. */
export function exportFileName(format: Format, plain: boolean): string {
  if (format === "csv-nodes" || format === "csv-edges") return `policy-graph-${format.slice(4)}${plain ? "-plain" : ""}.csv`;
  return `policy-graph.${format}`;
}

export function exportRoutes(store: Store): Router {
  const router = Router();
  router.post("/export", async (req, res) => {
    const request = ExportRequest.parse(req.body);
    const [record] = await readQuery(store, "export", { ids: request.nodeIds });
    const nodes = (record!.get("nodes") as NodeRow[]).flatMap((n) => toGraphNode(n) ?? []);
    if (nodes.length === 0) throw new HttpError(404, "ENTITY_NOT_FOUND", "none of the nodeIds is a stored entity; nothing to export");
    const stored = (record!.get("edges") as EdgeRow[]).flatMap((e) => toGraphEdge(e) ?? []);
    const edges = request.edgeIds ? shownEdges(stored, new Set(request.edgeIds), request.parallel) : stored;
    res.attachment(exportFileName(request.format, request.plain)).type(TYPES[request.format]).send(serialise(request, nodes, edges));
  });

  router.post("/export/image", async (req, res) => {
    const { format, page, scene } = ImageExportRequest.parse(req.body);
    const rows = scene.docIds.length ? await readQuery(store, "export-sources", { ids: scene.docIds }) : [];
    const sources: SourceDocument[] = rows.map((r) => ({ title: r.get("title"), issuers: r.get("issuers"), docNumber: r.get("docNumber"), publishedOn: r.get("publishedOn") }));
    if (format === "pdf") {
      const svg = renderSvg(scene, sources, "text");
      const size = /width="([\d.]+)" height="([\d.]+)"/.exec(svg)!;
      const pdf = await renderPdf(svg, Number(size[1]), Number(size[2]), page, scene.title);
      res.attachment(page === "a4" ? "policy-graph-a4.pdf" : "policy-graph-16x9.pdf").type("application/pdf").send(pdf);
      return;
    }
    const svg = renderSvg(scene, sources, format === "svg" ? "text" : "outline");
    res.attachment(format === "svg" ? "policy-graph.svg" : "policy-graph-portable.svg").type("image/svg+xml; charset=utf-8").send(svg);
  });
  return router;
}

/**
 * The stored edges the canvas shows; with `parallel`, also those between two nodes that a
 * shown edge joins (in either direction), which a type filter or a capped answer left out.
 */
export function shownEdges(stored: GraphEdge[], shown: ReadonlySet<string>, parallel: boolean): GraphEdge[] {
  const pair = (e: GraphEdge) => [e.source, e.target].sort().join("\u0000");
  const pairs = parallel ? new Set(stored.filter((e) => shown.has(e.id)).map(pair)) : new Set<string>();
  return stored.filter((e) => shown.has(e.id) || pairs.has(pair(e)));
}

function serialise(request: ReturnType<typeof ExportRequest.parse>, nodes: GraphNode[], edges: GraphEdge[]): string {
  switch (request.format) {
    case "json":
      return JSON.stringify(cytoscapeElements(nodes, edges));
    case "csv-nodes":
      return nodesCsv(nodes, request.plain);
    case "csv-edges":
      return edgesCsv(edges, request.plain);
    case "graphml":
      return graphml(nodes, edges);
    case "gexf":
      return gexf(nodes, edges, request.view);
  }
}

/** Cytoscape.js's `elements` JSON; the model's own fields win over a property of the same name. */
export function cytoscapeElements(nodes: GraphNode[], edges: GraphEdge[]) {
  return {
    elements: {
      nodes: nodes.map((n) => ({ data: { ...n.props, id: n.id, label: n.label, name: n.name } })),
      edges: edges.map((e) => ({ data: { ...e.props, id: e.id, type: e.type, source: e.source, target: e.target } })),
    },
  };
}
