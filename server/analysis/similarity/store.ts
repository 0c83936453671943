/**
 * Keeps SIMILAR_TO up to date after a load: the documents loaded since the last run (their
 * similarityComputed mark is gone) get their pairs with every document recomputed; nothing
 * else is touched, so an unchanged re-ingest writes nothing. A removed document's edges go
 * with it (DETACH DELETE).
 */
import neo4j from "neo4j-driver";
import { graphChanged } from "../../store/changes.js";
import type { Store } from "../../store/connect.js";
import { cypher, cypherStatements } from "../../store/cypher.js";
import { MAX_PASSAGES, similarPairs, type SimilarityInput, type SimilarPairResult } from "./compute.js";

export interface SimilaritySummary {
  documents: number;
  pairs: number;
  seconds: number;
}

/** @example await updateSimilarity(store) // {documents: 90, pairs: 412, seconds: 0.8} on a first load */
export async function updateSimilarity(store: Store): Promise<SimilaritySummary> {
  const started = performance.now();
  const read = { database: store.database, routing: neo4j.routing.READ };
  const pending = (await store.driver.executeQuery(cypher("load/similarity-pending"), {}, read)).records[0]?.get("ids") as string[];
  if (!pending?.length) return { documents: 0, pairs: 0, seconds: 0 };
  const { records } = await store.driver.executeQuery(cypher("load/similarity-inputs"), {}, read);
  const docs: SimilarityInput[] = records.map((r) => ({
    id: r.get("id") as string,
    year: r.get("year") === null ? null : Number(r.get("year")),
    text: (r.get("text") as string | null) ?? "",
    items: r.get("items") as SimilarityInput["items"],
  }));
  const pairs = similarPairs(docs, new Set(pending));
  const texts = new Map(docs.map((d) => [d.id, d.text]));
  const rows = pairs.map((p) => ({ from: p.from, to: p.to, props: edgeProps(p, texts.get(p.from)!) }));

  const session = store.driver.session({ database: store.database });
  try {
    await session.executeWrite(async (tx) => {
      const [drop, create, mark] = cypherStatements("load/similar-to");
      await tx.run(drop!, { docIds: pending });
      await tx.run(create!, { rows });
      await tx.run(mark!, { docIds: pending });
    });
  } finally {
    graphChanged();
    await session.close();
  }
  return { documents: pending.length, pairs: rows.length, seconds: (performance.now() - started) / 1000 };
}

function edgeProps(p: SimilarPairResult, fromText: string): Record<string, unknown> {
  const passages = p.passages.slice(0, MAX_PASSAGES);
  const longest = passages[0];
  return {
    docId: p.from,
    quote: longest ? fromText.slice(longest.aStart, longest.aEnd) : null,
    start: longest?.aStart ?? null,
    end: longest?.aEnd ?? null,
    jaccard: p.jaccard,
    textReuse: p.textReuse,
    sharedInstruments: p.sharedInstruments,
    sharedIndustries: p.sharedIndustries,
    sharedIndicators: p.sharedIndicators,
    passages: passages.map((x) => fromText.slice(x.aStart, x.aEnd)),
    fromStarts: passages.map((x) => x.aStart),
    fromEnds: passages.map((x) => x.aEnd),
    toStarts: passages.map((x) => x.bStart),
    toEnds: passages.map((x) => x.bEnd),
  };
}
