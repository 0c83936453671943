import { describe, expect, it } from "vitest";
import { run } from "./testing.js";

const targets = (text: string) => {
  const { x, byId } = run(text);
  return Object.fromEntries(x.relations.filter((r) => r.type === "SETS_TARGET").map((r) => [byId.get(r.to)!.name, r.props]));
};

describe("indicators", () => {
  it("sets targets with value, unit and the year of 到2020年 before them", () => {
    expect(targets("(三)发展目标\n到2020年,努力建成创新之城。\n全社会研究与试验发展(R&D)经费支出占地区生产总值比重达到2.3%以上,每万人发明专利拥有量达到1.5件以上。")).toEqual({
      "R&D经费投入占GDP比重": { value: 2.3, unit: "%", year: 2020 },
      每万人发明专利拥有量: { value: 1.5, unit: "件", year: 2020 },
    });
  });

  it("pairs 分别达到 lists with their values", () => {
    const t = targets("到2025年,力争国家高新技术企业、自治区科技型中小企业分别达到250家、1200家以上。");
    expect(t).toMatchObject({ 高新技术企业数量: { value: 250, unit: "家" }, 科技型中小企业数量: { value: 1200, unit: "家" } });
  });

  it("keeps an indicator the vocabulary does not know as written", () => {
    expect(Object.keys(targets("到2020年,战略性新兴制造业增加值占规模以上工业增加值比重达到18%,知识密集型服务业营业收入突破50亿元。"))).toEqual(
      expect.arrayContaining(["战略性新兴产业增加值占规上工业增加值比重", "知识密集型服务业营业收入"]),
    );
  });
});
