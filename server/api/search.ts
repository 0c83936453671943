/** GET /api/search: entities by id, name, alias, pinyin or initials (乐山 / leshan / ls). */
import { Router } from "express";
import type { z } from "zod";
import { SearchQuery, type SearchHit, type SearchResult } from "../schema/api.js";
import type { Store } from "../store/connect.js";
import { ownLabel } from "./elements.js";
import { int, readQuery } from "./read.js";
import { luceneQuery } from "./lucene.js";

/**
 * How many of the best full-text hits are re-ranked by exactness and degree; `total` still
 * counts them all. An exact name is always among Lucene's best, and reading the degree of
 * every hit of a common word (2,000 documents named 新材料) would cost more than the search.
 */
const RANKED_WINDOW = 200;

export function searchRoutes(store: Store): Router {
  const router = Router();
  router.get("/search", async (req, res) => {
    res.json(await search(store, SearchQuery.parse(req.query)));
  });
  return router;
}

export async function search(store: Store, query: z.infer<typeof SearchQuery>): Promise<SearchResult> {
  const lucene = luceneQuery(query.q);
  if (lucene === null) return { items: [], total: 0 };
  const [record] = await readQuery(store, "search", {
    q: query.q,
    lucene,
    labels: query.labels?.length ? query.labels : null,
    window: int(RANKED_WINDOW),
    offset: int(query.offset),
    limit: int(query.limit),
  });
  const items = (record!.get("items") as (Omit<SearchHit, "label"> & { labels: string[] })[]).flatMap(({ labels, ...hit }) => {
    const label = ownLabel(labels);
    return label ? [{ ...hit, label }] : [];
  });
  return { items, total: record!.get("total") };
}
