/** GET /api/health: Neo4j's version, whether it is embedded, and the graph's size; 503 when unreachable. */
import { Router } from "express";
import type { Store } from "../store/connect.js";
import { cypher } from "../store/cypher.js";
import { isUnavailable } from "./errors.js";

export function healthRoutes(store: Store): Router {
  const router = Router();
  router.get("/health", async (_req, res, next) => {
    try {
      const { records } = await store.driver.executeQuery(cypher("api/health"), {}, { database: store.database, routing: "READ" });
      const r = records[0]!;
      res.json({
        status: "ok",
        neo4j: { version: r.get("version"), edition: r.get("edition"), embedded: store.embedded, database: store.database },
        counts: { nodes: r.get("nodes"), relationships: r.get("relationships"), documents: r.get("documents") },
      });
    } catch (err) {
      if (!isUnavailable(err)) return next(err);
      res.status(503).json({ error: { code: "NEO4J_UNAVAILABLE", message: `Neo4j at ${store.uri} is unreachable: ${(err as Error).message}` } });
    }
  });
  return router;
}
