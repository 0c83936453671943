import { describe, expect, it } from "vitest";
import type { AdoptionResponse } from "../../server/schema/analysis/adoption.js";
import type { EventsResponse } from "../../server/schema/analysis/events.js";
import type { InnovativenessResponse } from "../../server/schema/analysis/innovativeness.js";
import type { MapResponse } from "../../server/schema/analysis/map.js";
import type { NeighboursResponse } from "../../server/schema/analysis/neighbours.js";
import type { TimelineItem, TimelineOverview } from "../../server/schema/analysis/timeline.js";
import { diffusionDocuments, useDiffusionApi } from "../support/diffusion-fixtures.js";
import { csvLines } from "../support/network-fixtures.js";

const { get, json } = useDiffusionApi();

async function csvAt(path: string): Promise<string[]> {
  const res = await get(path);
  expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
  return csvLines(res);
}

const voucher = encodeURIComponent("创新券");

describe("GET /api/analysis/adoption", () => {
  it("gives each observed city's first adoption of each instrument with its document, year, amount and sentence", async () => {
    const body = await json<AdoptionResponse>("/api/analysis/adoption?level=city");
    expect(body.items.map((i) => [i.item, i.adopters])).toEqual([["创新券", 2], ["贷款贴息", 2]]);
    // 绍兴市 is observed (2016–2019) and adopted nothing: a row with no cells, not a missing place.
    expect(body.places.map((p) => [p.place.shortName, p.firstYear, p.observed.firstYear, p.observed.lastYear])).toEqual([
      ["嘉兴市", 2017, 2017, 2017],
      ["湖州市", 2018, 2016, 2018],
      ["绍兴市", null, 2016, 2019],
    ]);
    const jiaxing = body.places[0]!.cells.find((c) => c.item === "创新券")!;
    // The dated 2017 document stays the first, before the one known only as "2017".
    expect(jiaxing).toMatchObject({ year: 2017, amountYuan: 200000, amountText: "20万元", documents: 2, evidence: { docId: "jiaxing-2017", docNumber: "嘉科〔2017〕1号" } });
    const text = diffusionDocuments()[0]!.text;
    expect(text.slice(jiaxing.evidence.start, jiaxing.evidence.end)).toContain("创新券");
  });

  it("says how many places it observes and over which years, and counts the unobserved and the other levels apart", async () => {
    const body = await json<AdoptionResponse>("/api/analysis/adoption?level=city");
    // Zhejiang has 11 cities; 杭州市's only document is undated, so it is unobserved, like 7 others.
    expect(body.coverage).toEqual({ level: "city", rollup: false, observed: 3, firstYear: 2016, lastYear: 2019, unobserved: 8, aboveDocuments: 1, belowDocuments: 1 });
    expect(body.unobserved.map((p) => p.shortName)).toContain("杭州市");
    expect(body.unobserved.map((p) => p.code)).not.toContain("330600");
    // The province's own adoption is shown apart, never as a row.
    expect(body.places.map((p) => p.place.level)).toEqual(["city", "city", "city"]);
    expect(body.above.map((a) => [a.place.code, a.item, a.year])).toEqual([["330000", "创新券", 2019]]);
  });

  it("rolls 平湖市 (county level) up into 嘉兴市 only when asked", async () => {
    const rolled = await json<AdoptionResponse>("/api/analysis/adoption?level=city&rollup=true");
    const jiaxing = rolled.places.find((p) => p.place.code === "330400")!;
    expect([jiaxing.observed.firstYear, jiaxing.observed.lastYear, jiaxing.cells.find((c) => c.item === "创新券")!.documents]).toEqual([2017, 2020, 3]);
    expect(rolled.coverage).toMatchObject({ rollup: true, belowDocuments: 0 });
  });

  it("keeps 平湖市 as its own place at district level, and only the province's own documents at province level", async () => {
    const district = await json<AdoptionResponse>("/api/analysis/adoption?level=district");
    expect(district.places.map((p) => [p.place.code, p.cells.map((c) => [c.item, c.year])])).toEqual([["330482", [["创新券", 2020]]]]);
    const province = await json<AdoptionResponse>("/api/analysis/adoption?level=province");
    expect(province.places.map((p) => [p.place.code, p.cells.length])).toEqual([["330000", 1]]);
    const rolled = await json<AdoptionResponse>("/api/analysis/adoption?level=province&rollup=true");
    expect(rolled.places.map((p) => [p.place.code, p.cells.length])).toEqual([["330000", 2]]);
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
    expect(body.places.map((p) => [p.place.shortName, p.cells.length])).toEqual([["湖州市", 1], ["嘉兴市", 0], ["绍兴市", 0]]);
  });

  it("exports the matrix as CSV, one column per instrument", async () => {
    const lines = await csvAt("/api/analysis/adoption?level=city&format=csv");
    expect(lines[0]).toBe("place_code,place,level,parent_code,first_observed,last_observed,documents,first_year,创新券,贷款贴息");
    expect(lines[1]).toBe("330400,浙江省嘉兴市,city,330000,2017,2017,2,2017,2017,2017");
    // An observed non-adopter has empty cells; an unobserved place is no row.
    expect(lines[3]).toBe("330600,浙江省绍兴市,city,330000,2016,2019,2,,,");
    expect(lines).toHaveLength(4);
  });
});

