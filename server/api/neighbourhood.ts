/**
 * GET and POST /api/neighbourhood: the graph around some entities, one or two steps out (GET
 * for a few ids, in the URL; POST for many, in a JSON body).
 *
 * Fast on hubs by construction: cypher/api/neighbours.cypher reads a bounded number of
 * edges per node, best first, and depth 2 expands only the best EXPAND_AT_DEPTH_2 of the
 * first ring, each by at most FANOUT_AT_DEPTH_2. An industry named by 2,000 documents thus
 * costs what a leaf costs, and `capped` tells the client that there is more.
 */
import { Router } from "express";
import { NeighbourhoodQuery, NeighbourhoodRequest, type GraphResult } from "../schema/api.js";
import type { Store } from "../store/connect.js";
import type { EdgeRow, NodeRow } from "./elements.js";
import { HttpError } from "./errors.js";
import { filterParams, type FilterParams } from "./filters.js";
import { int, readQuery } from "./read.js";
import { subgraph, type Subgraph } from "./subgraph.js";

/** The second ring is for context, not completeness: a few well-connected neighbours of the best first-ring nodes. */
const EXPAND_AT_DEPTH_2 = 20;
const FANOUT_AT_DEPTH_2 = 15;

interface Ring {
  node: NodeRow;
  neighbours: { edge: EdgeRow; node: NodeRow }[];
  cut: boolean;
}

export function neighbourhoodRoutes(store: Store): Router {
  const router = Router();
  router.get("/neighbourhood", async (req, res) => {
    res.json(await neighbourhood(store, NeighbourhoodQuery.parse(req.query)));
  });
  router.post("/neighbourhood", async (req, res) => {
    res.json(await neighbourhood(store, NeighbourhoodRequest.parse(req.body)));
  });
  return router;
}

export async function neighbourhood(store: Store, request: NeighbourhoodRequest): Promise<GraphResult> {
  const filters = filterParams(request);
  // A new neighbour costs two elements (its node and its edge), so a seed never needs more than half the cap.
  const first = await rings(store, request.ids, Math.ceil(request.limit / 2), filters);
  if (first.length === 0) {
    throw new HttpError(404, "ENTITY_NOT_FOUND", `none of the ids (${request.ids.slice(0, 5).join(", ")}${request.ids.length > 5 ? ", …" : ""}) is a stored entity`);
  }
  const graph = subgraph(request.limit);
  for (const ring of first) graph.addNode(ring.node);
  addInTurn(graph, first);
  if (request.depth === 2) {
    const seeds = new Set(request.ids);
    const next = [...new Set(inTurn(first).map(({ node }) => node.id))].filter((id) => !seeds.has(id) && graph.has(id));
    if (next.length > EXPAND_AT_DEPTH_2) graph.markCut();
    if (next.length > 0) addInTurn(graph, await rings(store, next.slice(0, EXPAND_AT_DEPTH_2), FANOUT_AT_DEPTH_2, filters));
  }
  return graph.result();
}

/** The rows of neighbours.cypher grouped back into one ring per node, by their `seed` column. */
async function rings(store: Store, ids: string[], fanout: number, filters: FilterParams): Promise<Ring[]> {
  const records = await readQuery(store, "neighbours", { ids, fanout: int(fanout), ...filters });
  const own = new Map<string, { node: NodeRow; cut: boolean }>();
  const neighbours = new Map<string, Ring["neighbours"]>();
  for (const record of records) {
    const seed = record.get("seed") as string;
    const node: NodeRow = { id: record.get("id"), labels: record.get("labels"), props: record.get("props"), degree: record.get("degree") };
    const edgeId = record.get("edgeId") as string | null;
    if (edgeId === null) {
      own.set(seed, { node, cut: record.get("cut") });
      continue;
    }
    const edge: EdgeRow = { id: edgeId, type: record.get("type"), source: record.get("source"), target: record.get("target"), props: record.get("edgeProps") };
    const list = neighbours.get(seed) ?? [];
    list.push({ edge, node });
    neighbours.set(seed, list);
  }
  return [...own].map(([seed, { node, cut }]) => ({ node, cut, neighbours: neighbours.get(seed) ?? [] }));
}

/** Adds every ring's neighbours, taking the best of each ring in turn so that no seed starves the others under the cap. */
function addInTurn(graph: Subgraph, from: Ring[]): void {
  for (const ring of from) if (ring.cut) graph.markCut();
  for (const { edge, node } of inTurn(from)) graph.addEdge(edge, node);
}

function inTurn(from: Ring[]): Ring["neighbours"] {
  const out: Ring["neighbours"] = [];
  const longest = Math.max(0, ...from.map((r) => r.neighbours.length));
  for (let i = 0; i < longest; i++) {
    for (const ring of from) {
      const hit = ring.neighbours[i];
      if (hit) out.push(hit);
    }
  }
  return out;
}
