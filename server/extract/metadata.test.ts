import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import type { ReadResult } from "../read/types.js";
import { splitSentences } from "./context.js";
import { extractMetadata } from "./metadata.js";

/** A ReadResult for a passage: matchText is the half-width copy the reader would make. */
function read(text: string, pageMeta?: ReadResult["pageMeta"]): ReadResult {
  const matchText = text.replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, " ");
  return { sourceFile: "t.txt", format: "txt", encoding: "utf-8", contentHash: "0", text, matchText, warnings: [], pageMeta };
}

function meta(text: string, pageMeta?: ReadResult["pageMeta"]) {
  const r = read(text, pageMeta);
  return extractMetadata(r, "doc", splitSentences(r.matchText));
}

const fixture = (name: string) =>
  (JSON.parse(readFileSync(new URL(`../../test/fixtures/extract/meta-${name}.json`, import.meta.url), "utf8")) as { text: string }).text;

describe("extractMetadata", () => {
  it("finds both issuers of 开州区's 实施意见, printed as part of its title, and its jurisdiction", () => {
    const { document, part } = meta(fixture("kaizhou-joint-issuers"));
    expect(document.title).toBe("中共重庆市开州区委 重庆市开州区人民政府关于深化改革扩大开放加快实施创新驱动发展战略的实施意见");
    expect(document.issuers).toEqual(["中共重庆市开州区委", "重庆市开州区人民政府"]);
    expect(document).toMatchObject({ region: "重庆市开州区", regionCode: "500154" });
    const issued = part.relations.filter((r) => r.type === "ISSUED_BY");
    expect(issued.map((r) => r.to)).toEqual(["agency:中共重庆市开州区委", "agency:重庆市开州区人民政府"]);
    expect(issued[0]!.quote).toBe("中共重庆市开州区委 重庆市开州区人民政府");
  });

  it("falls back to the page's 发布日期 when the document carries no date of its own", () => {
    expect(meta(fixture("kaizhou-joint-issuers"), { publishedOn: "2017/8/22", publishedFrom: "发布日期" }).document.publishedOn).toBe("2017-08-22");
  });

  it("takes the document 东莞's 通知 forwards as its title, over two lines, its 文号 and the signature date", () => {
    const { document } = meta(fixture("dongguan-notice-signature"));
    expect(document.title).toBe("东莞市建设国家自主创新示范区实施方案(2017-2020年)");
    expect(document).toMatchObject({
      issuers: ["东莞市人民政府办公室"],
      docNumber: "东府办〔2018〕10号",
      publishedOn: "2018-01-24",
      region: "广东省东莞市",
    });
  });

  it("gives 新乡高新区's 工作方案 the city as region (a Park is not a Region) and its 管委会 as issuer", () => {
    const { document, part } = meta(fixture("xinxiang-park-lead-units"));
    expect(document).toMatchObject({ title: "新乡高新区深化改革创新加快推动高质量发展工作方案", docNumber: "新开〔2020〕28号" });
    expect(document).toMatchObject({ publishedOn: "2020-03-31", region: "河南省新乡市", regionCode: "410700" });
    expect(part.entities.map((e) => e.id)).toContain("agency:新乡高新区管委会");
  });

  it("reads the date under 乐山's 决定 heading: (2021年7月6日…通过)", () => {
    const { document } = meta(fixture("leshan-party-decision"));
    expect(document).toMatchObject({ title: "中共乐山市委关于深入推进创新驱动引领乐山高质量发展的决定", issuers: ["中共乐山市委"] });
    expect(document).toMatchObject({ publishedOn: "2021-07-06", region: "四川省乐山市" });
  });

  it("emits the Region chain with PART_OF and ties each issuer to its region", () => {
    const { part } = meta(fixture("leshan-party-decision"));
    const edges = part.relations.filter((r) => r.type === "PART_OF").map((r) => `${r.from}→${r.to}`);
    expect(edges).toEqual(expect.arrayContaining(["region:511100→region:510000", "agency:中共乐山市委→region:511100"]));
    expect(part.entities.find((e) => e.id === "region:511100")?.props).toEqual({
      code: "511100",
      level: "city",
      parent: "510000",
      fullName: "四川省乐山市",
    });
  });

  it("cuts a run-together head at the 文号, the addressees and the signature date", () => {
    const { document } = meta(fixture("jiaojiang-runon-articles"));
    expect(document).toMatchObject({
      title: "台州市椒江区科技计划项目管理办法",
      issuers: ["台州市椒江区人民政府办公室"],
      docNumber: "椒政办发〔2016〕192号",
      publishedOn: "2016-11-15",
      region: "浙江省台州市椒江区",
    });
  });

  it("normalises 文号 brackets and reads Chinese-numeral dates", () => {
    const { document } = meta("银政办发【2023】12号\n银川市人民政府办公室关于印发银川市科技创新若干措施的通知\n各县（市）区人民政府：\n现将《银川市科技创新若干措施》印发给你们。\n银川市人民政府办公室\n二〇二三年三月二十一日\n");
    expect(document).toMatchObject({ docNumber: "银政办发〔2023〕12号", publishedOn: "2023-03-21", region: "宁夏回族自治区银川市" });
  });

  it("does not take a 文号 cited in a sentence for the document's own", () => {
    const { document } = meta(fixture("yinchuan-lead-departments"));
    expect(document.docNumber).toBeNull();
    expect(document.issuers).toEqual(["中共银川市委办公室", "银川市人民政府办公室"]);
  });

  it("names the issuer of a 政府令", () => {
    const { document } = meta("广东省公共数据管理办法\n广东省人民政府令\n（第290号）\n《广东省公共数据管理办法》已经2021年9月22日十三届广东省人民政府第156次常务会议通过，现予公布。\n省长　马兴瑞\n2021年10月18日\n");
    expect(document).toMatchObject({ title: "广东省公共数据管理办法", issuers: ["广东省人民政府"], publishedOn: "2021-10-18", region: "广东省" });
  });
});
