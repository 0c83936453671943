import { describe, expect, it } from "vitest";
import { documentIssuer, policyIssuer } from "./issuer-level.js";

describe("documentIssuer", () => {
  it("places a county government's document at district level", () => {
    expect(documentIssuer(["仙居县人民政府"], "331024")).toEqual({ level: "district", place: "浙江省台州市仙居县" });
  });
  it("places a high-tech zone's committee with the districts, under its city's code", () => {
    expect(documentIssuer(["区管委会"], "410700").level).toBe("district");
  });
  it("takes the region code's level for a provincial office", () => {
    expect(documentIssuer(["安徽省人民政府办公厅"], "340000")).toEqual({ level: "province", place: "安徽省" });
  });
  it("puts the State Council and ministries at the centre", () => {
    expect(documentIssuer(["国务院办公厅"], null).level).toBe("central");
    expect(documentIssuer(["科技部", "财政部"], null).level).toBe("central");
  });
});

describe("policyIssuer", () => {
  it.each([
    ["国务院办公厅关于支持国家级新区深化改革创新加快推动高质量发展的指导意见", null, null, "central"],
    ["中共中央、国务院关于深化体制机制改革加快实施创新驱动发展战略的若干意见", null, null, "central"],
    ["浙江省人民政府关于印发浙江省推进企业上市和并购重组“凤凰行动”计划的通知", null, "331024", "province"],
    ["中共重庆市委、重庆市人民政府关于深化改革扩大开放加快实施创新驱动发展战略的意见", null, "500154", "province"],
    ["嘉兴市人民政府关于进一步推动科技创新的若干政策意见", null, "330400", "city"],
    ["安吉县人民政府关于支持大众创业促进就业的意见", null, "330523", "district"],
    ["浙江省创业担保贷款实施办法（试行）", null, "330523", "province"],
    ["财政违法行为处罚处分条例", null, "331024", "central"],
  ])("%s → %s", (title, docNumber, citer, level) => {
    expect(policyIssuer(title, docNumber, citer).level).toBe(level);
  });

  it("reads the level from the 文号 when the title names no issuer", () => {
    expect(policyIssuer("关于促进新材料产业发展的若干意见", "仙政发〔2017〕185号", "331024")).toEqual({ level: "district", place: "浙江省台州市仙居县" });
    expect(policyIssuer("关于做好创业担保贷款工作的通知", "浙政发〔2017〕40号", "440300")).toEqual({ level: "province", place: "浙江省" });
    expect(policyIssuer("专利收费减缴办法", "财税〔2016〕78号", "331024").level).toBe("central");
  });

  it("says unknown rather than guess", () => {
    expect(policyIssuer("关于支持大众创业促进就业的实施意见", null, "330523")).toEqual({ level: "unknown", place: null });
  });
});
