import { describe, expect, it } from "vitest";
import { run } from "./testing.js";

describe("programs", () => {
  it("finds quoted schemes and launched campaigns but not slogans", () => {
    const { named } = run("按照“五位一体”总体布局,大力实施“名品、名企、名家”工程和“十百千品牌培育工程”。实施全区领军企业培育计划。对接全市“特支计划”等人才专项。");
    expect(named("Program")).toEqual(["全区领军企业培育计划", "十百千品牌培育工程", "名品、名企、名家工程", "特支计划"]);
  });

  it("establishes what the document launches, not what it links to", () => {
    const { edges } = run("实施“雄鹰行动”和“凤凰行动”计划。积极对接国家“千人计划”。");
    expect(edges("ESTABLISHES").sort()).toEqual(["Document → 凤凰行动计划", "Document → 雄鹰行动"]);
  });
});
