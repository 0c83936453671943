import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AdoptionResponse } from "../../server/schema/analysis/adoption.js";
import type { EventsResponse } from "../../server/schema/analysis/events.js";
import type { InnovativenessResponse } from "../../server/schema/analysis/innovativeness.js";
import type { MapResponse } from "../../server/schema/analysis/map.js";
import type { NeighboursResponse } from "../../server/schema/analysis/neighbours.js";
import type { TimelineItem, TimelineOverview } from "../../server/schema/analysis/timeline.js";
import type { Store } from "../../server/store/connect.js";
import { loadBatch } from "../../server/store/load.js";
import { startApi, type TestApi } from "../support/api.js";
import { diffusionDocuments } from "../support/diffusion-fixtures.js";
import { csvLines } from "../support/network-fixtures.js";
import { resetGraph, testStore } from "../support/store.js";

let store: Store;
let api: TestApi;

beforeAll(async () => {
  store = await testStore();
  await resetGraph(store);
  await loadBatch(store, diffusionDocuments());
  api = await startApi(store);
});
afterAll(async () => {
  await api?.close();
  await store?.close();
});

async function json<T>(path: string): Promise<T> {
  const res = await api.get(path);
  expect(res.status, await res.clone().text()).toBe(200);
  return (await res.json()) as T;
}

async function csvAt(path: string): Promise<string[]> {
  const res = await api.get(path);
  expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
  return csvLines(res);
}

const voucher = encodeURIComponent("创新券");

describe("GET /api/analysis/adoption", () => {
  it("gives each city's first adoption of each instrument with its document, year, amount and sentence", async () => {
    const body = await json<AdoptionResponse>("/api/analysis/adoption?level=city");
    expect(body.items.map((i) => [i.item, i.adopters])).toEqual([["创新券", 3], ["贷款贴息", 2]]);
    expect(body.places.map((p) => [p.place.shortName, p.firstYear])).toEqual([["嘉兴市", 2017], ["湖州市", 2018], ["浙江省", 2019]]);
    const jiaxing = body.places[0]!.cells.find((c) => c.item === "创新券")!;
    // 平湖市 (2020) rolls up into 嘉兴市, whose dated 2017 document stays the first, before the
    // one known only as "2017".
    expect(jiaxing).toMatchObject({ year: 2017, amountYuan: 200000, amountText: "20万元", documents: 3, evidence: { docId: "jiaxing-2017", docNumber: "嘉科〔2017〕1号" } });
    const text = diffusionDocuments()[0]!.text;
    expect(text.slice(jiaxing.evidence.start, jiaxing.evidence.end)).toContain("创新券");
  });

  it("keeps 平湖市 as its own place at district level, and everything in 浙江省 at province level", async () => {
    const district = await json<AdoptionResponse>("/api/analysis/adoption?level=district");
    expect(district.places.find((p) => p.place.code === "330482")?.cells.map((c) => [c.item, c.year])).toEqual([["创新券", 2020]]);
    const province = await json<AdoptionResponse>("/api/analysis/adoption?level=province");
    expect(province.places.map((p) => [p.place.code, p.cells.length])).toEqual([["330000", 2]]);
  });

  it("lists the undated and the unplaced adoptions apart instead of dropping them", async () => {
    const body = await json<AdoptionResponse>("/api/analysis/adoption?level=city");
    expect(body.unassigned.map((u) => [u.evidence.docId, u.reason, u.item]).sort()).toEqual([
      ["hangzhou-undated", "no-year", "创新券"],
      ["nowhere-2018", "no-place", "贷款贴息"],
    ]);
  });

  it("switches to industries prioritised instead of instruments adopted", async () => {
    const body = await json<AdoptionResponse>("/api/analysis/adoption?level=city&dimension=industry");
    expect(body.items.map((i) => i.item)).toEqual(["新材料"]);
    expect(body.places.map((p) => p.place.shortName)).toEqual(["湖州市"]);
  });

  it("exports the matrix as CSV, one column per instrument", async () => {
    const lines = await csvAt("/api/analysis/adoption?level=city&format=csv");
    expect(lines[0]).toBe("place_code,place,level,first_year,创新券,贷款贴息");
    expect(lines[1]).toBe("330400,浙江省嘉兴市,city,2017,2017,2017");
    expect(lines).toHaveLength(4);
  });
});

