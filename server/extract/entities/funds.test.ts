import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { run } from "./testing.js";

describe("funds", () => {
  it("reads 开州区's 1亿元 industry guidance fund, backing no industry its sentence does not name", () => {
    const { x, edges } = run(readFileSync("seeds/000_8e12bc0a722c8d98.txt", "utf8"));
    const fund = x.entities.find((e) => e.label === "Fund" && e.name === "区级产业引导基金")!;
    expect(fund.props).toMatchObject({ amountYuan: 100000000, amountText: "1亿元" });
    // "围绕主导领域和重点方向" names no industry (guide §4.7): no SUPPORTS from it.
    expect(edges("SUPPORTS").filter((e) => e.startsWith("区级产业引导基金"))).toEqual([]);
  });

  it("links a fund to what its 用于/支持 clause names: an industry or a platform", () => {
    const { edges } = run("设立200万元众创空间专项资金,用于众创空间建设和运营补助。争取设立新材料产业发展基金,支持新材料领域企业并购重组。");
    expect(edges("SUPPORTS").sort()).toEqual(["众创空间专项资金 → 众创空间", "新材料产业发展基金 → 新材料"]);
  });

  it("establishes a fund the document sets up, with its amount, but not one others set up", () => {
    const { x, edges } = run("设立总规模5000万元的创业种子投资引导基金,重点支持种子期创新型小微企业发展。吸引区外团队来开州设立创新发展投资基金。");
    expect(edges("ESTABLISHES")).toEqual(["Document → 创业种子投资引导基金"]);
    const established = x.relations.find((r) => r.type === "ESTABLISHES")!;
    expect(established.props.amountYuan).toBe(5e7);
  });

  it("reads Chinese numerals and 亿元 in fund amounts", () => {
    const { x } = run("市财政出资五千万元设立科技成果转化引导基金。");
    expect(x.entities.find((e) => e.label === "Fund")?.props.amountYuan).toBe(5e7);
  });

  it("backs the industries, programs and bodies its clause names", () => {
    const { edges } = run("市财政每年安排5000万元人才发展专项资金,用于支持“鸿雁计划”人才引进和浙江大学来我市共建研究院。设立2亿元科技创新引导基金,重点支持新一代信息技术、生物医药等战略性新兴产业。");
    expect(edges("SUPPORTS").sort()).toEqual(["人才发展专项资金 → 共建研究院", "人才发展专项资金 → 浙江大学", "人才发展专项资金 → 鸿雁计划", "科技创新引导基金 → 新一代信息技术", "科技创新引导基金 → 生物医药"]);
  });

  it("merges a short form and a shorter name into the fund they abbreviate", () => {
    const { named } = run("临安区政府引导产业发展基金(以下简称“产业基金”)是由区政府主导设立的政策性基金。产业基金重点投向我区工业。县财政安排全域旅游发展资金。旅游发展资金年度余额可结转使用。");
    expect(named("Fund")).toEqual(["临安区政府引导产业发展基金", "全域旅游发展资金"]);
  });

  it("ignores social-insurance money and funds named inside cited titles", () => {
    const { named } = run("根据《浙江省人民政府关于加快设立政府产业基金的意见》,所需资金从失业保险基金中列支。");
    expect(named("Fund")).toEqual([]);
  });
});
