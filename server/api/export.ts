/**
 * POST /api/export: the subgraph induced by a set of entities (the nodes and every edge
 * between two of them) as Cytoscape JSON, CSV of nodes or of edges, or GraphML, as a download.
 */
import { Router } from "express";
import { ExportRequest, type GraphEdge, type GraphNode } from "../schema/api.js";
import type { Store } from "../store/connect.js";
import { edgesCsv, nodesCsv } from "./csv.js";
import { toGraphEdge, toGraphNode, type EdgeRow, type NodeRow } from "./elements.js";
import { HttpError } from "./errors.js";
import { graphml } from "./graphml.js";
import { readQuery } from "./read.js";

const FORMATS = {
  json: { file: "policy-graph.json", type: "application/json; charset=utf-8" },
  "csv-nodes": { file: "policy-graph-nodes.csv", type: "text/csv; charset=utf-8" },
  "csv-edges": { file: "policy-graph-edges.csv", type: "text/csv; charset=utf-8" },
  graphml: { file: "policy-graph.graphml", type: "application/graphml+xml; charset=utf-8" },
} as const;

export function exportRoutes(store: Store): Router {
  const router = Router();
  router.post("/export", async (req, res) => {
    const request = ExportRequest.parse(req.body);
    const [record] = await readQuery(store, "export", { ids: request.nodeIds });
    const nodes = (record!.get("nodes") as NodeRow[]).flatMap((n) => toGraphNode(n) ?? []);
    if (nodes.length === 0) throw new HttpError(404, "ENTITY_NOT_FOUND", "none of the nodeIds is a stored entity; nothing to export");
    const edges = (record!.get("edges") as EdgeRow[]).flatMap((e) => toGraphEdge(e) ?? []);
    const format = FORMATS[request.format];
    res.attachment(format.file).type(format.type).send(serialise(request.format, nodes, edges));
  });
  return router;
}

function serialise(format: ExportRequest["format"], nodes: GraphNode[], edges: GraphEdge[]): string {
  switch (format) {
    case "json":
      return JSON.stringify(cytoscapeElements(nodes, edges));
    case "csv-nodes":
      return nodesCsv(nodes);
    case "csv-edges":
      return edgesCsv(edges);
    case "graphml":
      return graphml(nodes, edges);
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
