import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DocumentDetail, DocumentList, EntityDetail, GraphEdge, GraphResult, PathsResult, SearchResult, Stats } from "../../server/schema/api.js";
import type { Store } from "../../server/store/connect.js";
import { loadBatch } from "../../server/store/load.js";
import { startApi, type TestApi } from "../support/api.js";
import { twoDocuments } from "../support/extraction.js";
import { yinchuanDocument } from "../support/graph-fixtures.js";
import { resetGraph, testStore } from "../support/store.js";

let store: Store;
let api: TestApi;

beforeAll(async () => {
  store = await testStore();
  await resetGraph(store);
  await loadBatch(store, [...twoDocuments(), yinchuanDocument()]);
  await store.driver.executeQuery("CALL db.awaitIndexes(60)", {}, { database: store.database });
  api = await startApi(store);
});
afterAll(async () => {
  await api?.close();
  await store?.close();
});

const json = async <T>(res: Response, schema: { parse(v: unknown): T }): Promise<T> => {
  expect(res.status, await res.clone().text()).toBe(200);
  return schema.parse(await res.json());
};
const search = async (q: string, extra = "") => json(await api.get(`/api/search?q=${encodeURIComponent(q)}${extra}`), SearchResult);
const neighbourhood = async (body: object) => json(await api.post("/api/neighbourhood", body), GraphResult);

describe("GET /api/search", () => {
  it.each([
    ["引导基金", "fund:乐山市:产业引导基金"],
    ["乐山", "region:511100"],
    ["leshan", "region:511100"],
    ["ls", "region:511100"],
    ["银川市科学技术局", "agency:银川市科技局"],
    ["乐", "region:511100"],
  ])("finds %s", async (q, id) => {
    const { items } = await search(q);
    expect(items.map((i) => i.id)).toContain(id);
  });

  it("puts the entity whose name is exactly the query first", async () => {
    const { items } = await search("新材料");
    expect(items[0]).toMatchObject({ id: "industry:新材料", label: "Industry", name: "新材料" });
    expect(items[0]!.degree).toBeGreaterThan(2);
  });

  // A Document has no aliases; its title holding the query (银川市科技创新实施方案) must not outrank the place itself.
  it("puts an exact name before a document whose title contains it", async () => {
    const { items } = await search("银川市");
    expect(items[0]).toMatchObject({ id: "region:640100", name: "银川市" });
    expect(items.map((i) => i.id)).toContain("yinchuan");
  });

  it("finds an entity by its id", async () => {
    const { items } = await search("industry:生物医药");
    expect(items[0]?.id).toBe("industry:生物医药");
  });

  it("filters by label and pages with a total", async () => {
    const all = await search("乐山");
    expect(all.total).toBeGreaterThanOrEqual(2);
    const regions = await search("乐山", "&labels=Region");
    expect(regions.items.every((i) => i.label === "Region")).toBe(true);
    const page2 = await search("乐山", "&limit=1&offset=1");
    expect(page2.items).toHaveLength(1);
    expect(page2.items[0]!.id).toBe(all.items[1]!.id);
    expect(page2.total).toBe(all.total);
  });
});

describe("GET /api/entities/:id", () => {
  it("gives an industry's degree by type and the sentences that state its edges, with document titles", async () => {
    const detail = await json(await api.get(`/api/entities/${encodeURIComponent("industry:新材料")}`), EntityDetail);
    expect(detail.node).toMatchObject({ id: "industry:新材料", label: "Industry", name: "新材料" });
    expect(detail.node.props).not.toHaveProperty("pinyin");
    expect(detail.degreeByType).toMatchObject({ PRIORITIZES: 2, SUPPORTS: 1, MENTIONS: 2 });
    expect(detail.evidence).toContainEqual(
      expect.objectContaining({ type: "SUPPORTS", direction: "in", other: expect.objectContaining({ id: "fund:乐山市:产业引导基金" }), docTitle: "乐山市创新驱动发展实施方案" }),
    );
    expect(detail.evidence.every((e) => e.type !== "MENTIONS")).toBe(true);
    expect(detail.evidenceTotal).toBe(detail.evidence.length);
  });

  it("answers 404 with a clear message for an unknown id", async () => {
    const res = await api.get("/api/entities/industry%3Anothing");
    expect(res.status).toBe(404);
    expect((await res.json()).error).toMatchObject({ code: "ENTITY_NOT_FOUND", message: expect.stringContaining("industry:nothing") });
  });
});

