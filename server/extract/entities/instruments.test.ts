import { describe, expect, it } from "vitest";
import { run } from "./testing.js";

describe("instruments", () => {
  it("adopts award tools with the award size the sentence states", () => {
    const { x, byId } = run("首次认定的高新技术企业,给予一次性奖励100万元。对新认定的国家级、市级和区级企业研发中心,分别给于一次性奖励100万元、50万元、5万元。");
    const adopts = Object.fromEntries(x.relations.filter((r) => r.type === "ADOPTS").map((r) => [byId.get(r.to)!.name, r.props.amountYuan]));
    expect(adopts).toEqual({ 高新技术企业认定奖励: 1e6, 企业研发机构奖励: 1e6 });
  });

  it("knows the tools by their local names", () => {
    const { named } = run("运用科技创新券政策给予补贴。落实首台(套)重大技术装备扶持政策。税前按实际支出额进行加计扣除。鼓励知识产权质押贷款。实行告知承诺。");
    expect(named("Instrument")).toEqual(["创新券", "告知承诺制", "知识产权质押融资", "研发费用加计扣除", "首台(套)扶持"]);
  });

  it("files every instrument under a supply, environment or demand category", () => {
    const { x } = run("支持区内企业的创新产品和服务优先列入政府采购名录。");
    expect(x.entities.find((e) => e.name === "政府采购")?.props).toEqual({ category: "demand", subcategory: "procurement" });
  });
});
