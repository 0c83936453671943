import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { joinBrokenLines, pdfToText } from "./pdf.js";
import { ReadError } from "./types.js";

const fixture = (name: string) => readFileSync(new URL(`fixtures/${name}`, import.meta.url));

describe("joinBrokenLines", () => {
  const page = [
    "关于加快科技创新的若干意见",
    "为深入实施创新驱动发展战略，加快建设创新型城市，推动",
    "经济高质量发展，结合本区实际，现提出如下意见。",
    "一、总体要求",
    "坚持企业创新主体地位，强化财政科技投入的引导作用，到",
    "2025年研发投入占比达到百分之三，新增高新技术企业百家。",
    "（一）对新认定的高新技术企业给予一次性奖励三十万元，对",
    "（二）对重新认定的高新技术企业给予奖励十万元，对企业。",
  ].join("\n");
  const joined = joinBrokenLines(page).split("\n");

  it("joins a full line that stops mid-sentence to the Chinese line that continues it", () => {
    expect(joined).toContain("为深入实施创新驱动发展战略，加快建设创新型城市，推动经济高质量发展，结合本区实际，现提出如下意见。");
  });

  it("leaves the title and short headings on their own lines", () => {
    expect(joined.slice(0, 1)).toEqual(["关于加快科技创新的若干意见"]);
    expect(joined).toContain("一、总体要求");
  });

  it("joins a line continued by a number", () => {
    expect(joined).toContain("坚持企业创新主体地位，强化财政科技投入的引导作用，到2025年研发投入占比达到百分之三，新增高新技术企业百家。");
  });

  it("does not join when the next line opens a numbered item", () => {
    expect(joined).toContain("（一）对新认定的高新技术企业给予一次性奖励三十万元，对");
    expect(joined).toContain("（二）对重新认定的高新技术企业给予奖励十万元，对企业。");
  });

  it("keeps lines that end a sentence with 。；：！？", () => {
    const text = "第一条为规范科技计划项目管理，制定本办法。本办法自发布之日起施行；\n第二条本办法适用于全区科技计划项目的申报管理与验收工作。";
    expect(joinBrokenLines(text)).toBe(text);
  });
});

describe("pdfToText", () => {
  it("reads every page of a Chinese PDF, pages joined by a line break", async () => {
    const text = await pdfToText(fixture("notice.pdf"), "notice.pdf");
    expect(text.split("\n")).toEqual([
      "关于加快科技创新的若干意见",
      "为深入实施创新驱动发展战略，加快建设创新型城市，推动",
      "经济高质量发展，结合本区实际，现提出如下意见。",
      "一、总体要求",
      "坚持企业创新主体地位，强化财政科技投入的引导作用，到二",
      "- 1 -",
      "〇二五年全社会研发投入占地区生产总值比重达到百分之三。",
      "二、政策措施",
      "（一）对新认定的高新技术企业给予一次性奖励三十万元。",
    ]);
  });

  it("calls a truncated PDF CORRUPT, with pdf.js's reason", async () => {
    const bytes = fixture("notice.pdf");
    const error = await pdfToText(bytes.subarray(0, 400), "cut.pdf").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ReadError);
    expect(error).toMatchObject({ code: "CORRUPT", file: "cut.pdf" });
    expect((error as ReadError).message).toMatch(/not a readable PDF \(\w+: .+\)/);
  });
});
