import { describe, expect, it } from "vitest";
import { csvField, edgesCsv, nodesCsv } from "./csv.js";

describe("CSV export", () => {
  it.each([
    ["新材料", "新材料"],
    ["5亿元,重点支持", '"5亿元,重点支持"'],
    ['《关于"双创"的意见》', '"《关于""双创""的意见》"'],
    ["第一行\n第二行", '"第一行\n第二行"'],
    ["=HYPERLINK(\"x\")", '"\'=HYPERLINK(""x"")"'],
    [500000000, "500000000"],
    [-3, "-3"],
    [["a", "b"], "a; b"],
    [["=cmd|' /C calc'!A0", "b"], "'=cmd|' /C calc'!A0; b"],
    [["@SUM(A1)"], "'@SUM(A1)"],
    [null, ""],
  ])("writes %j as %s", (value, expected) => {
    expect(csvField(value)).toBe(expected);
  });

  it("starts with a UTF-8 BOM, ends rows with CRLF and gives every property its own column", () => {
    const csv = nodesCsv([
      { id: "fund:a", label: "Fund", name: "产业引导基金", props: { amountYuan: 500000000, amountText: "5亿元" } },
      { id: "industry:新材料", label: "Industry", name: "新材料", props: { canonical: "新材料" } },
    ]);
    expect(csv.startsWith("\uFEFFid,label,name,amountText,amountYuan,canonical\r\n")).toBe(true);
    expect(csv.split("\r\n")).toEqual([
      "\uFEFFid,label,name,amountText,amountYuan,canonical",
      "fund:a,Fund,产业引导基金,5亿元,500000000,",
      "industry:新材料,Industry,新材料,,,新材料",
      "",
    ]);
  });

  it("writes edges with their ends and evidence", () => {
    const csv = edgesCsv([{ id: "5:x:1", type: "SUPPORTS", source: "fund:a", target: "industry:新材料", props: { docId: "leshan", quote: "设立基金,支持新材料。" } }]);
    expect(csv).toBe('\uFEFFid,type,source,target,docId,quote\r\n5:x:1,SUPPORTS,fund:a,industry:新材料,leshan,"设立基金,支持新材料。"\r\n');
  });

  it("writes the plain variant for R and pandas without byte-order mark or formula guard", () => {
    const csv = nodesCsv([{ id: "x", label: "Indicator", name: "=SUM(1)", props: { note: "-5%" } }], true);
    expect(csv).toBe("id,label,name,note\r\nx,Indicator,=SUM(1),-5%\r\n");
  });
});
