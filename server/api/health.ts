/** GET /api/health: Neo4j's version, whether it is embedded, the graph's size and the answer cache's counts; 503 STORE_UNAVAILABLE when Neo4j is down. */
import { Router } from "express";
import neo4j from "neo4j-driver";
import type { Health } from "../schema/api.js";
import type { Store } from "../store/connect.js";
import type { CacheStats } from "./cache.js";
import { cypher } from "../store/cypher.js";
import { isUnreachable } from "../store/outage.js";
import { isTimeout } from "./errors.js";

/** A health check must answer now: no retries (the driver retries managed transactions for 30 s) and a short timeout. */
const HEALTH_TIMEOUT_MS = 3_000;

export function healthRoutes(store: Store, cacheStats: () => CacheStats): Router {
  const router = Router();
  router.get("/health", async (_req, res) => {
    const session = store.driver.session({ database: store.database, defaultAccessMode: neo4j.session.READ });
    try {
      const { records } = await session.run(cypher("api/health"), {}, { timeout: HEALTH_TIMEOUT_MS });
      const r = records[0]!;
      res.json({
        status: "ok",
        neo4j: { version: r.get("version"), edition: r.get("edition"), embedded: store.embedded, database: store.database },
        counts: { nodes: r.get("nodes"), relationships: r.get("relationships"), documents: r.get("documents") },
        cache: cacheStats(),
      } satisfies Health);
    } catch (err) {
      // A Neo4j too busy (or still warming up after a restart) to count within the limit is not
      // available either; "narrow your query", the API's answer to a timeout, means nothing here.
      if (isTimeout(err)) {
        res.status(503).json({ error: { code: "STORE_UNAVAILABLE", message: `the graph database did not answer the health check within ${HEALTH_TIMEOUT_MS / 1000} s; retry shortly` } });
        return;
      }
      // The error handler answers 503 STORE_UNAVAILABLE, and the store starts probing for Neo4j.
      if (isUnreachable(err)) store.report(err);
      throw err;
    } finally {
      await session.close();
    }
  });
  return router;
}
