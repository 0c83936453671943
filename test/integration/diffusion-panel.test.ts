/**
 * The exports event-history models start from, on the small diffusion story of
 * test/support/diffusion-fixtures.ts: the place × year risk set, NetInf's cascades and node
 * list, the inferred network, and citations that are revisions or self-citations.
 */
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import type { CitationsResponse } from "../../server/schema/analysis/citations.js";
import type { CascadesResponse, NetworkResponse } from "../../server/schema/analysis/network.js";
import type { PanelResponse } from "../../server/schema/analysis/panel.js";
import { useDiffusionApi } from "../support/diffusion-fixtures.js";
import { csvLines } from "../support/network-fixtures.js";

const { get, json } = useDiffusionApi();

/** The CSV as a researcher's reader sees it: a header and records of named fields. */
async function records(path: string): Promise<Record<string, string>[]> {
  const res = await get(path);
  expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
  return parse(await res.text(), { columns: true, bom: true, skip_empty_lines: true });
}

const voucher = encodeURIComponent("创新券");

describe("GET /api/analysis/panel (risk set for a discrete-time event-history model)", () => {
  it("has every observed place from its first observed year until it adopts, no row after adoption, and no unobserved place-year", async () => {
    const rows = await records(`/api/analysis/panel?item=${voucher}&level=city&format=csv`);
    const years = (code: string) => rows.filter((r) => r.place_code === code).map((r) => [Number(r.year), Number(r.adopted)]);
    expect(years("330400")).toEqual([[2017, 1]]); // 嘉兴市: observed 2017 only, adopts in 2017
    expect(years("330500")).toEqual([[2016, 0], [2017, 0], [2018, 1]]); // 湖州市: observed from 2016, adopts 2018
    expect(years("330600")).toEqual([[2016, 0], [2017, 0], [2018, 0], [2019, 0]]); // 绍兴市: observed 2016–2019, censored
    // 杭州市 has only an undated document, 浙江省 is above the level, 平湖市 below it (no rollup).
    expect(rows.map((r) => r.place_code).sort()).toEqual(["330400", "330500", "330500", "330500", "330600", "330600", "330600", "330600"]);
    for (const code of new Set(rows.map((r) => r.place_code))) {
      const own = rows.filter((r) => r.place_code === code);
      expect(own.filter((r) => r.adopted === "1").length).toBeLessThanOrEqual(1);
      expect(own.findIndex((r) => r.adopted === "1")).toBeOneOf([-1, own.length - 1]);
      for (const r of own) expect(Number(r.year)).toBeGreaterThanOrEqual(Number(r.first_observed)), expect(Number(r.year)).toBeLessThanOrEqual(Number(r.last_observed));
    }
  });

  it("carries the covariates: documents that year, neighbours adopted by the year before among those observed, parent, upstream cited", async () => {
    const rows = await records(`/api/analysis/panel?item=${voucher}&level=city&format=csv`);
    const huzhou = (year: number) => rows.find((r) => r.place_code === "330500" && r.year === String(year))!;
    expect(rows.length && Object.keys(rows[0]!)).toEqual([
      "instrument", "item_id", "place_code", "place", "level", "parent_code", "parent", "year", "adopted", "documents", "first_observed", "last_observed",
      "neighbours", "neighbours_observed", "neighbours_adopted", "neighbours_adopted_share", "parent_adopted", "upstream_cited", "upstream_adopting", "upstream_ids",
    ]);
    expect(huzhou(2017)).toMatchObject({ documents: "0", neighbours_observed: "0", neighbours_adopted: "0", neighbours_adopted_share: "", parent_code: "330000" });
    // 嘉兴市 (a neighbour, observed from 2017) adopted in 2017: by the year before 2018, 1 of 1 observed neighbours.
    expect(huzhou(2018)).toMatchObject({ documents: "1", neighbours_observed: "1", neighbours_adopted: "1", neighbours_adopted_share: "1", parent_adopted: "0" });
    // The 2018 document cites a provincial policy, names itself and repeals its 2016 version: one upstream.
    expect(huzhou(2018)).toMatchObject({ upstream_cited: "1", upstream_ids: "policy:浙江省科技创新券管理办法" });
    expect(Number(huzhou(2018).neighbours)).toBeGreaterThanOrEqual(2);
  });

  it("stacks every item with enough adopters without item (pooled event history), and answers JSON with the coverage", async () => {
    const body = await json<PanelResponse>("/api/analysis/panel?level=city&minAdopters=2");
    expect(body.items.map((i) => i.item)).toEqual(["创新券", "贷款贴息"]);
    expect(body.rows.filter((r) => r.item === "贷款贴息").map((r) => [r.placeCode, r.year, r.adopted])).toEqual([
      ["330500", 2016, 0],
      ["330500", 2017, 0],
      ["330500", 2018, 1],
      ["330600", 2016, 0],
      ["330600", 2017, 0],
      ["330600", 2018, 0],
      ["330600", 2019, 0],
      ["330400", 2017, 1],
    ]);
    expect([body.places, body.coverage.observed, body.coverage.unobserved]).toEqual([3, 3, 8]);
  });

  it("rolls 平湖市 into 嘉兴市 with rollup=true, lengthening 嘉兴市's window only where it adds documents", async () => {
    const rows = await records(`/api/analysis/panel?item=${voucher}&level=city&rollup=true&format=csv`);
    expect(rows.filter((r) => r.place_code === "330400").map((r) => [r.year, r.adopted, r.last_observed])).toEqual([["2017", "1", "2020"]]);
  });
});