describe("GET /api/analysis/timeline", () => {
  it("gives the cumulative number of adopting places by year and marks the first adopter", async () => {
    const body = await json<TimelineItem>(`/api/analysis/timeline?item=${voucher}&level=city`);
    expect(body.mode).toBe("item");
    expect(body.curve).toEqual([
      { year: 2017, adopters: 1, cumulative: 1 },
      { year: 2018, adopters: 1, cumulative: 2 },
      { year: 2019, adopters: 1, cumulative: 3 },
    ]);
    expect(body.adopters.map((a) => [a.place.shortName, a.year, a.first])).toEqual([["嘉兴市", 2017, true], ["湖州市", 2018, false], ["浙江省", 2019, false]]);
    expect(body.unassigned.map((u) => u.evidence.docId)).toEqual(["hangzhou-undated"]);
  });

  it("finds the instrument by its alias too", async () => {
    const body = await json<TimelineItem>(`/api/analysis/timeline?item=${encodeURIComponent("科技创新券")}&level=district`);
    expect(body.item.itemId).toBe("instrument:创新券");
    expect(body.curve.at(-1)).toEqual({ year: 2020, adopters: 1, cumulative: 4 });
  });

  it("gives every instrument's curve with its first adopter in the overview", async () => {
    const body = await json<TimelineOverview>("/api/analysis/timeline?level=city&minAdopters=2");
    expect(body.series.map((s) => [s.item, s.adopters, s.firstAdopters.map((p) => p.shortName)])).toEqual([
      ["创新券", 3, ["嘉兴市"]],
      ["贷款贴息", 2, ["嘉兴市"]],
    ]);
    const three = await json<TimelineOverview>("/api/analysis/timeline?level=city");
    expect(three.series.map((s) => s.item)).toEqual(["创新券"]);
  });

  it("exports the adopters as CSV", async () => {
    const lines = await csvAt(`/api/analysis/timeline?item=${voucher}&level=city&format=csv`);
    expect(lines[0]).toBe("place_code,place,level,year,first_adopter,doc_id,doc_number,title");
    expect(lines[1]).toBe("330400,浙江省嘉兴市,city,2017,true,jiaxing-2017,嘉科〔2017〕1号,嘉兴市推广应用创新券的实施意见");
  });
});

describe("GET /api/analysis/innovativeness", () => {
  it("ranks places by the share of later adopters, over the instruments they could have adopted", async () => {
    const body = await json<InnovativenessResponse>("/api/analysis/innovativeness?level=city");
    expect(body.items).toBe(2);
    // 嘉兴市 first for both (1, 1); 湖州市 between two for 创新券 (0.5) and last for 贷款贴息 (0);
    // 浙江省 last for 创新券 and at risk of 贷款贴息 (available since 2017) without adopting it.
    expect(body.places.map((p) => [p.rank, p.place.shortName, p.score, p.adopted, p.atRisk])).toEqual([
      [1, "嘉兴市", 1, 2, 2],
      [2, "湖州市", 0.25, 2, 2],
      [3, "浙江省", 0, 1, 2],
    ]);
    expect(body.places[2]!.items.find((i) => i.item === "贷款贴息")).toMatchObject({ year: null, score: 0 });
    expect(body.unassigned.map((u) => u.evidence.docId).sort()).toEqual(["hangzhou-undated", "nowhere-2018"]);
  });

  it("exports the ranking as CSV", async () => {
    const lines = await csvAt("/api/analysis/innovativeness?level=city&format=csv");
    expect(lines[0]).toBe("rank,place_code,place,level,score,adopted,at_risk,items");
    expect(lines[1]).toBe("1,330400,浙江省嘉兴市,city,1.000,2,2,创新券 2017; 贷款贴息 2017");
  });
});