describe("GET /api/analysis/timeline", () => {
  it("gives the cumulative number of adopting places by year and marks the first adopter", async () => {
    const body = await json<TimelineItem>(`/api/analysis/timeline?item=${voucher}&level=city`);
    expect(body.mode).toBe("item");
    // observed: places inside their window that year (嘉兴市 2017 only; 湖州市 2016–2018; 绍兴市 2016–2019).
    expect(body.curve).toEqual([
      { year: 2017, adopters: 1, cumulative: 1, observed: 3, atRisk: 3 },
      { year: 2018, adopters: 1, cumulative: 2, observed: 2, atRisk: 2 },
    ]);
    expect(body.adopters.map((a) => [a.place.shortName, a.year, a.first])).toEqual([["嘉兴市", 2017, true], ["湖州市", 2018, false]]);
    expect(body.notAdopted.map((p) => p.shortName)).toEqual(["绍兴市"]);
    expect(body.above.map((a) => [a.place.shortName, a.year])).toEqual([["浙江省", 2019]]);
    expect(body.unassigned.map((u) => u.evidence.docId)).toEqual(["hangzhou-undated"]);
  });

  it("finds the instrument by its alias too", async () => {
    const body = await json<TimelineItem>(`/api/analysis/timeline?item=${encodeURIComponent("科技创新券")}&level=district`);
    expect(body.item.itemId).toBe("instrument:创新券");
    expect(body.curve.at(-1)).toEqual({ year: 2020, adopters: 1, cumulative: 1, observed: 1, atRisk: 1 });
  });

  it("gives every instrument's curve with its first adopter in the overview", async () => {
    const body = await json<TimelineOverview>("/api/analysis/timeline?level=city&minAdopters=2");
    expect(body.series.map((s) => [s.item, s.adopters, s.firstAdopters.map((p) => p.shortName)])).toEqual([
      ["创新券", 2, ["嘉兴市"]],
      ["贷款贴息", 2, ["嘉兴市"]],
    ]);
    const three = await json<TimelineOverview>("/api/analysis/timeline?level=city&rollup=true");
    expect(three.series.map((s) => s.item)).toEqual([]);
  });

  it("exports the adopters as CSV", async () => {
    const lines = await csvAt(`/api/analysis/timeline?item=${voucher}&level=city&format=csv`);
    expect(lines[0]).toBe("place_code,place,level,year,first_adopter,doc_id,doc_number,title");
    expect(lines[1]).toBe("330400,浙江省嘉兴市,city,2017,true,jiaxing-2017,嘉科〔2017〕1号,嘉兴市推广应用创新券的实施意见");
  });
});

describe("GET /api/analysis/innovativeness", () => {
  it("compares places only in pairs observed at the same time, and flags too little coverage instead of ranking it", async () => {
    const body = await json<InnovativenessResponse>("/api/analysis/innovativeness?level=city");
    expect(body.items).toBe(2);
    // 嘉兴市 is observed in one year only, 湖州市 has two pairs (both items, against 嘉兴市): none ranked.
    expect(body.places.map((p) => [p.place.shortName, p.rank, p.flag, p.comparisons])).toEqual([
      ["嘉兴市", null, "few-years", 2],
      ["湖州市", null, "few-comparisons", 2],
      ["绍兴市", null, "few-comparisons", 0],
    ]);
  });

  it("counts an observed non-adopter as later with pairs=all, and shows the coverage behind each score", async () => {
    const body = await json<InnovativenessResponse>("/api/analysis/innovativeness?level=city&pairs=all&minYears=1&minComparisons=1");
    // 嘉兴市 adopted both in 2017 while 湖州市 and 绍兴市 were observed; 湖州市 (2018) before 绍兴市 (observed to 2019, never).
    expect(body.places.map((p) => [p.rank, p.place.shortName, p.score, p.earlier, p.ties, p.later, p.documents, p.years])).toEqual([
      [1, "嘉兴市", 1, 4, 0, 0, 2, 1],
      [2, "湖州市", 0.5, 2, 0, 2, 2, 2],
      [3, "绍兴市", 0, 0, 0, 4, 2, 2],
    ]);
    expect(body.unassigned.map((u) => u.evidence.docId).sort()).toEqual(["hangzhou-undated", "nowhere-2018"]);
  });

  it("exports the ranking as CSV with its coverage columns", async () => {
    const lines = await csvAt("/api/analysis/innovativeness?level=city&pairs=all&minYears=1&minComparisons=1&format=csv");
    expect(lines[0]).toBe("rank,flag,place_code,place,level,score,comparisons,earlier,ties,later,adopted,items_compared,documents,years_observed,first_observed,last_observed,items");
    expect(lines[1]).toBe("1,,330400,浙江省嘉兴市,city,1.000,4,4,0,0,2,2,2,1,2017,2017,创新券 2017; 贷款贴息 2017");
  });
});

