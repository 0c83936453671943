import { describe, expect, it } from "vitest";
import { run } from "./testing.js";

const targets = (text: string) => {
  const { x, byId } = run(text);
  return Object.fromEntries(x.relations.filter((r) => r.type === "SETS_TARGET").map((r) => [byId.get(r.to)!.name, r.props]));
};

describe("indicators", () => {
  it("sets targets with value, unit and the year of 到2020年 before them", () => {
    expect(targets("(三)发展目标\n到2020年,努力建成创新之城。\n全社会研究与试验发展(R&D)经费支出占地区生产总值比重达到2.3%以上,每万人发明专利拥有量达到1.5件以上。")).toEqual({
      "R&D经费投入占GDP比重": { value: 2.3, unit: "%", year: 2020, comparator: ">=" },
      每万人发明专利拥有量: { value: 1.5, unit: "件", year: 2020, comparator: ">=" },
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

  it("reads award thresholds and definitions as conditions, not targets", () => {
    expect(targets("对年销售收入达到5000万元以上的企业，销售收入同比增幅达20%以上的，按年度新增税后利润的20%奖励。")).toEqual({});
    expect(targets("推荐的企业落地5年内，销售收入突破1亿元、5000万元、1000万元的，分别再给予投资机构20万元、10万元、5万元奖励。")).toEqual({});
    expect(targets("产业化是指取得省级以上技术成果，并在县内投入生产实现开票销售收入超过100万元的技术产品。")).toEqual({});
    expect(targets("争取到2020年，全县工艺礼品行业销售收入达到1亿元以上企业8家。")).not.toEqual({});
  });
});

describe("count and size targets", () => {
  const targets = (text: string) => {
    const { x, byId } = run(text);
    return x.relations.filter((r) => r.type === "SETS_TARGET").map((r) => [byId.get(r.to)!.name, r.props.value, r.props.unit, r.props.comparator]);
  };

  it("reads verb + count + noun, keeping the defining verb in the name", () => {
    expect(targets("培育15户高新技术企业。")).toEqual([["高新技术企业培育数量", 15, "户", "="]]);
  });

  it("reads verb + noun + count with the magnitude in the unit", () => {
    expect(targets("建设示范性众创空间2万平方米以上。全市新增上市公司4家以上。")).toEqual([
      ["示范性众创空间面积", 2, "万平方米", ">="],
      ["新增上市公司数量", 4, "家", ">="],
    ]);
  });

  it("shares the verb across a count list, and reads 零的突破 as 1", () => {
    expect(targets("到2020年,力争打造农家乐精品示范区1个、农家乐特色乡镇3个。力争实现领军型企业零的突破。").map((t) => t.slice(0, 2))).toEqual([
      ["农家乐精品示范区数量", 1],
      ["农家乐特色乡镇数量", 3],
      ["领军型企业数量", 1],
    ]);
  });

  it("takes no target from a fund's size or from the present", () => {
    expect(targets("初期设立1亿元区级产业引导基金。现有高新技术企业50家。")).toEqual([]);
  });
});
