import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { updateSimilarity } from "../../server/analysis/similarity/store.js";
import { SimilarityResponse } from "../../server/schema/analysis/similarity.js";
import { loadBatch, removeDocuments } from "../../server/store/load.js";
import { type FixtureApi, SHARED_CLAUSE, csvLines, fixtureApi, taizhouDocument, xianjuDocument } from "../support/network-fixtures.js";

let env: FixtureApi;

beforeAll(async () => void (env = await fixtureApi()));
afterAll(() => env?.close());

async function similarEdges(): Promise<Record<string, unknown>[]> {
  const { records } = await env.store.driver.executeQuery(
    "MATCH (a:Document)-[r:SIMILAR_TO]->(b:Document) RETURN a.id AS from, b.id AS to, properties(r) AS props ORDER BY from, to",
    {},
    { database: env.store.database },
  );
  return records.map((r) => ({ from: r.get("from"), to: r.get("to"), ...(r.get("props") as object) }));
}

describe("SIMILAR_TO", () => {
  it("links two documents that share a passage, from the later to the earlier, with the passage's offsets in both", async () => {
    expect(await updateSimilarity(env.store)).toMatchObject({ documents: 2, pairs: 1 });
    const [edge, ...more] = await similarEdges();
    expect(more).toEqual([]);
    expect(edge).toMatchObject({ from: "taizhou-fixture", to: "xianju-fixture", docId: "taizhou-fixture" });
    const passages = edge!.passages as string[];
    expect(passages[0]).toContain(SHARED_CLAUSE);
    const [fs, fe, ts, te] = (["fromStarts", "fromEnds", "toStarts", "toEnds"] as const).map((k) => (edge![k] as number[])[0]!);
    expect(taizhouDocument().text.slice(fs, fe)).toBe(passages[0]);
    expect(xianjuDocument().text.slice(ts, te)).toBe(passages[0]);
    expect(edge!.quote).toBe(passages[0]);
    // Shared: the instrument, both indicators and 新材料 of taizhou's five items.
    expect(edge!.jaccard).toBe(4 / 5);
    expect(edge!.sharedIndustries).toEqual(["新材料"]);
    expect(edge!.textReuse as number).toBeGreaterThan(0.4);
  });

  it("changes nothing when the same documents are ingested again", async () => {
    const before = await similarEdges();
    expect(await updateSimilarity(env.store)).toMatchObject({ documents: 0, pairs: 0 });
    await loadBatch(env.store, [xianjuDocument(), taizhouDocument()]);
    await updateSimilarity(env.store);
    expect(await similarEdges()).toEqual(before);
  });

  it("answers the most similar pairs and, for a pair, the passages side by side", async () => {
    const res = await env.api.get("/api/analysis/similarity?sort=jaccard&a=xianju-fixture&b=taizhou-fixture");
    expect(res.status, await res.clone().text()).toBe(200);
    const { pairs, total, detail } = SimilarityResponse.parse(await res.json());
    expect(total).toBe(1);
    expect(pairs[0]).toMatchObject({ a: { id: "taizhou-fixture", year: 2018 }, b: { id: "xianju-fixture" }, jaccard: 0.8 });
    const p = detail!.passages[0]!;
    expect(detail!.aText.slice(p.aStart, p.aEnd)).toBe(p.text);
    expect(detail!.bText.slice(p.bStart, p.bEnd)).toBe(p.text);
  });

  it("exports the pairs as CSV", async () => {
    const lines = await csvLines(await env.api.get("/api/analysis/similarity?format=csv"));
    expect(lines[0]).toBe("doc_a,title_a,place_a,year_a,doc_b,title_b,place_b,year_b,jaccard,text_reuse,longest_passage,shared_instruments,shared_industries,shared_indicators");
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/^taizhou-fixture,台州市创新驱动实施意见,浙江省台州市,2018,xianju-fixture,/);
  });

  it.each([
    ["a=xianju-fixture", "give both a and b"],
    ["a=xianju-fixture&b=nowhere", "no SIMILAR_TO edge"],
    ["sort=length", "sort"],
    ["limit=0", "limit"],
  ])("answers 400 for %s", async (query, words) => {
    const res = await env.api.get(`/api/analysis/similarity?${query}`);
    expect(res.status).toBe(400);
    expect((await res.json()).error.message).toContain(words);
  });

  it("removes a document's SIMILAR_TO edges with the document", async () => {
    await removeDocuments(env.store, ["taizhou-fixture"]);
    expect(await similarEdges()).toEqual([]);
  });
});