describe("GET /api/analysis/events", () => {
  it("gives one row per place and instrument with year, document id and 文号, ready for event-history models", async () => {
    const lines = await csvAt("/api/analysis/events?level=city&format=csv");
    expect(lines[0]).toBe("place_code,place,level,instrument,category,first_year,published_on,doc_id,doc_number");
    expect(lines).toContain("330400,浙江省嘉兴市,city,创新券,voucher,2017,2017-03-01,jiaxing-2017,嘉科〔2017〕1号");
    // The undated 杭州市 adoption stays, with an empty year.
    expect(lines).toContain("330100,浙江省杭州市,city,创新券,voucher,,,hangzhou-undated,");
    expect(lines).toHaveLength(7);
  });

  it("answers the same events as JSON", async () => {
    const body = await json<EventsResponse>("/api/analysis/events?level=district");
    expect(body.events.filter((e) => e.item === "创新券").map((e) => [e.placeCode, e.firstYear])).toEqual([
      ["330400", 2017],
      ["330500", 2018],
      ["330000", 2019],
      ["330482", 2020],
      ["330100", null],
    ]);
  });
});

describe("GET /api/analysis/map", () => {
  it("gives the adopters with the shapes of the province that has most of them", async () => {
    const body = await json<MapResponse>(`/api/analysis/map?item=${voucher}&level=city`);
    expect(body.province).toBe("330000");
    expect(body.provinces).toEqual([{ code: "330000", name: "浙江省", adopters: 3 }]);
    expect(body.shapes.regions.map((f) => f.properties.code)).toHaveLength(11);
    expect(body.shapes.regions.map((f) => f.properties.code)).toContain("330400");
    // The province's own adoption is drawn as its outline.
    expect(body.shapes.coarser.map((f) => f.properties.code)).toEqual(["330000"]);
    expect(body.unmapped).toEqual([]);
    expect(body.shapes.country.length).toBeGreaterThanOrEqual(31);
  });
});

describe("GET /api/analysis/neighbours", () => {
  it("names the bordering places that adopted before", async () => {
    const body = await json<NeighboursResponse>(`/api/analysis/neighbours?item=${voucher}&level=city&place=330500`);
    const [huzhou] = body.adopters;
    expect(huzhou!.adopter.year).toBe(2018);
    expect(huzhou!.neighbours.filter((n) => n.before).map((n) => [n.place.shortName, n.year])).toEqual([["嘉兴市", 2017]]);
    expect(huzhou!.neighbours.map((n) => n.place.shortName)).toContain("杭州市");
    expect(huzhou!.earlier).toBe(1);
  });

  it("counts the later adopters with an earlier-adopting neighbour", async () => {
    const body = await json<NeighboursResponse>(`/api/analysis/neighbours?item=${voucher}&level=city`);
    expect([body.laterAdopters, body.withEarlierNeighbour]).toEqual([2, 1]);
    expect(body.unassigned.map((u) => u.evidence.docId)).toEqual(["hangzhou-undated"]);
  });
});

describe("bad parameters", () => {
  it.each([
    ["/api/analysis/adoption?level=county", /level/],
    ["/api/analysis/timeline?dimension=tool", /dimension/],
    ["/api/analysis/timeline?yearFrom=20x", /yearFrom/],
    ["/api/analysis/map?level=city", /item/],
    [`/api/analysis/neighbours?item=${voucher}&place=jiaxing`, /six-digit region code/],
    ["/api/analysis/innovativeness?minAdopters=1", /minAdopters/],
  ])("%s answers 400 naming what is wrong", async (path, message) => {
    const res = await api.get(path);
    expect(res.status).toBe(400);
    expect((await res.json()).error.message).toMatch(message);
  });

  it("answers 404 for an instrument no document adopts, naming some that exist", async () => {
    const res = await api.get(`/api/analysis/timeline?item=${encodeURIComponent("飞行券")}`);
    expect(res.status).toBe(404);
    expect((await res.json()).error.message).toMatch(/飞行券.*创新券/);
  });

  it("answers 404 for a place that did not adopt the instrument", async () => {
    const res = await api.get(`/api/analysis/neighbours?item=${voucher}&level=city&place=330100`);
    expect(res.status).toBe(404);
    expect((await res.json()).error.message).toMatch(/330100 did not adopt 创新券/);
  });
});
