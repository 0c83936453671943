/**
 * GET /api/paths: how two entities are connected, as every shortest path or as simple paths up
 * to a length, optionally not through documents or MENTIONS edges, saying when it stopped at the limit.
 */
import { Router } from "express";
import type { z } from "zod";
import { PathsQuery, type PathsResult } from "../schema/api.js";
import type { Store } from "../store/connect.js";
import type { EdgeRow, NodeRow } from "./elements.js";
import { HttpError } from "./errors.js";
import { filterParams } from "./filters.js";
import { int, readQuery } from "./read.js";
import { subgraph } from "./subgraph.js";

/** Paths are at most 6 edges and 100 of them: the element cap never cuts a path the query returned. */
const PATHS_ELEMENT_LIMIT = 100 * 13;

export function pathRoutes(store: Store): Router {
  const router = Router();
  router.get("/paths", async (req, res) => {
    res.json(await findPaths(store, PathsQuery.parse(req.query)));
  });
  return router;
}

export async function findPaths(store: Store, query: z.infer<typeof PathsQuery>): Promise<PathsResult> {
  if (query.from === query.to) throw new HttpError(400, "BAD_REQUEST", "from and to are the same entity; ask for its neighbourhood instead");
  const records = await readQuery(store, query.mode === "shortest" ? "paths-shortest" : "paths-all", {
    from: query.from,
    to: query.to,
    maxLength: int(query.maxLength),
    limit: int(query.limit + 1),
    skipDocuments: query.skipDocuments,
    skipMentions: query.skipMentions,
    ...filterParams(query),
  });
  const more = records.length > query.limit;
  if (records.length === 0) await assertEndsExist(store, query.from, query.to);

  const graph = subgraph(PATHS_ELEMENT_LIMIT);
  const paths: string[][] = [];
  for (const record of records.slice(0, query.limit)) {
    const nodes = record.get("nodes") as NodeRow[];
    const edges = record.get("edges") as EdgeRow[];
    graph.addNode(nodes[0]!);
    edges.forEach((edge, i) => graph.addEdge(edge, nodes[i + 1]!));
    paths.push(edges.map((e) => e.id));
  }
  return { ...graph.result(), paths, pathLimit: query.limit, more };
}

/** No path is an answer; an unknown end is a mistake worth naming. */
async function assertEndsExist(store: Store, from: string, to: string): Promise<void> {
  const [record] = await readQuery(store, "endpoints", { ids: [from, to] });
  const found = new Set(record!.get("found") as string[]);
  const missing = [from, to].filter((id) => !found.has(id));
  if (missing.length > 0) throw new HttpError(404, "ENTITY_NOT_FOUND", `no entity has the id ${missing.map((m) => `"${m}"`).join(" or ")}`);
}
