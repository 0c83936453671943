import { describe, expect, it } from "vitest";
import { stripFurniture } from "./furniture.js";

const BODY = [
  "关于加快科技创新的若干意见",
  "各镇人民政府，区政府各部门：",
  "为深入实施创新驱动发展战略，加快建设创新型城市，现提出如下意见。",
  "一、加大研发投入。对企业年度研发费用给予补助。",
  "区人民政府",
  "2020年3月31日",
];
const page = (head: string[], tail: string[] = []) => [...head, ...BODY, ...tail].join("\n");

describe("stripFurniture", () => {
  it.each([
    ["RSS阅读"],
    [" 当前位置:网站首页 > 投资开州 > 政策法规 > 内容"],
    ["您的位置：首页 > 政策文件"],
    ["首页 >> 下载中心 >> 国家大学科技园 >> 政策法规"],
    ["来源:区科委网站 作者: 发布日期:2017/8/22 10:47:44 阅读次数:次 【字体:"],
    ["浏览量:          时间:2018-12-22 21:46:47"],
    ["发布日期:2020-08-22"],
    ["-2023- 11/08 08:20"],
    ["【字体：大 中 小】【打印本页】【关闭窗口】"],
    ["2021年07月14日 星期三 放大 缩小 默认"],
    ["分享到："],
    ["扫一扫在手机打开当前页"],
    ["    【法宝引证码】 CLI.12.4792728"],
    ["原文链接：https://www.pkulaw.com/lar/f06f932a9e36c48114c6518ada114f88bdfb.html"],
  ])("removes the header line %s and keeps the document", (line) => {
    const { text, removed } = stripFurniture(page([line]));
    expect(text).toBe(BODY.join("\n"));
    expect(removed).toEqual([line.trim()]);
  });

  it.each([
    ["关闭"],
    ["【打印本页】 【关闭窗口】"],
    ["版权所有：某某市人民政府办公室 浙ICP备05001234号"],
    ["- 3 -"],
    ["第 2 页 共 5 页"],
  ])("removes the footer line %s", (line) => {
    expect(stripFurniture(page([], [line])).text).toBe(BODY.join("\n"));
  });

  it("cuts a related-links block after the body through to the end of the page", () => {
    const tail = ["相关链接：", "关于印发某某办法的通知", "某某市科技计划管理办法", "", "网站地图 | 联系我们"];
    expect(stripFurniture(page([], tail)).text).toBe(BODY.join("\n"));
  });

  it("cuts an e-paper's page list and headlines after the body", () => {
    const tail = ["第01版:一版要闻", "第02版:要闻", "新征程上,必须不断推动构建人类命运共同体", "严阵以待 坚守岗位 做好迎战准备", "报头"];
    expect(stripFurniture(page([], tail)).text).toBe(BODY.join("\n"));
  });

  it("cuts an e-paper's headline list before the document", () => {
    const head = ["01:一版要闻", "本版列表新闻", "~~~——论学习贯彻重要讲话", "某某在全市工作调度会议上强调~~~", "2021年07月14日 星期三 放大 缩小 默认"];
    expect(stripFurniture(page(head)).text).toBe(BODY.join("\n"));
  });

  it("removes an attachment download list but keeps the document's own 附件 line", () => {
    const tail = ["附件：1.申报表", "附件下载：", "申报表.docx", "汇总表.xls"];
    expect(stripFurniture(page([], tail)).text).toBe([...BODY, "附件：1.申报表"].join("\n"));
  });

  it("keeps body sentences that mention furniture words", () => {
    const body = [
      "第一条 为规范网站管理，各单位应当在页面标注版权所有信息并公示网站标识码，提高浏览量：每月统计一次。",
      "第二条 鼓励企业通过扫一扫等方式开展线上申报，打印本页内容留存备查。",
    ].join("\n");
    expect(stripFurniture(body).text).toBe(body);
  });

  it("keeps publication-like lines inside the document (a form's 时间： field, a 来源 clause)", () => {
    const text = [
      "为规范项目管理，制定本办法。",
      "来源：本办法所称资金来源于区级财政预算安排",
      "第二条 项目资金实行专款专用。",
      "甲方（盖章）乙方（盖章）",
      "时间：",
    ].join("\n");
    expect(stripFurniture(text).text).toBe(text);
  });

  it("keeps a lone button word inside the document (a table cell), but not a row of buttons", () => {
    const text = ["为规范项目管理，制定本办法。", "操作", "保存", "【打印本页】【关闭窗口】", "第二条 项目资金实行专款专用。"].join("\n");
    expect(stripFurniture(text).text).toBe(["为规范项目管理，制定本办法。", "操作", "保存", "第二条 项目资金实行专款专用。"].join("\n"));
  });

  it("keeps the signature date, which carries no clock time", () => {
    expect(stripFurniture(page([])).text).toContain("2020年3月31日");
  });

  it("only ever removes whole lines", () => {
    const input = page(["RSS阅读", "来源:区科委网站 作者:"], ["关闭"]);
    const { text } = stripFurniture(input);
    const inputLines = new Set(input.split("\n"));
    for (const line of text.split("\n")) expect(inputLines.has(line)).toBe(true);
  });
});