describe("GET /api/relationships/:id", () => {
  it("gives an edge of a graph answer with its quote, a sentence of the stating document", async () => {
    const g = await neighbourhood({ ids: ["industry:新材料"] });
    const summary = g.edges.find((e) => e.type === "SUPPORTS")!;
    const edge = await json(await api.get(`/api/relationships/${encodeURIComponent(summary.id)}`), GraphEdge);
    expect(edge).toMatchObject({ ...summary, props: { ...summary.props, quote: expect.stringContaining("重点支持新材料产业") } });
    const doc = await json(await api.get("/api/documents/leshan"), DocumentDetail);
    expect(doc.text.slice(edge.props.start as number, edge.props.end as number)).toBe(edge.props.quote);
  });

  it.each([["5:00000000-0000-0000-0000-000000000000:999999"], ["not an id"], ["' OR 1=1"]])("answers 404 naming the id for %s", async (id) => {
    const res = await api.get(`/api/relationships/${encodeURIComponent(id)}`);
    expect(res.status).toBe(404);
    expect((await res.json()).error).toMatchObject({ code: "RELATIONSHIP_NOT_FOUND", message: expect.stringContaining(id) });
  });
});

describe("POST /api/neighbourhood", () => {
  it("expands an industry one step: both documents and the fund, edges with their evidence", async () => {
    const g = await neighbourhood({ ids: ["industry:新材料"] });
    const ids = g.nodes.map((n) => n.id);
    expect(ids).toEqual(expect.arrayContaining(["industry:新材料", "leshan", "xinxiang", "fund:乐山市:产业引导基金"]));
    const supports = g.edges.find((e) => e.type === "SUPPORTS")!;
    expect(supports).toMatchObject({ source: "fund:乐山市:产业引导基金", target: "industry:新材料", props: { docId: "leshan" } });
    expect(supports.props.start).toEqual(expect.any(Number));
    expect(g.capped).toBe(false);
    // Summaries: the quote and a document's bookkeeping are one request away, not in every answer.
    expect(supports.props).not.toHaveProperty("quote");
    expect(Object.keys(g.nodes.find((n) => n.id === "leshan")!.props).sort()).toEqual(["publishedOn", "regionCode", "year"]);
    for (const e of g.edges) expect(ids).toEqual(expect.arrayContaining([e.source, e.target]));
  });

  it("reaches two steps out at depth 2", async () => {
    const one = await neighbourhood({ ids: ["fund:乐山市:产业引导基金"], depth: 1 });
    expect(one.nodes.map((n) => n.id)).not.toContain("xinxiang");
    const two = await neighbourhood({ ids: ["fund:乐山市:产业引导基金"], depth: 2 });
    expect(two.nodes.map((n) => n.id)).toContain("xinxiang");
  });

  it("filters by node label and relationship type", async () => {
    const g = await neighbourhood({ ids: ["industry:新材料"], labels: ["Fund"] });
    expect(g.nodes.map((n) => n.id).sort()).toEqual(["fund:乐山市:产业引导基金", "industry:新材料"]);
    const prioritized = await neighbourhood({ ids: ["industry:新材料"], types: ["PRIORITIZES"] });
    expect(prioritized.edges.map((e) => e.type)).toEqual(["PRIORITIZES", "PRIORITIZES"]);
  });

  it("keeps only edges stated by the listed documents, or by documents of the year range and region", async () => {
    const byDoc = await neighbourhood({ ids: ["industry:新材料"], docIds: ["xinxiang"] });
    expect(new Set(byDoc.edges.map((e) => e.props.docId))).toEqual(new Set(["xinxiang"]));
    const byYear = await neighbourhood({ ids: ["industry:新材料"], yearFrom: 2022 });
    expect(byYear.edges).toEqual([]);
    const byRegion = await neighbourhood({ ids: ["industry:新材料"], regionCodes: ["510000"] });
    expect(new Set(byRegion.edges.map((e) => e.props.docId))).toEqual(new Set(["leshan"]));
  });

  it("reports the element cap", async () => {
    const g = await neighbourhood({ ids: ["industry:新材料"], limit: 3 });
    expect(g.nodes.length + g.edges.length).toBeLessThanOrEqual(3);
    expect(g).toMatchObject({ capped: true, limit: 3 });
  });

  it("answers 404 when none of the ids exists", async () => {
    const res = await api.post("/api/neighbourhood", { ids: ["nope"] });
    expect(res.status).toBe(404);
  });
});

