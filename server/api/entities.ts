/** GET /api/entities/:id: one entity, its degree by relationship type, and the sentences that state its edges. */
import { Router } from "express";
import { z } from "zod";
import type { EntityDetail, Evidence } from "../schema/api.js";
import type { Store } from "../store/connect.js";
import { ownLabel, toGraphNode, type NodeRow } from "./elements.js";
import { HttpError } from "./errors.js";
import { int, readQuery } from "./read.js";

/** Enough to read; a hub such as 新材料 states thousands, and the UI pages through documents instead. */
const EVIDENCE_LIMIT = 200;

const EntityParams = z.object({ id: z.string().min(1).max(300) });

type EvidenceRow = Omit<Evidence, "other"> & { other: { id: string; labels: string[]; name: string } };

export function entityRoutes(store: Store): Router {
  const router = Router();
  router.get("/entities/:id", async (req, res) => {
    const { id } = EntityParams.parse(req.params);
    const [record] = await readQuery(store, "entity", { id, evidenceLimit: int(EVIDENCE_LIMIT) });
    const node = record && toGraphNode(record.get("node") as NodeRow);
    if (!record || !node) throw new HttpError(404, "ENTITY_NOT_FOUND", `no entity has the id "${id}"; find ids with GET /api/search?q=…`);
    const evidence = (record.get("evidence") as EvidenceRow[]).flatMap(({ other, ...e }) => {
      const label = ownLabel(other.labels);
      return label ? [{ ...e, other: { id: other.id, label, name: other.name } } as Evidence] : [];
    });
    res.json({
      node,
      degreeByType: Object.fromEntries(record.get("degreeByType") as [string, number][]),
      evidence,
      evidenceTotal: record.get("evidenceTotal"),
    } satisfies EntityDetail);
  });
  return router;
}
