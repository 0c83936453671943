import { describe, expect, it } from "vitest";
import { findIssuingZone, findResponsibilities, isAgencyName, resolveAgencyName, splitAgencyList, splitIssuers } from "./agencies.js";

describe("splitIssuers", () => {
  it("finds both issuers of 开州区's 实施意见, spaced or run together", () => {
    const both = ["中共重庆市开州区委", "重庆市开州区人民政府"];
    expect(splitIssuers("中共重庆市开州区委 重庆市开州区人民政府")).toEqual(both);
    expect(splitIssuers("中共重庆市开州区委重庆市开州区人民政府")).toEqual(both);
  });

  it("splits 银川's two offices and a three-body signature with a bank branch", () => {
    expect(splitIssuers("中共银川市委办公室银川市人民政府办公室")).toEqual(["中共银川市委办公室", "银川市人民政府办公室"]);
    expect(splitIssuers("安吉县人力资源和社会保障局安吉县财政局中国人民银行安吉支行")).toEqual([
      "安吉县人力资源和社会保障局",
      "安吉县财政局",
      "中国人民银行安吉支行",
    ]);
    expect(splitIssuers("区委办公室区政府办公室")).toEqual(["区委办公室", "区政府办公室"]);
  });

  it("says a title is not an issuer line", () => {
    expect(splitIssuers("关于深化改革扩大开放加快实施创新驱动发展战略的实施意见")).toBeNull();
  });
});

describe("splitAgencyList", () => {
  it("carries 银川's 市 prefix to the bodies listed after 市工信局", () => {
    expect(splitAgencyList("市工信局、农业农村局、发改委")).toEqual(["市工信局", "市农业农村局", "市发改委"]);
  });

  it("drops groups of bodies: 各县(市)区政府, 各园区, 各相关部门, 管委会各部门", () => {
    expect(splitAgencyList("市科技局、网信局,各县(市)区政府,各园区")).toEqual(["市科技局", "市网信局"]);
    expect(splitAgencyList("各相关部门")).toEqual([]);
    expect(splitAgencyList("管委会各部门")).toEqual([]);
  });

  it("splits on 和 between two bodies but keeps 经济和信息化厅 whole", () => {
    expect(splitAgencyList("市财政局和市科技局")).toEqual(["市财政局", "市科技局"]);
    expect(splitAgencyList("省经济和信息化厅、省人力资源和社会保障厅")).toEqual(["省经济和信息化厅", "省人力资源和社会保障厅"]);
  });

  it("does not give a zone's 管委会 the city's prefix", () => {
    expect(splitAgencyList("市规划局、滨海湾新区管委会")).toEqual(["市规划局", "滨海湾新区管委会"]);
  });

  it("knows a body from a place or a group", () => {
    expect(isAgencyName("区科委")).toBe(true);
    expect(isAgencyName("石龙镇")).toBe(false);
    expect(isAgencyName("各有关部门")).toBe(false);
  });
});

describe("resolveAgencyName", () => {
  it("expands 区科委 in 开州区's document to 开州区科委, keeping the short form as alias", () => {
    expect(resolveAgencyName("区科委", "500154")).toMatchObject({ name: "开州区科委", alias: "区科委" });
  });

  it("reads 市 in a district's document as the city above it (市科委 → 重庆市科委)", () => {
    expect(resolveAgencyName("市科委", "500154").name).toBe("重庆市科委");
  });

  it("applies the synonyms in vocab/agency-names.json: 区发改委 → 开州区发展改革委", () => {
    expect(resolveAgencyName("区发改委", "500154").name).toBe("开州区发展改革委");
    expect(resolveAgencyName("市科技局", "640100")).toMatchObject({ name: "银川市科技局" });
  });

  it("leaves 市场监管局 alone (市场 is not 市) and invents no prefix without a matching level", () => {
    expect(resolveAgencyName("市场监管局", "640100").name).toBe("市场监管局");
    expect(resolveAgencyName("县科技局", "640100").name).toBe("县科技局");
  });

  it("reads 区 in 新乡高新区's document as the zone", () => {
    expect(findIssuingZone("新开〔2020〕28号\n新乡高新区深化改革创新加快推动高质量发展工作方案\n")).toBe("新乡高新区");
    expect(resolveAgencyName("区经济发展局", "410700", "新乡高新区").name).toBe("新乡高新区经济发展局");
  });
});

describe("findResponsibilities", () => {
  it("reads 新乡高新区's (牵头单位:…;配合单位:…) note, skipping 各相关部门", () => {
    const text = "营造高质量发展的浓厚氛围。(牵头单位:区经济发展局、科学技术局;配合单位:各相关部门)";
    expect(findResponsibilities(text)).toEqual([
      expect.objectContaining({ role: "牵头", relation: "LED_BY", names: ["区经济发展局", "区科学技术局"] }),
    ]);
  });

  it("reads 银川's 牵头部门 / 责任部门 lines", () => {
    const text = "牵头部门:市科技局\n\n责任部门:市财政局、发改委、工信局,各县(市)区政府,各园区\n";
    const found = findResponsibilities(text);
    expect(found.map((r) => [r.relation, r.names])).toEqual([
      ["LED_BY", ["市科技局"]],
      ["ASSIGNED_TO", ["市财政局", "市发改委", "市工信局"]],
    ]);
  });

  it("reads a trailing (省商务厅牵头，省发展改革委…按职责分工配合) note", () => {
    const found = findResponsibilities("（省商务厅牵头，省发展改革委、省经济和信息化厅按职责分工配合）");
    expect(found.map((r) => [r.role, r.names])).toEqual([
      ["牵头", ["省商务厅"]],
      ["配合", ["省发展改革委", "省经济和信息化厅"]],
    ]);
  });

  it("reads the lead and cooperating columns of a task table", () => {
    const text = "序号\t任务内容\t牵头单位\t配合单位\n1\t培育数字经济核心企业\t区经信局\t区科技局、区财政局\n";
    expect(findResponsibilities(text).map((r) => [r.relation, r.names])).toEqual([
      ["LED_BY", ["区经信局"]],
      ["ASSIGNED_TO", ["区科技局", "区财政局"]],
    ]);
  });

  it("ignores brackets that name no role, such as (2017-2020年) or (以下简称东莞自创区)", () => {
    expect(findResponsibilities("实施方案(2017-2020年)(以下简称东莞自创区)")).toEqual([]);
  });
});
