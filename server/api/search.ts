/** GET /api/search: entities by id, name, alias, pinyin or initials (乐山 / leshan / ls). */
import { Router } from "express";
import { SearchQuery, type SearchHit, type SearchResult } from "../schema/api.js";
import type { Store } from "../store/connect.js";
import { ownLabel } from "./elements.js";
import { int, readQuery } from "./read.js";
import { luceneQuery } from "./lucene.js";

/** How many full-text hits are ranked by exactness and degree; `total` still counts them all. */
const RANKED_WINDOW = 1000;

export function searchRoutes(store: Store): Router {
  const router = Router();
  router.get("/search", async (req, res) => {
    const query = SearchQuery.parse(req.query);
    const lucene = luceneQuery(query.q);
    if (lucene === null) {
      res.json({ items: [], total: 0 } satisfies SearchResult);
      return;
    }
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
    res.json({ items, total: record!.get("total") } satisfies SearchResult);
  });
  return router;
}
