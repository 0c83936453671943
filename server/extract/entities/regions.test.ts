import { describe, expect, it } from "vitest";
import { run } from "./testing.js";

const HEADER = "东莞市人民政府关于实施创新驱动发展的意见\n\n";

describe("regions", () => {
  it("finds towns and streets that appear only in a 责任单位 list", () => {
    const { named } = run(`${HEADER}责任单位:市科技局,谢岗镇、东城街道。`);
    expect(named("Region")).toEqual(expect.arrayContaining(["东莞市", "广东省", "谢岗镇", "东城街道"]));
  });

  it("resolves a short name written after its province and relates it to that province", () => {
    const { named, edges } = run(`${HEADER}完善与山东潍坊等东西扶贫协作机制。`);
    expect(named("Region")).toEqual(expect.arrayContaining(["山东省", "潍坊市"]));
    expect(edges("PART_OF")).toContain("潍坊市 → 山东省");
  });

  it("finds named regional groupings and foreign places, cities PART_OF their country", () => {
    const { named, edges } = run(`${HEADER}融入粤港澳大湾区建设,在美国硅谷、英国伦敦设立海外人才工作站。`);
    expect(named("Region")).toEqual(expect.arrayContaining(["粤港澳大湾区", "美国", "硅谷", "英国", "伦敦"]));
    expect(edges("PART_OF")).toEqual(expect.arrayContaining(["硅谷 → 美国", "伦敦 → 英国"]));
  });

  it("does not read places into words, names and slogans", () => {
    const { named } = run(`${HEADER}进一步解放思想,支持平和滤清器发展,建设“中国绿色硅谷”,创新市区统筹机制。`);
    expect(named("Region")).toEqual(["东莞市", "广东省"]);
  });
});

describe("organization placement", () => {
  it("places an organization by its name only in the document's own region, marked inferred", () => {
    const { x, edges } = run(`${HEADER}支持东莞理工学院与北京大学共建实验室。`);
    expect(edges("LOCATED_IN")).toEqual(["东莞理工学院 → 东莞市"]);
    expect(x.relations.find((r) => r.type === "LOCATED_IN")!.props.inferred).toBe(true);
  });

  it("knows the national exchanges by their short names", () => {
    const { named } = run(`${HEADER}支持企业在沪深交易所、新三板和上海股交中心挂牌上市。`);
    expect(named("Organization")).toEqual(["上海股权托管交易中心", "全国中小企业股份转让系统", "沪深交易所"]);
  });
});

describe("park containment", () => {
  it("makes a sub-park PART_OF the zone its name begins with, and a zone 纳入 a region LOCATED_IN it", () => {
    const { edges } = run(`${HEADER}做强乐山高新区,建设乐山高新区光电信息科技园。以滨海湾新区纳入粤港澳大湾区建设为契机。`);
    expect(edges("PART_OF")).toContain("乐山高新区光电信息科技园 → 乐山高新区");
    expect(edges("LOCATED_IN")).toContain("滨海湾新区 → 粤港澳大湾区");
  });
});

describe("home region words", () => {
  it("takes 我市/全市 as aliases of the document's city, not as places of their own", () => {
    const { x, named } = run(`${HEADER}到2025年,全市高新技术企业达到100家,我市创新能力明显增强。`);
    expect(named("Region")).toEqual(["东莞市", "广东省"]);
    expect(x.entities.find((e) => e.name === "东莞市")!.aliases).toEqual(expect.arrayContaining(["全市", "我市"]));
  });
});