describe("GET /api/analysis/cascades (NetInf / NetworkInference input)", () => {
  it("gives one cascade per instrument and the full node list, non-adopters included", async () => {
    const lines = csvLines(await get("/api/analysis/cascades?level=city&minAdopters=2&format=csv"));
    expect(await lines).toEqual(["cascade_id,node_name,event_time,place", "instrument:创新券,330400,2017,浙江省嘉兴市", "instrument:创新券,330500,2018,浙江省湖州市", "instrument:贷款贴息,330400,2017,浙江省嘉兴市", "instrument:贷款贴息,330500,2018,浙江省湖州市"]);
    const nodes = await records("/api/analysis/cascades?level=city&minAdopters=2&part=nodes&format=csv");
    expect(nodes.map((n) => [n.node_name, n.first_observed, n.last_observed])).toEqual([["330500", "2016", "2018"], ["330600", "2016", "2019"], ["330400", "2017", "2017"]]);
    const body = await json<CascadesResponse>("/api/analysis/cascades?level=city&minAdopters=2");
    expect([body.cascades, body.events.length, body.nodes.length]).toEqual([2, 4, 3]);
  });
});

describe("GET /api/analysis/network (inferred diffusion network)", () => {
  it("infers 嘉兴市 → 湖州市 from two cascades, marked inferred, with its improvement and the adoptions behind it", async () => {
    const body = await json<NetworkResponse>("/api/analysis/network?level=city&minAdopters=2");
    expect(body.ties.map((t) => [t.from.shortName, t.to.shortName, t.inferred])).toEqual([["嘉兴市", "湖州市", true]]);
    // Two cascades, each explained a year apart instead of by the outside source ε = 1e-9.
    expect(body.ties[0]!.improvement).toBeCloseTo(2 * (Math.log(0.5) - 1 - Math.log(1e-9)), 6);
    expect(body.ties[0]!.adoptions.map((a) => [a.item, a.fromYear, a.toYear])).toEqual([["创新券", 2017, 2018], ["贷款贴息", 2017, 2018]]);
    expect(body.nodes.every((n) => n.lon !== null && n.lat !== null)).toBe(true);
    expect(body.method).toMatch(/NetInf/);
  });
});

describe("GET /api/analysis/citations: revisions and self-citations", () => {
  it("links a repealed earlier version as a revision and leaves the document's own title out", async () => {
    const body = await json<CitationsResponse>("/api/analysis/citations");
    const huzhou = body.edges.filter((e) => e.from === "huzhou-2018");
    expect(huzhou.map((e) => [e.kind, e.quote.slice(0, 8)]).sort()).toEqual([["cites", "根据《浙江省科技"], ["revises", "原《湖州市科技创"]]);
    expect(body.selfCitations).toBe(1);
    expect(huzhou.some((e) => e.to === "huzhou-2018")).toBe(false);
  });
});
