import { describe, expect, it } from "vitest";
import { findRegionMentions, regionChain, regionChainPart, resolveRegion } from "./gazetteer.js";

describe("resolveRegion", () => {
  it.each([
    ["开州", "500154", "重庆市开州区"],
    ["仙居", "331024", "浙江省台州市仙居县"],
    ["乐山", "511100", "四川省乐山市"],
    ["银川", "640100", "宁夏回族自治区银川市"],
    ["宁夏", "640000", "宁夏回族自治区"],
    ["东莞", "441900", "广东省东莞市"],
    ["新乡", "410700", "河南省新乡市"],
    ["浙江省台州市仙居", "331024", "浙江省台州市仙居县"],
    ["阿坝州", "513200", "四川省阿坝藏族羌族自治州"],
  ])("resolves %s to %s (%s)", (name, code, fullName) => {
    const r = resolveRegion(name);
    expect(r?.code).toBe(code);
    expect(r?.fullName).toBe(fullName);
  });

  it("keeps levels and parents: 开州区 is a district of 重庆市, 重庆市 a province-level place", () => {
    expect(resolveRegion("开州区")).toMatchObject({ level: "district", parentCode: "500000" });
    expect(resolveRegion("重庆")).toMatchObject({ level: "province", parentCode: null });
  });

  it("finds places renamed since a document was written (玉环县 → 玉环市, 临安市 → 临安区)", () => {
    expect(resolveRegion("玉环县")?.name).toBe("玉环市");
    expect(resolveRegion("临安市")?.name).toBe("临安区");
  });

  it("returns null for 鼓楼区 without context, and the one under the context's city with it", () => {
    expect(resolveRegion("鼓楼区")).toBeNull();
    expect(resolveRegion("鼓楼区", { code: "350100" })?.fullName).toBe("福建省福州市鼓楼区");
    expect(resolveRegion("江北区", { code: "330200" })?.fullName).toBe("浙江省宁波市江北区");
    expect(resolveRegion("江北区", { code: "500154" })?.fullName).toBe("重庆市江北区");
  });

  it("treats development zones as Parks, not Regions, and hangs their towns on the city", () => {
    expect(resolveRegion("新乡高新技术产业开发区")).toBeNull();
    expect(resolveRegion("关堤乡")).toMatchObject({ level: "town", parentCode: "410700" });
  });
});

describe("regionChain", () => {
  it("walks from a district up to its province", () => {
    expect(regionChain("331024").map((r) => r.name)).toEqual(["仙居县", "台州市", "浙江省"]);
  });

  it("links the chain with PART_OF edges, child to parent, without evidence", () => {
    const part = regionChainPart("500154", "d1");
    expect(part.entities.map((e) => e.id)).toEqual(["region:500154", "region:500000"]);
    expect(part.relations).toEqual([
      expect.objectContaining({ type: "PART_OF", from: "region:500154", to: "region:500000", quote: null }),
    ]);
  });
});

describe("findRegionMentions", () => {
  const names = (text: string, context?: { code?: string }) =>
    findRegionMentions(text, context).map((m) => text.slice(m.start, m.end));

  it("reads 中共重庆市开州区委重庆市开州区人民政府 as 重庆市, 开州区, 重庆市, 开州区", () => {
    const text = "中共重庆市开州区委重庆市开州区人民政府";
    expect(findRegionMentions(text).map((m) => m.region.code)).toEqual(["500000", "500154", "500000", "500154"]);
  });

  it("takes a two-character short name before a zone word (新乡高新区, 东莞国家自主创新示范区) but not alone", () => {
    expect(names("新乡高新区和东莞国家自主创新示范区")).toEqual(["新乡", "东莞"]);
    expect(names("生态开州建设")).toEqual([]);
    expect(names("生态开州建设", { code: "500154" })).toEqual(["开州"]);
  });

  it("does not take 城区, 新区 or 国际合作市场 for places", () => {
    expect(names("城区和新区加强国际合作市场开拓")).toEqual([]);
  });

  it("finds towns only inside the document's own city", () => {
    const text = "各部门,关堤乡、振中街道,驻区各单位";
    expect(names(text)).toEqual([]);
    expect(names(text, { code: "410700" })).toEqual(["关堤乡", "振中街道"]);
  });

  it("scans a long text fast enough for 2 MB/s extraction", () => {
    const text = "为进一步深化改革、扩大开放,加快实施创新驱动发展战略,结合开州区实际,现提出如下实施意见。".repeat(20000);
    findRegionMentions("warm up");
    const t0 = performance.now();
    const found = findRegionMentions(text, { code: "500154" });
    const seconds = (performance.now() - t0) / 1000;
    expect(found.length).toBe(20000);
    expect(Buffer.byteLength(text) / 1e6 / seconds).toBeGreaterThan(2);
  });
});
