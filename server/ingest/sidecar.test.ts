import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import iconv from "iconv-lite";
import { afterEach, describe, expect, it } from "vitest";
import { isoDate, readSidecar, readSidecars } from "./sidecar.js";

let dir: string;
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

function folder(files: Record<string, string | Buffer>): string {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "sidecar-"));
  for (const [name, content] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), content);
  return dir;
}

describe("readSidecar", () => {
  it("reads a 北大法宝-style CSV with Chinese headers, keeping every column", () => {
    const d = folder({ "法宝.csv": '文件名,标题,发布部门,发布日期,效力级别,地区\na.txt,"关于印发《甲》的通知",仙居县人民政府、仙居县科技局,2017年3月5日,地方规范性文件,浙江省台州市仙居\n' });
    const problems: string[] = [];
    const rows = readSidecar(path.join(d, "法宝.csv"), problems)!;
    expect(problems).toEqual([]);
    expect(rows.get("a.txt")).toMatchObject({
      title: "关于印发《甲》的通知",
      issuers: ["仙居县人民政府", "仙居县科技局"],
      publishedOn: "2017-03-05",
      region: "浙江省台州市仙居",
      columns: { 效力级别: "地方规范性文件", 发布日期: "2017年3月5日" },
    });
  });

  it("reads a GBK-encoded TSV", () => {
    const d = folder({ "meta.tsv": iconv.encode("file\ttitle\tdate\nb.txt\t关于促进新材料产业发展的若干意见\t2017/12/1\n", "gbk") });
    const rows = readSidecar(path.join(d, "meta.tsv"), [])!;
    expect(rows.get("b.txt")).toMatchObject({ title: "关于促进新材料产业发展的若干意见", publishedOn: "2017-12-01" });
  });

  it("passes over a table without a file column, and reports bad rows by line without failing the rest", () => {
    const d = folder({ "other.csv": "a,b\n1,2\n", "meta.csv": "file,date\n,2017-01-01\nc.txt,2017-13-40\nd.txt,2018\n" });
    expect(readSidecar(path.join(d, "other.csv"), [])).toBeNull();
    const problems: string[] = [];
    const rows = readSidecar(path.join(d, "meta.csv"), problems)!;
    expect(problems).toEqual([
      expect.stringMatching(/meta\.csv line 2: the file column is empty/),
      expect.stringMatching(/meta\.csv line 3: date "2017-13-40" is not a date/),
    ]);
    expect(rows.get("c.txt")?.publishedOn).toBeUndefined();
    expect(rows.get("d.txt")?.publishedOn).toBe("2018");
  });
});

describe("readSidecars", () => {
  it("matches rows to files, reporting rows without a file and files without a row", () => {
    const d = folder({ "a.txt": "甲", "b.txt": "乙", "SOURCES.tsv": "file\ttitle\na.txt\t甲\nghost.txt\t鬼\n" });
    const { byFile, report } = readSidecars([d], [path.join(d, "a.txt"), path.join(d, "b.txt")]);
    expect([...byFile.keys()]).toEqual([path.join(d, "a.txt")]);
    expect(report.unknownFiles).toEqual([expect.stringMatching(/SOURCES\.tsv line 3: ghost\.txt$/)]);
    expect(report.missingFiles).toEqual([path.relative(process.cwd(), path.join(d, "b.txt"))]);
  });
});

describe("isoDate", () => {
  it.each([
    ["2017-03-05", "2017-03-05"],
    ["2017/3/5", "2017-03-05"],
    ["2017.3.5", "2017-03-05"],
    ["2017年3月5日", "2017-03-05"],
    ["2017年3月", "2017-03"],
    ["20170305", "2017-03-05"],
    ["2017", "2017"],
    ["2017-02-30", null],
    ["三月", null],
  ])("%s → %s", (input, expected) => expect(isoDate(input)).toBe(expected));
});
