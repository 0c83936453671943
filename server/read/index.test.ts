import { createHash } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { readBytes, readDocument, ReadError, type ReadResult } from "./index.js";

const fixture = (name: string) => readFileSync(new URL(`fixtures/${name}`, import.meta.url));
const seedsDir = new URL("../../seeds/", import.meta.url);
const DOC = [
  "关于加快科技创新的若干意见",
  "各镇人民政府，区政府各部门：",
  "为深入实施创新驱动发展战略，加快建设创新型城市，现提出如下意见。",
  "一、加大研发投入。对企业年度研发费用给予１０％的补助，最高１００万元。",
].join("\n");

async function readError(promise: Promise<ReadResult>): Promise<ReadError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ReadError);
  return error as ReadError;
}

function tempFile(name: string, content: string | Buffer): string {
  const path = join(mkdtempSync(join(tmpdir(), "read-")), name);
  writeFileSync(path, content);
  return path;
}

describe("readBytes", () => {
  it("reads a UTF-8 text file into text and a same-length matchText", async () => {
    const result = await readBytes(Buffer.from(DOC), "notice.txt");
    expect(result).toMatchObject({ sourceFile: "notice.txt", format: "txt", encoding: "utf-8", text: DOC, warnings: [] });
    expect(result.matchText).toHaveLength(result.text.length);
    expect(result.matchText).toContain("给予10%的补助，最高100万元");
  });

  it("hashes the raw bytes with sha256", async () => {
    const bytes = iconv.encode(DOC, "gbk");
    expect((await readBytes(bytes, "a.txt")).contentHash).toBe(createHash("sha256").update(bytes).digest("hex"));
  });

  it("reads GB18030 text and reports the encoding", async () => {
    expect(await readBytes(iconv.encode(DOC, "gb18030"), "a.txt")).toMatchObject({ encoding: "gb18030", text: DOC });
  });

  it("reads Big5 text, keeps it traditional in text and matches on simplified", async () => {
    const traditional = "關於加快科技創新的若干意見\n為深入實施創新驅動發展戰略，加快建設創新型城市，現提出如下意見。";
    const result = await readBytes(iconv.encode(traditional, "big5"), "a.txt");
    expect(result).toMatchObject({ encoding: "big5", text: traditional });
    expect(result.matchText).toBe("关于加快科技创新的若干意见\n为深入实施创新驱动发展战略，加快建设创新型城市，现提出如下意见。");
    expect(result.warnings).toContain("decoded as big5 (traditional); matching on simplified text");
  });

  it("accepts a BOM and mixed line endings, normalising to \\n without trailing spaces or blank runs", async () => {
    const messy = `\ufeff${DOC.split("\n").join("  \r\n\r\n\r\n\r\n")}\r`;
    const result = await readBytes(Buffer.from(messy), "a.txt");
    expect(result.text).toBe(DOC.split("\n").join("\n\n"));
  });

  it("reads a GBK HTML page by its <meta charset>, keeping the article and its title", async () => {
    const html = `<html><head><meta charset="gb2312"><title>某某市人民政府</title></head><body>
      <div class="nav">首页 政策文件 政务公开 互动交流</div>
      <div class="article"><h1>关于加快科技创新的若干意见</h1><div class="info">发布日期：2020-08-22 来源：市科技局 【字体：大 中 小】</div>
      <div class="TRS_Editor"><p>各镇人民政府，区政府各部门：</p><p>为深入实施创新驱动发展战略，加快建设创新型城市，现提出如下意见。</p></div></div>
      <div class="footer-links">版权所有 某某市人民政府</div></body></html>`;
    const result = await readBytes(iconv.encode(html, "gbk"), "page.html");
    expect(result).toMatchObject({ format: "html", encoding: "gb18030", pageMeta: { publishedOn: "2020-08-22", publishedFrom: "发布日期", source: "市科技局" } });
    expect(result.text).toBe("关于加快科技创新的若干意见\n各镇人民政府，区政府各部门：\n为深入实施创新驱动发展战略，加快建设创新型城市，现提出如下意见。");
  });

  it("reads a .docx", async () => {
    const result = await readBytes(fixture("notice.docx"), "notice.docx");
    expect(result).toMatchObject({ format: "docx", encoding: "binary" });
    expect(result.text).toContain("为深入实施创新驱动发展战略，加快建设创新型城市，现提出如下意见。");
  });

  it("reads a PDF, dropping page numbers and rejoining sentences broken across lines and pages", async () => {
    const result = await readBytes(fixture("notice.pdf"), "notice.pdf");
    expect(result).toMatchObject({ format: "pdf", encoding: "binary" });
    expect(result.text.split("\n")).toEqual([
      "关于加快科技创新的若干意见",
      "为深入实施创新驱动发展战略，加快建设创新型城市，推动经济高质量发展，结合本区实际，现提出如下意见。",
      "一、总体要求",
      "坚持企业创新主体地位，强化财政科技投入的引导作用，到二〇二五年全社会研发投入占地区生产总值比重达到百分之三。",
      "二、政策措施",
      "（一）对新认定的高新技术企业给予一次性奖励三十万元。",
    ]);
  });

  it("does not rejoin lines of text files, whose line breaks are the author's", async () => {
    const wrapped = "为深入实施创新驱动发展战略，加快建设创新型城市，推动\n经济高质量发展，结合本区实际，现提出如下意见。";
    expect((await readBytes(Buffer.from(wrapped), "a.txt")).text).toBe(wrapped);
  });

  it("reads a PDF named .txt as a PDF, and says so", async () => {
    const result = await readBytes(fixture("notice.pdf"), "notice.txt");
    expect(result.format).toBe("pdf");
    expect(result.warnings).toContain("named .txt but is a PDF; read as pdf");
  });

  it("reports furniture it stripped and the page metadata it carried", async () => {
    const page = `RSS阅读\n 当前位置:网站首页 > 政策法规 > 内容\n来源:区科委网站 作者: 发布日期:2017/8/22 10:47:44 阅读次数:次 【字体:\n${DOC}\n关闭`;
    const result = await readBytes(Buffer.from(page), "a.txt");
    expect(result.text).toBe(DOC);
    expect(result.warnings).toContain("stripped 4 lines of page furniture");
    expect(result.pageMeta).toEqual({ publishedOn: "2017-08-22", publishedFrom: "发布日期", source: "区科委网站" });
  });

  it.each([
    ["UNSUPPORTED", "notice.doc", Buffer.from(DOC)],
    ["EMPTY", "a.txt", Buffer.alloc(0)],
    ["EMPTY", "a.txt", Buffer.from(" \r\n\u3000\u3000\n\t")],
    ["BINARY", "a.txt", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])],
    ["BINARY", "a.txt", Buffer.from(Array.from({ length: 512 }, (_, i) => (i * 7919) % 256))],
    ["NO_CHINESE", "a.txt", Buffer.from("Regulations on science and technology funding.\nArticle 1. 第一条")],
    ["CORRUPT", "a.pdf", Buffer.from("<html><body>404</body></html>")],
  ] as const)("fails with %s for %s", async (code, file, bytes) => {
    const error = await readError(readBytes(bytes, file));
    expect(error.code).toBe(code);
    expect(error.file).toBe(file);
  });

  it("calls a PDF with no text layer EMPTY and says to OCR it", async () => {
    const error = await readError(readBytes(fixture("blank.pdf"), "scan.pdf"));
    expect(error.code).toBe("EMPTY");
    expect(error.message).toContain("OCR");
  });

  it("calls a PDF without Chinese NO_CHINESE", async () => {
    expect((await readError(readBytes(fixture("latin.pdf"), "latin.pdf"))).code).toBe("NO_CHINESE");
  });

  it("calls truncated .docx and .pdf files CORRUPT", async () => {
    const docx = fixture("notice.docx");
    const pdf = fixture("notice.pdf");
    expect((await readError(readBytes(docx.subarray(0, docx.length / 2), "cut.docx"))).code).toBe("CORRUPT");
    expect((await readError(readBytes(pdf.subarray(0, pdf.length / 2), "cut.pdf"))).code).toBe("CORRUPT");
  });

  it("refuses bytes over maxBytes, saying the size and the limit", async () => {
    const error = await readError(readBytes(Buffer.alloc(3 * 1024 + 512, "a"), "big.txt", { maxBytes: 1024 }));
    expect(error.code).toBe("TOO_LARGE");
    expect(error.message).toContain("is 3.5 KB, over the 1 KB limit");
  });
});

