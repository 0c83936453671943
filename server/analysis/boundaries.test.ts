import { describe, expect, it } from "vitest";
import { adjacency, regionShapes } from "./boundaries.js";

describe("adjacency", () => {
  it("finds 仙居县's six bordering counties, across city lines", () => {
    // 临海市 黄岩区 天台县 (台州), 永嘉县 (温州), 缙云县 (丽水), 磐安县 (金华).
    expect([...adjacency("district").get("331024")!].sort()).toEqual(["330324", "330727", "331003", "331023", "331082", "331122"]);
  });

  it("finds 浙江省's neighbouring provinces and 嘉兴市's neighbours in three provinces", () => {
    expect([...adjacency("province").get("330000")!].sort()).toEqual(["310000", "320000", "340000", "350000", "360000"]);
    expect(adjacency("city").get("330400")).toContain("310116"); // 上海市金山区: a municipality's districts are its city-level places
    expect(adjacency("city").get("330400")).toContain("320500"); // 苏州市
  });
});

describe("regionShapes", () => {
  it("gives a province's cities or districts with closed rings wound clockwise (exterior) for d3-geo", () => {
    const cities = regionShapes("city", ["330000"], []);
    expect(cities.regions.map((f) => f.properties.code)).toHaveLength(11);
    expect(regionShapes("district", ["330000"], []).regions.length).toBeGreaterThan(85);
    for (const f of cities.regions) {
      for (const [outer] of f.geometry.coordinates) {
        expect(outer![0]).toEqual(outer!.at(-1));
        let area = 0;
        for (let i = 0; i + 1 < outer!.length; i++) area += outer![i]![0] * outer![i + 1]![1] - outer![i + 1]![0] * outer![i]![1];
        expect(area).toBeLessThan(0);
      }
    }
  });

  it("adds the shape of an adopter coarser than the level", () => {
    expect(regionShapes("city", ["330000"], ["330000", "330400"]).coarser.map((f) => f.properties.code)).toEqual(["330000"]);
  });
});
