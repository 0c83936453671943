import { describe, expect, it } from "vitest";
import type { SidecarHints } from "../schema/sidecar.js";
import { emptyPart } from "./context.js";
import { applySidecar, type MetadataWithSidecar } from "./sidecar.js";

const meta = (over: Partial<MetadataWithSidecar["document"]> = {}, flags = { titleFound: true, regionStated: true }): MetadataWithSidecar => ({
  document: {
    id: "d",
    title: "仙居县人民政府关于促进新材料产业发展的若干意见",
    issuers: ["仙居县人民政府"],
    publishedOn: "2017",
    docNumber: "仙政发〔2017〕185号",
    region: "浙江省台州市",
    regionCode: "331000",
    sourceFile: "d.txt",
    contentHash: "h",
    encoding: "utf-8",
    format: "txt",
    sidecar: {},
    disagreements: [],
    ...over,
  },
  part: emptyPart(),
  ...flags,
});
const hints = (over: Partial<SidecarHints>): SidecarHints => ({ columns: { repo: "OASans/NLP_Policy" }, source: "SOURCES.tsv line 2", hash: "x", ...over });

describe("applySidecar", () => {
  it("fills a finer place and a fuller date that agree with the text, and keeps the row's columns", () => {
    const out = applySidecar(meta(), hints({ region: "浙江省台州市仙居", publishedOn: "2017-12-01", title: "关于促进新材料产业发展的若干意见" }), "d");
    expect(out.document).toMatchObject({ region: "浙江省台州市仙居县", regionCode: "331024", publishedOn: "2017-12-01", sidecar: { repo: "OASans/NLP_Policy" }, disagreements: [] });
    expect(out.part.entities.map((e) => e.id)).toContain("region:331024");
  });

  it("keeps what the text states and reports where the row differs", () => {
    const out = applySidecar(meta({ publishedOn: "2017-11-30" }), hints({ publishedOn: "2017-12-01", title: "国家重点实验室支持", docNumber: "仙政发〔2017〕99号", region: "江西省" }), "d");
    expect(out.document).toMatchObject({ publishedOn: "2017-11-30", title: "仙居县人民政府关于促进新材料产业发展的若干意见", regionCode: "331000" });
    expect(out.document.disagreements).toEqual([
      { field: "title", text: "仙居县人民政府关于促进新材料产业发展的若干意见", sidecar: "国家重点实验室支持", kept: "text" },
      { field: "publishedOn", text: "2017-11-30", sidecar: "2017-12-01", kept: "text" },
      { field: "docNumber", text: "仙政发〔2017〕185号", sidecar: "仙政发〔2017〕99号", kept: "text" },
      { field: "region", text: "浙江省台州市", sidecar: "江西省", kept: "text" },
    ]);
  });

  it("prefers the row's place over one only inferred from the body, and says so", () => {
    const out = applySidecar(meta({ region: "甘肃省甘南藏族自治州合作市", regionCode: "623001" }, { titleFound: true, regionStated: false }), hints({ region: "江西省" }), "d");
    expect(out.document).toMatchObject({ region: "江西省", regionCode: "360000" });
    expect(out.document.disagreements).toEqual([{ field: "region", text: "甘肃省甘南藏族自治州合作市", sidecar: "江西省", kept: "sidecar" }]);
  });

  it("fills a missing title, issuers and 文号, and ignores a coarser place", () => {
    const out = applySidecar(
      meta({ title: "为进一步落实工业强县战略", issuers: [], docNumber: null }, { titleFound: false, regionStated: true }),
      hints({ title: "关于促进新材料产业发展的若干意见", issuers: ["仙居县人民政府"], docNumber: "仙政发〔2017〕185号", region: "浙江省" }),
      "d",
    );
    expect(out.document).toMatchObject({ title: "关于促进新材料产业发展的若干意见", issuers: ["仙居县人民政府"], docNumber: "仙政发〔2017〕185号", regionCode: "331000", disagreements: [] });
  });

  it("warns about a place the gazetteer does not know and keeps the text's", () => {
    const out = applySidecar(meta(), hints({ region: "某某地方" }), "d");
    expect(out.document.regionCode).toBe("331000");
    expect(out.part.warnings).toEqual([expect.stringMatching(/region "某某地方" is not a place in the gazetteer/)]);
  });
});
