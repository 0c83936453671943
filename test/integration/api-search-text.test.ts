/**
 * Search over what documents say, not only what the graph names: GET /api/search/sentences on
 * three real seeds, in simplified and traditional characters and with the common misspelling
 * 创新劵, and name search across the same spellings.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DocumentDetail, SearchResult, SentenceResult } from "../../server/schema/api.js";
import { ingest } from "../../server/ingest/index.js";
import type { Store } from "../../server/store/connect.js";
import { startApi, type TestApi } from "../support/api.js";
import { resetGraph, testStore } from "../support/store.js";

let store: Store;
let api: TestApi;

beforeAll(async () => {
  store = await testStore();
  await resetGraph(store);
  const summary = await ingest(store, ["seeds/000_8e12bc0a722c8d98.txt", "seeds/003_878d6788c173cd76.txt", "seeds/004_ccb917d9b44b3e03.txt"]);
  expect(summary.failed).toEqual([]);
  await store.driver.executeQuery("CALL db.awaitIndexes(60)", {}, { database: store.database });
  api = await startApi(store);
});
afterAll(async () => {
  await api?.close();
  await store?.close();
});

const get = async <T>(path: string, schema: { parse(v: unknown): T }): Promise<T> => {
  const res = await api.get(path);
  expect(res.status, await res.clone().text()).toBe(200);
  return schema.parse(await res.json());
};
const sentences = (q: string, extra = "") => get(`/api/search/sentences?q=${encodeURIComponent(q)}${extra}`, SentenceResult);

describe("GET /api/search/sentences", () => {
  it("finds the sentences that say 维权援助 in simplified or traditional, with document, place and offsets", async () => {
    const simplified = await sentences("维权援助");
    const traditional = await sentences("維權援助");
    expect(simplified.total).toBeGreaterThanOrEqual(3);
    expect(traditional).toEqual(simplified);
    expect(new Set(simplified.items.map((h) => h.docId)).size).toBe(3);
    for (const hit of simplified.items) {
      expect(hit.sentence).toContain("维权援助");
      expect(hit.title.length).toBeGreaterThan(0);
      expect(hit.region).not.toBeNull();
      const doc = await get(`/api/documents/${encodeURIComponent(hit.docId)}`, DocumentDetail);
      expect(doc.text.slice(hit.start, hit.end)).toBe(hit.sentence);
      expect(doc.text.slice(hit.matchStart, hit.matchEnd)).toBe("维权援助");
    }
  });

  it("finds 创新券 for the misspelling 创新劵 and for 創新券", async () => {
    const right = await sentences("创新券");
    expect(right.total).toBeGreaterThanOrEqual(2);
    expect(await sentences("创新劵")).toEqual(right);
    expect(await sentences("創新券")).toEqual(right);
  });

  it("pages past the first answers with a total", async () => {
    const all = await sentences("企业");
    expect(all.total).toBeGreaterThan(30);
    const first = await sentences("企业", "&limit=30");
    const page = await sentences("企业", "&limit=5&offset=25");
    expect(page.items).toEqual(first.items.slice(25, 30));
    expect(page.total).toBe(all.total);
    expect(page.documents).toBe(3);
  });

  it("answers an empty or too long query with 400 and what to fix", async () => {
    const empty = await api.get("/api/search/sentences?q=%20");
    expect(empty.status).toBe(400);
    expect(JSON.stringify(await empty.json())).toContain("q must not be empty");
    expect((await api.get(`/api/search/sentences?q=${"字".repeat(101)}`)).status).toBe(400);
  });

  it("answers a query of punctuation only with no hits", async () => {
    expect(await sentences("！！")).toEqual({ items: [], total: 0, documents: 0, searched: 0 });
  });
});

describe("GET /api/search across spellings", () => {
  it("finds the instrument 创新券 typed as 創新券 or 创新劵", async () => {
    const ids = async (q: string) => (await get(`/api/search?q=${encodeURIComponent(q)}`, SearchResult)).items.map((i) => i.id);
    const right = await ids("创新券");
    expect(right.some((id) => id.startsWith("instrument:"))).toBe(true);
    expect(await ids("創新券")).toEqual(right);
    expect(await ids("创新劵")).toEqual(right);
  });
});
