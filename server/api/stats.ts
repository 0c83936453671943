/** GET /api/stats: the graph at a glance, for the explorer's overview. */
import { Router } from "express";
import { NODE_LABELS, REL_TYPES } from "../schema/graph.js";
import type { Stats } from "../schema/api.js";
import type { Store } from "../store/connect.js";
import { ownLabel } from "./elements.js";
import { int, readQuery } from "./read.js";

const TOP_ENTITIES = 20;

type TopRow = { id: string; labels: string[]; name: string; degree: number };

export function statsRoutes(store: Store): Router {
  const router = Router();
  router.get("/stats", async (_req, res) => {
    const [record] = await readQuery(store, "stats", { labels: [...NODE_LABELS], types: [...REL_TYPES], top: int(TOP_ENTITIES) });
    const topEntities = (record!.get("topEntities") as TopRow[]).flatMap(({ labels, ...e }) => {
      const label = ownLabel(labels);
      return label ? [{ ...e, label }] : [];
    });
    res.json({
      labels: Object.fromEntries(record!.get("labels") as [string, number][]),
      types: Object.fromEntries(record!.get("types") as [string, number][]),
      documentsByYear: record!.get("documentsByYear"),
      documentsByRegion: record!.get("documentsByRegion"),
      topEntities,
    } satisfies Stats);
  });
  return router;
}
