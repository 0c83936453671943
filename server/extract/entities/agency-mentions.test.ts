import { describe, expect, it } from "vitest";
import { run } from "./testing.js";

describe("agencies named in running text", () => {
  it("finds bodies with a level prefix, and the groups a document sets up", () => {
    const { named } = run("完善院企合作对接机制,成立区产学研合作办公室,负责引进。由区财政出资500万元。市委督查室、市政府督查室负责督办。");
    expect(named("Agency")).toEqual(["区产学研合作办公室", "区财政", "市委督查室", "市政府督查室"]);
  });

  it("knows central bodies written without a place (党中央 → 中共中央)", () => {
    const { x } = run("为深入贯彻党中央、国务院关于创新驱动发展战略的决策部署。进一步推广公安部对外籍人才的政策。");
    const agencies = x.entities.filter((e) => e.label === "Agency");
    expect(agencies.map((e) => e.name).sort()).toEqual(["中共中央", "公安部", "国务院"]);
    expect(agencies.find((e) => e.name === "中共中央")!.aliases).toContain("党中央");
  });

  it("splits bodies written without a separator and names 市政府 as the 人民政府", () => {
    const { named } = run("市委市政府高度重视科技创新工作。");
    expect(named("Agency")).toEqual(["市人民政府", "市委"]);
  });

  it("reads no body into 布局, 格局 or a group of bodies", () => {
    const { named } = run("优化国家发展全局和产业布局。各地级以上市人民政府要加强领导。");
    expect(named("Agency")).toEqual([]);
  });

  it("reads regulator and central-bank branches named by their place", () => {
    const { named } = run("推动人民银行东莞市中心支行、江西银保监局加大支持。");
    expect(named("Agency")).toEqual(["人民银行东莞市中心支行", "江西银保监局"]);
  });

  it("starts a body's name where the body begins: a place, a bracketed place, a zone, not inside a word", () => {
    const { named } = run("中国(上海)自由贸易试验区临港新片区管理委员会负责实施。由平湖经济技术开发区管委会、温州市金融办审核。经市科技局认定。数据专区采取政府授权运营模式。");
    expect(named("Agency")).toEqual(["中国(上海)自由贸易试验区临港新片区管理委员会", "市科技局", "平湖经济技术开发区管委会", "温州市金融办"]);
  });

  it("reads no body into a document number's prefix", () => {
    const { named } = run("原嘉港区工委〔2012〕3号文件同时废止。");
    expect(named("Agency")).toEqual([]);
  });
});