describe("GET /api/neighbourhood", () => {
  it("answers as POST does, the ids repeated in the URL and never split at commas", async () => {
    const get = async (qs: string) => json(await api.get(`/api/neighbourhood?${qs}`), GraphResult);
    expect(await get("ids=industry:新材料&types=PRIORITIZES,SUPPORTS")).toEqual(await neighbourhood({ ids: ["industry:新材料"], types: ["PRIORITIZES", "SUPPORTS"] }));
    expect(await get("ids=industry:新材料&ids=leshan&depth=1")).toEqual(await neighbourhood({ ids: ["industry:新材料", "leshan"] }));
    expect((await api.get("/api/neighbourhood?ids=industry:新材料,leshan")).status).toBe(404);
    expect((await api.get("/api/neighbourhood")).status).toBe(400);
  });
});

describe("GET /api/paths", () => {
  const paths = async (qs: string) => json(await api.get(`/api/paths?${qs}`), PathsResult);

  it("finds the shortest connection from the fund to 生物医药 through 新材料 and the Xinxiang document", async () => {
    const r = await paths(`from=${encodeURIComponent("fund:乐山市:产业引导基金")}&to=${encodeURIComponent("industry:生物医药")}`);
    expect(r.paths.length).toBeGreaterThan(0);
    expect(r.paths.every((p) => p.length === r.paths[0]!.length)).toBe(true);
    const edgeIds = new Set(r.edges.map((e) => e.id));
    expect(r.paths.flat().every((id) => edgeIds.has(id))).toBe(true);
    expect(r.nodes.map((n) => n.id)).toContain("xinxiang");
  });

  it("lists longer simple paths in mode=all, none longer than maxLength", async () => {
    const shortest = await paths(`from=leshan&to=${encodeURIComponent("industry:生物医药")}`);
    const all = await paths(`from=leshan&to=${encodeURIComponent("industry:生物医药")}&mode=all&maxLength=4&limit=50`);
    expect(all.paths.length).toBeGreaterThan(shortest.paths.length);
    expect(Math.max(...all.paths.map((p) => p.length))).toBeLessThanOrEqual(4);
  });

  it("honours the filters along the path", async () => {
    const r = await paths(`from=leshan&to=${encodeURIComponent("industry:生物医药")}&types=CITES,PRIORITIZES`);
    expect(r.edges.every((e) => ["CITES", "PRIORITIZES"].includes(e.type))).toBe(true);
    expect(r.paths.length).toBeGreaterThan(0);
  });

  it("leaves out documents and MENTIONS hops when asked, and keeps each edge's quote", async () => {
    const from = `from=${encodeURIComponent("fund:乐山市:产业引导基金")}&to=${encodeURIComponent("industry:生物医药")}&mode=all&maxLength=5&limit=100`;
    const all = await paths(from);
    expect(all.edges.some((e) => e.type === "MENTIONS")).toBe(true);
    const direct = await paths(`${from}&skipDocuments=true&skipMentions=1`);
    const inner = new Set(direct.paths.flatMap((p) => p.flatMap((id) => { const e = direct.edges.find((x) => x.id === id)!; return [e.source, e.target]; })));
    inner.delete("fund:乐山市:产业引导基金");
    inner.delete("industry:生物医药");
    const labels = new Map(direct.nodes.map((n) => [n.id, n.label]));
    expect([...inner].filter((id) => ["Document", "Measure"].includes(labels.get(id)!))).toEqual([]);
    expect(direct.edges.filter((e) => direct.paths.flat().includes(e.id)).every((e) => e.type !== "MENTIONS")).toBe(true);
    const quoted = all.edges.find((e) => e.type !== "MENTIONS" && all.paths.flat().includes(e.id));
    expect(typeof quoted?.props.quote).toBe("string");
  });

  it("says when it stopped at the limit and more paths exist", async () => {
    const qs = `from=leshan&to=${encodeURIComponent("industry:生物医药")}&mode=all&maxLength=4`;
    const many = await paths(`${qs}&limit=50`);
    expect(many.paths.length).toBeGreaterThan(2);
    const two = await paths(`${qs}&limit=2`);
    expect(two).toMatchObject({ pathLimit: 2, more: true });
    expect(two.paths).toHaveLength(2);
    expect((await paths(`${qs}&limit=100`)).more).toBe(false);
  });

  it("refuses a switch that is not true or false, naming it", async () => {
    const res = await api.get("/api/paths?from=leshan&to=xinxiang&skipMentions=maybe");
    expect(res.status).toBe(400);
    expect(JSON.stringify(await res.json())).toContain("skipMentions");
  });

  it("answers 404 for an unknown end and an empty list when nothing connects", async () => {
    expect((await api.get("/api/paths?from=leshan&to=nowhere")).status).toBe(404);
    const none = await paths(`from=leshan&to=${encodeURIComponent("instrument:创新券")}`);
    expect(none.paths).toEqual([]);
  });
});