describe("GET /api/analysis/events", () => {
  it("gives the SPID-style long form: one row per place and instrument with its first year and evidence", async () => {
    const lines = await csvAt("/api/analysis/events?level=city&format=csv");
    expect(lines[0]).toBe("place_code,place,level,parent_code,instrument,category,first_year,published_on,doc_id,doc_number,title,evidence");
    expect(lines).toContain('330400,浙江省嘉兴市,city,330000,创新券,supply,2017,2017-03-01,jiaxing-2017,嘉科〔2017〕1号,嘉兴市推广应用创新券的实施意见,"为鼓励企业购买科技服务,对使用创新券的企业给予最高20万元补助。"');
    // The undated 杭州市 adoption stays, with an empty year; the province's is no row at city level.
    expect(lines).toContain("330100,浙江省杭州市,city,330000,创新券,supply,,,hangzhou-undated,,杭州市创新券管理办法,创新券用于购买科技服务。");
    expect(lines.some((l) => l.startsWith("330000,"))).toBe(false);
    expect(lines).toHaveLength(6);
  });

  it("answers the same events as JSON", async () => {
    const body = await json<EventsResponse>("/api/analysis/events?level=district");
    expect(body.events.filter((e) => e.item === "创新券").map((e) => [e.placeCode, e.firstYear])).toEqual([["330482", 2020]]);
  });
});

describe("GET /api/analysis/map", () => {
  it("gives the adopters with the shapes of the province that has most of them", async () => {
    const body = await json<MapResponse>(`/api/analysis/map?item=${voucher}&level=city`);
    expect(body.province).toBe("330000");
    expect(body.provinces).toEqual([{ code: "330000", name: "浙江省", adopters: 2 }]);
    // Three states, drawn apart: adopted, observed and not adopted, unobserved.
    expect(body.adopters.map((a) => a.place.shortName)).toEqual(["嘉兴市", "湖州市"]);
    expect(body.notAdopted.map((p) => [p.place.shortName, p.firstYear, p.lastYear])).toEqual([["绍兴市", 2016, 2019]]);
    expect(body.unobserved).toHaveLength(8);
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
    expect(huzhou!.neighbours.find((n) => n.place.shortName === "杭州市")).toMatchObject({ observed: false, year: null });
    expect(huzhou!.earlier).toBe(1);
  });

  it("counts the later adopters with an earlier-adopting neighbour", async () => {
    const body = await json<NeighboursResponse>(`/api/analysis/neighbours?item=${voucher}&level=city`);
    expect([body.laterAdopters, body.withEarlierNeighbour]).toEqual([1, 1]);
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
    ["/api/analysis/adoption?rollup=maybe", /rollup=true or rollup=false/],
    ["/api/analysis/cascades?part=edges", /part/],
    ["/api/analysis/network?maxTies=0", /maxTies/],
  ])("%s answers 400 naming what is wrong", async (path, message) => {
    const res = await get(path);
    expect(res.status).toBe(400);
    expect((await res.json()).error.message).toMatch(message);
  });

  it("answers 404 for an instrument no document adopts, naming some that exist", async () => {
    const res = await get(`/api/analysis/timeline?item=${encodeURIComponent("飞行券")}`);
    expect(res.status).toBe(404);
    expect((await res.json()).error.message).toMatch(/飞行券.*创新券/);
  });

  it("answers 404 for a place that did not adopt the instrument, saying whether it is observed", async () => {
    const unobserved = await get(`/api/analysis/neighbours?item=${voucher}&level=city&place=330100`);
    expect(unobserved.status).toBe(404);
    expect((await unobserved.json()).error.message).toMatch(/330100 has no document at this level \(unobserved\)/);
    const observed = await get(`/api/analysis/neighbours?item=${voucher}&level=city&place=330600`);
    expect((await observed.json()).error.message).toMatch(/330600 is observed but did not adopt 创新券.*panel/);
  });
});
