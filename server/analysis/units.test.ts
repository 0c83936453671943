import { describe, expect, it } from "vitest";
import { normaliseUnit } from "./units.js";

describe("normaliseUnit", () => {
  it("compares 亿元 and 万元 in yuan", () => {
    expect(normaliseUnit(1.5, "亿元")).toEqual({ value: 150_000_000, unit: "元" });
    expect(normaliseUnit(15000, "万元")).toEqual({ value: 150_000_000, unit: "元" });
    expect(normaliseUnit(2, "万亿元")).toEqual({ value: 2e12, unit: "元" });
  });
  it("counts 家, 户 and 个 as one unit and 名 as persons", () => {
    expect(normaliseUnit(250, "家")).toEqual({ value: 250, unit: "个" });
    expect(normaliseUnit(20, "户")).toEqual({ value: 20, unit: "个" });
    expect(normaliseUnit(3, "万人")).toEqual({ value: 30_000, unit: "人" });
    expect(normaliseUnit(50, "名")).toEqual({ value: 50, unit: "人" });
  });
  it("leaves percentages, single-character units and missing units alone", () => {
    expect(normaliseUnit(2.8, "%")).toEqual({ value: 2.8, unit: "%" });
    expect(normaliseUnit(1, "万")).toEqual({ value: 1, unit: "万" });
    expect(normaliseUnit(7, null)).toEqual({ value: 7, unit: null });
  });
});
