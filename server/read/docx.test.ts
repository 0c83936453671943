import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import JSZip from "jszip";
import { docxBomb } from "../../test/fixtures/bad/bombs.js";
import { docxToText, MAX_DOCX_ENTRIES } from "./docx.js";
import { ReadError } from "./types.js";

const notice = readFileSync(new URL("fixtures/notice.docx", import.meta.url));

describe("docxToText", () => {
  it("reads the paragraphs of a .docx", async () => {
    const text = await docxToText(notice, "notice.docx");
    expect(text.split("\n").filter(Boolean)).toEqual([
      "关于加快科技创新的若干意见",
      "各镇人民政府，区政府各部门：",
      "为深入实施创新驱动发展战略，加快建设创新型城市，现提出如下意见。",
      "一、加大研发投入。对企业年度研发费用给予10%的补助，最高100万元。",
    ]);
  });

  it("calls a truncated .docx CORRUPT, wrapping the zip reader's message", async () => {
    const error = await docxToText(notice.subarray(0, notice.length - 30), "cut.docx").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ReadError);
    expect(error).toMatchObject({ code: "CORRUPT", file: "cut.docx" });
    expect((error as ReadError).message).toMatch(/central directory/);
  });

  it("refuses a zip that declares more than 100 MB uncompressed as TOO_LARGE, before inflating it", async () => {
    await expect(docxToText(docxBomb(400), "bomb.docx")).rejects.toMatchObject({ code: "TOO_LARGE", message: expect.stringContaining("declares 400 MB uncompressed") });
  });

  it("stops inflating a zip that lies about its sizes once it passes 100 MB", async () => {
    const liar = docxBomb(150, 1024);
    await expect(docxToText(liar, "liar.docx")).rejects.toMatchObject({ code: "TOO_LARGE", message: expect.stringMatching(/inflates to more than 100 MB \(its zip declares 0 MB\)/) });
  });

  it("refuses a zip of more entries than a .docx has as TOO_LARGE", async () => {
    const zip = await JSZip.loadAsync(notice);
    for (let i = 0; i <= MAX_DOCX_ENTRIES; i++) zip.file(`word/media/x${i}.txt`, "");
    const many = await zip.generateAsync({ type: "uint8array" });
    await expect(docxToText(many, "many.docx")).rejects.toMatchObject({ code: "TOO_LARGE", message: expect.stringMatching(/2,0\d\d entries/) });
  });
});
