import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TargetsResponse } from "../../server/schema/analysis/targets.js";
import { type FixtureApi, csvLines, fixtureApi, xianjuDocument } from "../support/network-fixtures.js";

let env: FixtureApi;

beforeAll(async () => void (env = await fixtureApi()));
afterAll(() => env?.close());

const targets = async (query = "") => {
  const res = await env.api.get(`/api/analysis/targets${query}`);
  expect(res.status, await res.clone().text()).toBe(200);
  return TargetsResponse.parse(await res.json());
};
const indicator = (name: string) => `?indicator=${encodeURIComponent(name)}`;

describe("GET /api/analysis/targets", () => {
  it("lists the indicators with how many documents target them", async () => {
    const { indicators, rows } = await targets();
    expect(indicators.map((i) => [i.name, i.documents]).sort()).toEqual([["R&D经费投入占GDP比重", 2], ["技术合同成交额", 2]]);
    expect(rows).toEqual([]);
  });

  it("puts 2.5% and 3% R&D intensity side by side with their target years and places", async () => {
    const { rows, baseUnit } = await targets(indicator("R&D经费投入占GDP比重") + "&level=district");
    expect(baseUnit).toBe("%");
    expect(rows.map((r) => [r.place?.name, r.value, r.unit, r.targetYear, r.comparable])).toEqual([
      ["浙江省台州市", 3, "%", 2022, true],
      ["浙江省台州市仙居县", 2.5, "%", 2020, true],
    ]);
  });

  it("compares 1.5亿元 with 8000万元 in yuan", async () => {
    const { rows, baseUnit } = await targets(indicator("indicator:技术合同成交额"));
    expect(baseUnit).toBe("元");
    const byDoc = Object.fromEntries(rows.map((r) => [r.docId, r.normalised]));
    expect(byDoc).toEqual({ "xianju-fixture": 150_000_000, "taizhou-fixture": 80_000_000 });
  });

  it("keeps the target's sentence as evidence", async () => {
    const { rows } = await targets(indicator("技术合同成交额"));
    const row = rows.find((r) => r.docId === "xianju-fixture")!;
    expect(xianjuDocument().text.slice(row.start, row.end)).toBe(row.quote);
  });

  it("exports the comparison as CSV, one row per target", async () => {
    const lines = await csvLines(await env.api.get(`/api/analysis/targets${indicator("技术合同成交额")}&format=csv`));
    expect(lines[0]).toBe("indicator,doc_id,title,place,year,target_year,value,unit,normalised_value,normalised_unit,comparable,quote");
    expect(lines).toHaveLength(3);
    expect(lines.find((l) => l.includes("taizhou-fixture"))).toContain(",8000,万元,80000000,元,true,");
  });

  it("answers 400 naming the indicator that no document targets", async () => {
    const res = await env.api.get(`/api/analysis/targets${indicator("GDP增速")}`);
    expect(res.status).toBe(400);
    const { error } = await res.json();
    expect(error.code).toBe("UNKNOWN_INDICATOR");
    expect(error.message).toContain("GDP增速");
  });
});
