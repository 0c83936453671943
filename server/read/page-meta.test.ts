import { describe, expect, it } from "vitest";
import { isoDate, labelledValues, pageMetaFrom } from "./page-meta.js";

describe("labelledValues", () => {
  it("splits a publication line into label/value pairs, dropping 【…】 widgets", () => {
    expect(labelledValues("来源:区科委网站 作者: 发布日期:2017/8/22 10:47:44 阅读次数:次 【字体:").map(({ key, value }) => [key, value])).toEqual([
      ["来源", "区科委网站"],
      ["作者", ""],
      ["发布日期", "2017/8/22 10:47:44"],
      ["阅读次数", "次"],
      ["字体", ""],
    ]);
  });

  it("prefers the longer label (信息来源 over 来源)", () => {
    expect(labelledValues("信息来源：市科技局")).toEqual([{ key: "信息来源", value: "市科技局", at: 0 }]);
  });
});

describe("isoDate", () => {
  it.each([
    ["2017/8/22 10:47:44", "2017-08-22"],
    ["2018-12-22 21:46:47", "2018-12-22"],
    ["2021年07月14日 星期三", "2021-07-14"],
    ["-2023- 11/08 08:20", "2023-11-08"],
    ["2020.3.5", "2020-03-05"],
  ])("reads %s as %s", (text, iso) => {
    expect(isoDate(text)).toBe(iso);
  });

  it("rejects impossible months and text without a date", () => {
    expect(isoDate("2020-13-01")).toBeUndefined();
    expect(isoDate("CLI.12.4792728")).toBeUndefined();
  });
});

describe("pageMetaFrom", () => {
  it("takes the labelled date and the source", () => {
    expect(pageMetaFrom(["来源:区科委网站 作者: 发布日期:2017/8/22 10:47:44"], true)).toEqual({ publishedOn: "2017-08-22", publishedFrom: "发布日期", source: "区科委网站" });
  });

  it("prefers a page stamp over dates quoted in headline lists when no date is labelled", () => {
    expect(pageMetaFrom(["~~~(2021年7月6日全体会议通过)", "2021年07月14日 星期三 放大 缩小 默认"], true)).toEqual({ publishedOn: "2021-07-14", publishedFrom: "stamp" });
  });

  it("ignores unlabelled dates when told to (text outside an HTML page's main container)", () => {
    expect(pageMetaFrom(["最新文章 2023-05-01"], false)).toEqual({});
  });
});
