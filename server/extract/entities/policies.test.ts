import { describe, expect, it } from "vitest";
import { run } from "./testing.js";
import { bracketedTitles } from "./policies.js";

describe("cited policies", () => {
  it("reads nested titles as one", () => {
    const text = "落实《关于做好<优化营商环境条例>贯彻实施工作的通知》文件精神";
    expect(bracketedTitles(text).map((t) => t.title)).toEqual(["关于做好<优化营商环境条例>贯彻实施工作的通知"]);
  });

  it("keeps the 文号 and resolves a 以下简称 short name to the full title", () => {
    const { x, edges } = run(
      "根据《国务院办公厅关于支持国家级新区深化改革创新加快推动高质量发展的指导意见》(国办发〔2019〕58号,以下简称《指导意见》),结合实际,落实《指导意见》要求。",
    );
    const policies = x.entities.filter((e) => e.label === "Policy");
    expect(policies).toHaveLength(1);
    expect(policies[0]!.props.docNumber).toBe("国办发〔2019〕58号");
    expect(edges("CITES")).toHaveLength(1);
  });

  it("skips the document's own title and things that are not documents", () => {
    const { named } = run("《仙居县全域旅游发展若干意见》已经县政府常务会议研究通过,现印发给你们。订阅《科技日报》,以《中标通知书》为担保。执行《中华人民共和国促进科技成果转化法》。");
    expect(named("Policy")).toEqual(["中华人民共和国促进科技成果转化法"]);
  });

  it("cites the title nested in a cited title, and documents implemented without 《》", () => {
    const { edges } = run("落实《关于做好<优化营商环境条例>贯彻实施工作的通知》文件精神。深入落实粤港、粤澳合作框架协议。全面落实国家、自治区科技体制改革攻坚方案。");
    expect(edges("CITES").sort()).toEqual([
      "Document → 优化营商环境条例",
      "Document → 关于做好<优化营商环境条例>贯彻实施工作的通知",
      "Document → 科技体制改革攻坚方案",
      "Document → 粤港合作框架协议",
      "Document → 粤澳合作框架协议",
    ]);
  });
});
