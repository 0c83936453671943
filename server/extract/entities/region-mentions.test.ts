import { describe, expect, it } from "vitest";
import { run } from "./testing.js";

const DONGGUAN = "东莞市人民政府办公室关于印发《东莞市建设国家自主创新示范区实施方案》的通知\n";

describe("regions named in the text", () => {
  it("finds other cities, towns, regional groupings and foreign places, each foreign city PART_OF its country", () => {
    const { named, edges } = run(`${DONGGUAN}加强与广州、深圳的创新联动,主动融入粤港澳大湾区发展。推进大朗镇、寮步镇协同发展。加快东莞在美国硅谷、英国伦敦等地区设立海外人才工作站。`);
    expect(named("Region")).toEqual(expect.arrayContaining(["广州市", "深圳市", "粤港澳大湾区", "大朗镇", "寮步镇", "硅谷", "伦敦", "美国", "英国"]));
    expect(edges("PART_OF")).toEqual(expect.arrayContaining(["硅谷 → 美国", "伦敦 → 英国"]));
  });

  it("reads a province run into its city (山东潍坊) as both", () => {
    const { named } = run("完善与山东潍坊等东西扶贫协作创新机制。");
    expect(named("Region")).toEqual(expect.arrayContaining(["山东省", "潍坊市"]));
  });

  it("reads no place into words, other things' names or quoted slogans", () => {
    const { named } = run(`${DONGGUAN}树立思想大解放的观念,聚焦新兴领域。加快推动东莞理工学院建设。全面建成“中国绿色硅谷”。`);
    expect(named("Region")).not.toEqual(expect.arrayContaining(["解放区"]));
    expect(named("Region").filter((n) => ["新兴县", "硅谷"].includes(n))).toEqual([]);
  });
});
