/**
 * GET /api/analysis/<name> for every diffusion analysis: validate the query with the
 * analysis's schema, run it, answer JSON or (format=csv) its table as a CSV file.
 */
import { Router } from "express";
import { tableCsv } from "../api/csv.js";
import type { Endpoint } from "../api/openapi.js";
import type { Store } from "../store/connect.js";
import { adoption } from "./adoption.js";
import type { Analysis } from "./analysis.js";
import { cascades } from "./cascades.js";
import { centrality } from "./centrality.js";
import { citations } from "./citations.js";
import { events } from "./events.js";
import { innovativeness } from "./innovativeness.js";
import { map } from "./map.js";
import { neighbours } from "./neighbours.js";
import { network } from "./network.js";
import { panel } from "./panel.js";
import { similarity } from "./similarity.js";
import { targets } from "./targets.js";
import { timeline } from "./timeline.js";

/** Every analysis, in the order the explorer and the API docs list them. */
export const ANALYSES: Analysis[] = [timeline, adoption, map, neighbours, innovativeness, events, panel, cascades, network, citations, targets, similarity, centrality];

export function analysisRoutes(store: Store): Router {
  const router = Router();
  for (const analysis of ANALYSES) {
    router.get(`/analysis/${analysis.name}`, async (req, res) => {
      const query = analysis.query.parse(req.query) as Parameters<Analysis["run"]>[1];
      const { body, table } = await analysis.run(store, query);
      if (query.format !== "csv") return void res.json(body);
      res.type("text/csv; charset=utf-8");
      res.attachment(`${table.filename}.csv`);
      res.send(tableCsv(table.columns, table.rows));
    });
  }
  return router;
}

export const ANALYSIS_ENDPOINTS: Endpoint[] = ANALYSES.map((a) => ({
  method: "get",
  path: `/api/analysis/${a.name}`,
  summary: `${a.summary} (format=csv for the table)`,
  query: a.query,
  response: a.response,
}));
