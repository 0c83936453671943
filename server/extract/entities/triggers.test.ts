import { describe, expect, it } from "vitest";
import { splitSentences } from "../context.js";
import { establishes, establishmentFacts } from "./triggers.js";

/** The classifier on the first occurrence of `name` in a one-sentence `text`. */
const at = (text: string, name: string) => {
  const s = splitSentences(text)[0]!;
  const start = text.indexOf(name);
  return { establishes: establishes(text, s, start, start + name.length), facts: establishmentFacts(text, s, start) };
};

describe("ESTABLISHES triggers", () => {
  it("takes a building or launching verb before the name, or 建设 after it", () => {
    expect(at("鼓励企业与高校组建产业技术创新联盟", "产业技术创新联盟").establishes).toBe(true);
    expect(at("深入实施科技惠民示范工程", "科技惠民示范工程").establishes).toBe(true);
    expect(at("加快推进物流园区建设", "物流园区").establishes).toBe(true);
    expect(at("继续加强松山湖知识产权试点园区和知识产权服务业聚集发展试验区建设", "松山湖知识产权试点园区").establishes).toBe(true);
    expect(at("积极发展育成中心、科研平台等实体机构", "育成中心").establishes).toBe(true);
  });

  it("refuses linking verbs and awards", () => {
    expect(at("依托科技金融服务平台", "科技金融服务平台").establishes).toBe(false);
    expect(at("对新认定的企业研发中心给予奖励", "企业研发中心").establishes).toBe(false);
    expect(at("鼓励企业参加中国创新创业大赛", "中国创新创业大赛").establishes).toBe(false);
    expect(at("做强茶叶科技园", "茶叶科技园").establishes).toBe(false);
    expect(at("设立面向新型研发机构的投资基金", "新型研发机构").establishes).toBe(false);
  });

  it("lets a trigger after a linking verb establish: 依托X建设Y", () => {
    expect(at("依托浦里工业新区建设众创空间", "众创空间").establishes).toBe(true);
  });

  it("reads the year, total investment and count of the commitment", () => {
    expect(at("2016年率先在赵家组团建设知识产权创新园", "知识产权创新园").facts).toEqual({ year: 2016 });
    expect(at("重点推进总投资110亿元的新乡万华生命科学产业城", "新乡万华生命科学产业城").facts).toEqual({ amountYuan: 11000000000, amountText: "总投资110亿元" });
    expect(at("设立1所国有科研机构", "国有科研机构").facts).toEqual({ count: 1 });
  });
});
