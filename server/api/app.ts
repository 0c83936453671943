/** The Express application: the JSON API under /api and the built explorer at /. */
import fs from "node:fs";
import path from "node:path";
import express from "express";
import helmet from "helmet";
import { PROJECT_ROOT } from "../config.js";
import type { Store } from "../store/connect.js";
import { errorHandler, HttpError } from "./errors.js";
import { healthRoutes } from "./health.js";

export function createApp(store: Store): express.Express {
  const app = express();
  app.disable("x-powered-by");
  app.use(helmet({ contentSecurityPolicy: { directives: { "img-src": ["'self'", "data:", "blob:"] } } }));
  app.use(express.json({ limit: "256kb" }));

  const api = express.Router();
  api.use(healthRoutes(store));
  api.use((req, _res, next) => next(new HttpError(404, "NOT_FOUND", `no API endpoint ${req.method} ${req.path}`)));
  app.use("/api", api);

  const client = path.join(PROJECT_ROOT, "dist", "client");
  if (fs.existsSync(client)) {
    app.use(express.static(client, { index: "index.html", maxAge: "1h" }));
    app.get(/^\/(?!api\/).*/, (_req, res) => res.sendFile(path.join(client, "index.html")));
  }
  app.use(errorHandler);
  return app;
}
