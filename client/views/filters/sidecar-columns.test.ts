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

it("leaves out provenance columns: commit hashes, paths, URLs, owner/repository", () => {
  const docs = [
    doc({ 效力级别: "地方规范性文件", 层级: "省/市", repo: "mengke25/policy_text_frenq", commit: "a2b38f443809ef92dd912ac1832956507462751b", path: "pool/a.txt", url: "http://www.zj.gov.cn/1.html" }),
    doc({ 效力级别: "地方工作文件", 层级: "县/区", repo: "pkulaw/zhejiang", commit: "0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c", path: "pool/b.txt", url: "https://www.zj.gov.cn/2.html" }),
  ];
  expect(sidecarColumns(docs)).toEqual([
    ["效力级别", ["地方工作文件", "地方规范性文件"]],
    ["层级", ["县/区", "省/市"]],
  ]);
});
