import { describe, expect, it } from "vitest";
import { run } from "./testing.js";

const adopts = (text: string): Record<string, unknown>[] => {
  const { x, byId } = run(text);
  return x.relations.filter((r) => r.type === "ADOPTS").map((r) => ({ name: byId.get(r.to)!.name, quote: r.quote, ...r.props }));
};

describe("instruments", () => {
  it("names an award by its object, trigger and tool type, with the award size", () => {
    const found = adopts("首次认定的高新技术企业,给予一次性奖励100万元。对新认定的国家级、市级和区级企业研发中心,分别给于一次性奖励100万元、50万元、5万元。");
    expect(found.map((f) => [f.name, f.amountYuan])).toEqual([
      ["高新技术企业认定奖励", 1e6],
      ["企业研发中心认定奖励", 1e6],
    ]);
  });

  it("quotes a provision with its condition and its cap", () => {
    const [f] = adopts("鼓励知识产权质押贷款,按贷款时银行同期基准利率的50%给予补贴,单个企业每年最高20万元。");
    expect(f).toMatchObject({ name: "知识产权质押贷款补贴", amountYuan: 2e5, rate: 0.5 });
    expect(f!.quote).toBe("鼓励知识产权质押贷款,按贷款时银行同期基准利率的50%给予补贴,单个企业每年最高20万元");
  });

  it("keeps a per-item amount beside a yearly cap, and a range's lower bound", () => {
    const [cap, range] = adopts("对经登记备案的知识产权服务机构,每转移1件发明专利奖励1万元,每个机构每年最高不超过20万元。对经认定的市级新产品给予奖励10-30万元。");
    expect(cap).toMatchObject({ amountYuan: 1e4, capYuan: 2e5 });
    expect(range).toMatchObject({ name: "新产品认定奖励", amountYuan: 3e5, amountMinYuan: 1e5 });
  });

  it("adopts regimes and listed tools, one edge each", () => {
    const names = adopts("建立科技项目成果后评估制度。实施“揭榜挂帅”、定向委托等制度。综合运用基金支持、贷款贴息、风险补偿等方式。").map((f) => f.name);
    expect(names).toEqual(["科技项目成果后评估制度", "“揭榜挂帅”制度", "定向委托制度", "基金支持", "贷款贴息", "风险补偿"]);
  });

  it("takes no coordination mechanism for a tool", () => {
    expect(adopts("完善跨部门沟通协商机制。建立健全实施创新驱动发展战略的领导机制。")).toEqual([]);
  });

  it("keeps one edge per provision: a repeat without a new amount gets none", () => {
    const names = adopts("推广使用科技创新券。用好科技创新券。对首次认定的高新技术企业给予奖励10万元。对首次认定的高新技术企业给予奖励20万元。").map((f) => f.name);
    expect(names).toEqual(["创新券", "高新技术企业认定奖励", "高新技术企业认定奖励"]);
  });

  it("gives each tool its concept, its Appendix A tool type and its side", () => {
    const { x } = run("支持区内企业的创新产品和服务优先列入政府采购名录。推广使用科技创新券。");
    expect(x.entities.find((e) => e.name === "政府采购")?.props).toEqual({ concept: "政府采购", category: "procurement", side: "demand" });
    expect(x.entities.find((e) => e.name === "创新券")?.aliases).toContain("科技创新券");
  });
});

describe("permissions and trials", () => {
  it("adopts what a document lets or tries; a 允许…范围内 scope is no tool and no beneficiary", () => {
    const names = adopts("并允许孵化器载体房屋分割转让。在政策允许的范围内,给予贴息。试行国有企业科研奖励单列。").map((f) => f.name);
    expect(names).toEqual(["孵化器载体房屋分割转让", "贷款贴息", "国有企业科研奖励单列"]);
  });
});

describe("provision money", () => {
  it("reads the award, not the condition's threshold", () => {
    const [f] = adopts("对年营业收入首次超过1亿元的旅行社,给予一次性奖励10万元。");
    expect(f).toMatchObject({ name: "旅行社奖励", amountYuan: 1e5 });
  });

  it("takes a standalone cap for part of the provision before it, not a tool", () => {
    expect(adopts("对开通旅游专线的企业,给予补助。每条线路补助最高不超过2万元。").map((f) => f.name)).toEqual(["企业补助"]);
  });
});
