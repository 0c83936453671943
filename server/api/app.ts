/** The Express application: the JSON API under /api and the built explorer at /. */
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import express from "express";
import helmet from "helmet";
import { PROJECT_ROOT } from "../config.js";
import type { Store } from "../store/connect.js";
import { analysisRoutes } from "../analysis/index.js";
import { DEFAULT_CACHE, responseCache, type CacheOptions, type ResponseCache } from "./cache.js";
import { clientErrorResponder, errorHandler, HttpError, methodGuard, storeGuard } from "./errors.js";
import { hostGuard } from "./hosts.js";
import { correctionRoutes } from "./corrections.js";
import { cypherRoutes, type CypherOptions } from "./cypher.js";
import { documentRoutes } from "./documents.js";
import { entityRoutes } from "./entities.js";
import { exportRoutes } from "./export.js";
import { healthRoutes } from "./health.js";
import { refuseDeepJson } from "./json-depth.js";
import { neighbourhoodRoutes } from "./neighbourhood.js";
import { openApiRoutes } from "./openapi.js";
import { pathRoutes } from "./paths.js";
import { reviewRoutes } from "./review.js";
import { relationshipRoutes } from "./relationships.js";
import { searchRoutes } from "./search.js";
import { statsRoutes } from "./stats.js";

export interface AppOptions {
  cypher?: Partial<CypherOptions>;
  cache?: Partial<CacheOptions>;
  /** What writing corrections needs (Authorization: Bearer …); unset, every write is refused. */
  reviewToken?: string;
}

/** The answer cache of an app made by createApp. */
function appCache(app: express.Express): ResponseCache {
  return app.locals.cache as ResponseCache;
}

/**
 * The HTTP server of an app made by createApp: a foreign Host is refused first (./hosts.ts), then
 * kept GET answers are replayed in front of Express. `hosts` are names served besides loopback.
 */
export function apiServer(app: express.Express, hosts: readonly string[] = []): http.Server {
  const refused = hostGuard(hosts);
  const front = appCache(app).front(app);
  const server = http.createServer((req, res) => {
    if (!refused(req, res)) front(req, res);
  });
  server.on("clientError", clientErrorResponder);
  return server;
}

export function createApp(store: Store, options: AppOptions = {}): express.Express {
  const app = express();
  app.disable("x-powered-by");
  app.use(helmet({ contentSecurityPolicy: { directives: { "img-src": ["'self'", "data:", "blob:"] } } }));
  app.use(methodGuard);
  // A view to export lists every element on the canvas: a 5,000-element view is a few MB.
  app.use("/api/export", express.json({ limit: "16mb", verify: refuseDeepJson }));
  // A corrections file holds up to 100,000 of them (schema/review.ts CorrectionsFile).
  app.use("/api/corrections/import", express.json({ limit: "64mb", verify: refuseDeepJson }));
  app.use(express.json({ limit: "256kb", verify: refuseDeepJson }));

  const api = express.Router();
  const cache = responseCache({ ...DEFAULT_CACHE, ...options.cache });
  app.locals.cache = cache;
  api.use(openApiRoutes());
  // Everything below asks Neo4j: while it is down, 503 now rather than after the driver's retries.
  api.use(storeGuard(store));
  // Never from the cache: the health check, the console's own queries, exports and static pages.
  api.use(healthRoutes(store, cache.stats));
  api.use(cypherRoutes(store, options.cypher));
  api.use(exportRoutes(store));
  api.use(correctionRoutes(store, options.reviewToken ?? null));
  api.use(cache.middleware);
  api.use(searchRoutes(store));
  api.use(entityRoutes(store));
  api.use(neighbourhoodRoutes(store));
  api.use(relationshipRoutes(store));
  api.use(pathRoutes(store));
  api.use(documentRoutes(store));
  api.use(statsRoutes(store));
  api.use(reviewRoutes(store));
  api.use(analysisRoutes(store));
  api.use((req, _res, next) => next(new HttpError(404, "NOT_FOUND", `no API endpoint ${req.method} ${req.path}`)));
  app.use("/api", api);

  const client = path.join(PROJECT_ROOT, "dist", "client");
  if (fs.existsSync(client)) {
    app.use(express.static(client, { index: "index.html", maxAge: "1h" }));
    app.get(/^\/(?!api\/).*/, (_req, res) => res.sendFile(path.join(client, "index.html")));
  }
  app.use(errorHandler(store));
  return app;
}