describe("documents", () => {
  it("lists documents newest first, filtered by year and region", async () => {
    const all = await json(await api.get("/api/documents"), DocumentList);
    expect(all.total).toBe(3);
    expect(all.items.at(-1)!.id).toBe("yinchuan");
    const ningxia = await json(await api.get("/api/documents?regionCodes=640000"), DocumentList);
    expect(ningxia.items.map((d) => d.id)).toEqual(["yinchuan"]);
    const recent = await json(await api.get("/api/documents?yearFrom=2020&limit=1"), DocumentList);
    expect(recent).toMatchObject({ total: 2 });
    expect(recent.items).toHaveLength(1);
  });

  it("gives a document's text, outline with depth, and spans of entities, relations and measures", async () => {
    const d = await json(await api.get("/api/documents/yinchuan"), DocumentDetail);
    expect(d.document).toMatchObject({ id: "yinchuan", regionCode: "640100", issuers: ["银川市人民政府办公厅"] });
    expect(d.outline.map((o) => [o.path, o.depth])).toEqual([["一", 1], ["一.1", 2]]);
    const mentions = d.spans.filter((s) => s.kind === "entity" && s.ref === "instrument:创新券");
    expect(mentions).toHaveLength(2);
    for (const s of mentions) expect(d.text.slice(s.start, s.end)).toBe("创新券");
    const led = d.spans.find((s) => s.kind === "relation" && s.tag === "LED_BY")!;
    expect(d.text.slice(led.start, led.end)).toContain("牵头部门:市科技局");
    expect(d.spans.filter((s) => s.kind === "measure")).toHaveLength(2);
    expect(d.spans.map((s) => s.start)).toEqual([...d.spans.map((s) => s.start)].sort((a, b) => a - b));
  });

  it("answers 404 for an unknown document", async () => {
    expect((await api.get("/api/documents/nope")).status).toBe(404);
  });
});

describe("GET /api/stats", () => {
  it("counts labels and types and lists documents by year and region", async () => {
    const s = await json(await api.get("/api/stats"), Stats);
    expect(s.labels).toMatchObject({ Document: 3, Industry: 2, Measure: 2 });
    expect(s.types).toMatchObject({ PRIORITIZES: 3, LED_BY: 1 });
    expect(s.documentsByYear).toEqual([{ year: 2019, count: 1 }, { year: 2021, count: 2 }]);
    expect(s.documentsByRegion).toContainEqual({ region: "宁夏回族自治区银川市", regionCode: "640100", count: 1 });
    expect(s.topEntities[0]!.id).toBe("industry:新材料");
  });
});

describe("documentation and routing", () => {
  it("serves an OpenAPI document listing every endpoint with its schemas", async () => {
    const doc = await (await api.get("/api/openapi.json")).json();
    expect(doc.openapi).toBe("3.1.0");
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(["/api/search", "/api/entities/{id}", "/api/neighbourhood", "/api/paths", "/api/documents", "/api/documents/{id}", "/api/stats", "/api/cypher", "/api/export", "/api/health"]),
    );
    expect(doc.paths["/api/search"].get.parameters.map((p: { name: string }) => p.name)).toEqual(["q", "labels", "limit", "offset"]);
    expect(doc.paths["/api/neighbourhood"].post.requestBody.content["application/json"].schema.required).toContain("ids");
  });

  it("serves a readable docs page without scripts", async () => {
    const res = await api.get("/api/docs");
    expect(res.headers.get("content-type")).toContain("text/html");
    const html = await res.text();
    expect(html).toContain("/api/neighbourhood");
    expect(html).not.toContain("<script");
  });

  it("answers unknown API routes with a 404 JSON error", async () => {
    const res = await api.get("/api/nothing-here");
    expect(res.status).toBe(404);
    expect((await res.json()).error.code).toBe("NOT_FOUND");
  });
});
