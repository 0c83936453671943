/**
 * GET /api/search: entities by id, name, alias, pinyin or initials (乐山 / leshan / ls), in
 * simplified, traditional or with a variant character (創新券, 创新劵 find 创新券).
 * GET /api/search/sentences: the sentences of the documents' text that contain the query.
 */
import { Router } from "express";
import type { z } from "zod";
import { SearchQuery, SentenceQuery, type SearchHit, type SearchResult } from "../schema/api.js";
import type { Store } from "../store/connect.js";
import { ownLabel } from "./elements.js";
import { int, readQuery } from "./read.js";
import { luceneAnyOf } from "./lucene.js";
import { searchSentences } from "./search-sentences.js";
import { searchVariants } from "./variants.js";

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
  router.get("/search/sentences", async (req, res) => {
    res.json(await searchSentences(store, SentenceQuery.parse(req.query)));
  });
  return router;
}

export async function search(store: Store, query: z.infer<typeof SearchQuery>): Promise<SearchResult> {
  const qs = searchVariants(query.q);
  const lucene = luceneAnyOf(qs);
  if (lucene === null) return { items: [], total: 0 };
  const [record] = await readQuery(store, "search", {
    qs,
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