describe("readDocument", () => {
  it("reads a file from disk", async () => {
    const path = tempFile("notice.txt", DOC);
    expect(await readDocument(path)).toMatchObject({ sourceFile: path, text: DOC });
  });

  it("fails with NOT_FOUND for a missing file and for a directory", async () => {
    expect((await readError(readDocument("/nonexistent/notice.txt"))).code).toBe("NOT_FOUND");
    expect((await readError(readDocument(tmpdir()))).code).toBe("NOT_FOUND");
  });

  it("refuses a file over maxBytes without reading it", async () => {
    const path = tempFile("big.txt", Buffer.alloc(6 * 1024 * 1024, "文"));
    const error = await readError(readDocument(path));
    expect(error.code).toBe("TOO_LARGE");
    expect(error.message).toContain("over the 5 MB limit");
  });
});

describe("the demo seeds", () => {
  const seeds = readdirSync(seedsDir).filter((f) => f.endsWith(".txt"));
  // The first sentence of each document's body, which must come through whole.
  const firstParagraph: Record<string, string> = {
    "000": "为进一步深化改革、扩大开放,加快实施创新驱动发展战略,根据《中共中央、国务院关于深化体制机制改革加快实施创新驱动发展战略的若干意见》和《中共重庆市委、重庆市人民政府关于深化改革扩大开放加快实施创新驱动发展战略的意见》精神,结合开州区实际,现提出如下实施意见。",
    "001": "为深入贯彻党中央、国务院关于创新驱动发展战略的各项决策部署,",
    "002": "《新乡高新区深化改革创新加快推动高质量发展工作方案》已经区管委会研究同意,现印发给你们,请认真遵照执行。",
    "003": "《东莞市建设国家自主创新示范区实施方案(2017-2020年)》业经市人民政府同意,现印发给你们,请认真贯彻执行。",
    "004": "  为深入贯彻习近平总书记关于创新发展的重要论述,全面落实党的十九届五中全会和省委十一届九次全会决策部署,",
  };

  it("has the five seeds the checks below name", () => {
    expect(seeds.map((f) => f.slice(0, 3))).toEqual(Object.keys(firstParagraph));
  });

  it.each(seeds)("reads %s without page furniture, body intact, matchText aligned", async (file) => {
    const result = await readDocument(new URL(file, seedsDir).pathname);
    for (const furniture of ["RSS阅读", "当前位置", "【字体", "阅读次数", "浏览量", "扫描二维码", "本文链接", "本版列表新闻", "~~~", "第01版"]) {
      expect(result.text).not.toContain(furniture);
    }
    const lines = result.text.split("\n");
    expect(lines.some((line) => line.startsWith(firstParagraph[file.slice(0, 3)]!))).toBe(true);
    expect(result.matchText).toHaveLength(result.text.length);
  });

  it("keeps 000's publication line as page metadata", async () => {
    const result = await readDocument(new URL(seeds[0]!, seedsDir).pathname);
    expect(result.pageMeta).toEqual({ publishedOn: "2017-08-22", publishedFrom: "发布日期", source: "区科委网站" });
    expect(result.text.startsWith("中共重庆市开州区委重庆市开州区人民政府关于深化改革扩大开放加快实施创新驱动发展战略的实施意见\n")).toBe(true);
  });

  it("keeps the e-paper seed 004 down to its title and the decision itself", async () => {
    const result = await readDocument(new URL(seeds[4]!, seedsDir).pathname);
    expect(result.text.split("\n")[0]).toBe("中共乐山市委关于深入推进创新驱动引领乐山高质量发展的决定");
    expect(result.text.endsWith("确保创新驱动发展战略在我市全面落地落实。")).toBe(true);
    expect(result.pageMeta).toEqual({ publishedOn: "2021-07-14", publishedFrom: "stamp" });
  });
});
