/**
 * GET /api/relationships/:id: one relationship with all its properties, the sentence that
 * states it included. Graph answers carry an edge's document and offsets but not its quote,
 * which is most of their bytes; the explorer asks here when an edge is opened.
 */
import { Router } from "express";
import { RelationshipParams, type GraphEdge } from "../schema/api.js";
import type { Store } from "../store/connect.js";
import { toGraphEdge, type EdgeRow } from "./elements.js";
import { HttpError } from "./errors.js";
import { readQuery } from "./read.js";

export function relationshipRoutes(store: Store): Router {
  const router = Router();
  router.get("/relationships/:id", async (req, res) => {
    const { id } = RelationshipParams.parse(req.params);
    const [record] = await readQuery(store, "relationship", { id });
    const edge = record && toGraphEdge(record.get("edge") as EdgeRow);
    if (!edge) {
      throw new HttpError(404, "RELATIONSHIP_NOT_FOUND", `no relationship has the id "${id}"; ids change when a document is reloaded, so expand its nodes again`);
    }
    res.json(edge satisfies GraphEdge);
  });
  return router;
}
