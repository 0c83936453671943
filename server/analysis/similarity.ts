/**
 * GET /api/analysis/similarity: the most similar document pairs by shared content or reused
 * text, and for a chosen pair its reused passages. Reads the SIMILAR_TO edges that ingest
 * computes (similarity/store.ts), so the answer costs one query.
 */
import type { Record as Neo4jRecord } from "neo4j-driver";
import { HttpError } from "../api/errors.js";
import { readCypher } from "../api/read.js";
import type { PlaceLevel } from "../schema/analysis/common.js";
import { SimilarityQuery, SimilarityResponse, type PairDetail, type SimilarPair } from "../schema/analysis/similarity.js";
import { defineAnalysis } from "./analysis.js";
import { placeAt } from "./levels.js";

interface DocumentRow {
  id: string;
  title: string;
  year: unknown;
  regionCode: string | null;
  text?: string;
}

const num = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));
const list = (v: unknown): number[] => ((v as unknown[] | null) ?? []).map(Number);

function toPair(r: Neo4jRecord, level: PlaceLevel): SimilarPair {
  const doc = (d: DocumentRow) => ({ id: d.id, title: d.title, year: num(d.year), place: placeAt(d.regionCode, level)?.name ?? null });
  return {
    a: doc(r.get("a") as DocumentRow),
    b: doc(r.get("b") as DocumentRow),
    jaccard: Number(r.get("jaccard")),
    textReuse: Number(r.get("textReuse")),
    sharedInstruments: r.get("sharedInstruments") as string[],
    sharedIndustries: r.get("sharedIndustries") as string[],
    sharedIndicators: r.get("sharedIndicators") as string[],
    longestPassage: Number(r.get("longestPassage")),
  };
}

async function pairDetail(store: Parameters<typeof readCypher>[0], a: string, b: string, level: PlaceLevel): Promise<PairDetail> {
  const [r] = await readCypher(store, "analysis/similarity-pair", { a, b });
  if (!r) throw new HttpError(400, "NOT_SIMILAR", `documents "${a}" and "${b}" have no SIMILAR_TO edge: they are not similar above the threshold, or one of the ids is not a stored document`);
  const texts = (side: string) => (r.get(side) as DocumentRow).text ?? "";
  const [aStarts, aEnds, bStarts, bEnds] = ["aStarts", "aEnds", "bStarts", "bEnds"].map((k) => list(r.get(k)));
  return {
    pair: toPair(r, level),
    aText: texts("a"),
    bText: texts("b"),
    passages: ((r.get("passages") as string[] | null) ?? []).map((text, i) => ({ text, aStart: aStarts![i]!, aEnd: aEnds![i]!, bStart: bStarts![i]!, bEnd: bEnds![i]! })),
  };
}

export const similarity = defineAnalysis({
  name: "similarity",
  summary: "The most similar document pairs by shared instruments, industries and indicators (Jaccard) and by reused text",
  query: SimilarityQuery,
  response: SimilarityResponse,
  async run(store, q) {
    const records = await readCypher(store, "analysis/similarity", { yearFrom: q.yearFrom ?? null, yearTo: q.yearTo ?? null });
    const all = records.map((r) => toPair(r, q.level));
    const other = q.sort === "jaccard" ? "textReuse" : "jaccard";
    all.sort((x, y) => y[q.sort] - x[q.sort] || y[other] - x[other]);
    const pairs = all.slice(0, q.limit);
    const detail = q.a && q.b ? await pairDetail(store, q.a, q.b, q.level) : null;
    return {
      body: { pairs, total: all.length, detail },
      table: {
        columns: ["doc_a", "title_a", "place_a", "year_a", "doc_b", "title_b", "place_b", "year_b", "jaccard", "text_reuse", "longest_passage", "shared_instruments", "shared_industries", "shared_indicators"],
        rows: pairs.map((p) => [p.a.id, p.a.title, p.a.place, p.a.year, p.b.id, p.b.title, p.b.place, p.b.year, p.jaccard, p.textReuse, p.longestPassage, p.sharedInstruments, p.sharedIndustries, p.sharedIndicators]),
        filename: `similarity-by-${q.sort}`,
      },
    };
  },
});
