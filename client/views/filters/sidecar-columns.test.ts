import { expect, it } from "vitest";
import type { DocumentSummary } from "../../../server/schema/api.js";
import { sidecarColumns } from "./filters.js";

const doc = (extra: Record<string, string>) => ({ extra }) as DocumentSummary;

it("offers the researcher's own columns with 2–30 values, not the metadata fields (issuer, title, date, place)", () => {
  const docs = [
    doc({ issuer: "仙居县人民政府", 效力级别: "地方规范性文件", repo: "a", row: "1" }),
    doc({ issuer: "台州市人民政府", 效力级别: "地方工作文件", repo: "a", row: "2" }),
    doc({ issuer: "嘉兴市人民政府", 效力级别: "地方工作文件", repo: "b", row: "3" }),
  ];
  expect(sidecarColumns(docs)).toEqual([
    ["效力级别", ["地方工作文件", "地方规范性文件"]],
    ["repo", ["a", "b"]],
    ["row", ["1", "2", "3"]],
  ]);
});
