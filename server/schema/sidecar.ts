/**
 * Metadata sidecars: a researcher's spreadsheet (exported from 北大法宝 or their own coding)
 * beside the documents, one row per file. What a row says about a document, and where the
 * document's own text says otherwise.
 */
import { z } from "zod";
import { IsoDate } from "./graph.js";

/** One sidecar row, its well-known columns read into metadata. */
export const SidecarHints = z.object({
  title: z.string().min(1).optional(),
  issuers: z.array(z.string().min(1)).optional(),
  publishedOn: IsoDate.optional(),
  /** The place as written (浙江省台州市仙居); resolved to the gazetteer by extraction. */
  region: z.string().min(1).optional(),
  docNumber: z.string().min(1).optional(),
  /** Every column of the row except `file`, as written; stored as Document properties. */
  columns: z.record(z.string(), z.string()),
  /** Where the row is, for messages: seeds/corpus/SOURCES.tsv line 12. */
  source: z.string(),
  /** Changes when the row does, so that an edited sidecar re-extracts its documents. */
  hash: z.string(),
});
export type SidecarHints = z.infer<typeof SidecarHints>;

/**
 * The header names (as columnKey writes them) read as each metadata field; every other
 * column is the researcher's own coding (效力级别, coder, source) and becomes a filter.
 */
export const SIDECAR_COLUMNS: Record<"file" | "title" | "issuers" | "publishedOn" | "region" | "docNumber", string[]> = {
  file: ["file", "filename", "文件", "文件名"],
  title: ["title", "标题", "名称", "文件名称", "政策名称"],
  issuers: ["issuer", "issuers", "发布部门", "发文机关", "制定机关", "发布机关", "发文单位"],
  publishedOn: ["date", "publishedon", "published", "发布日期", "成文日期", "发文日期", "日期"],
  region: ["region", "地区", "地域", "行政区", "行政区划"],
  docNumber: ["docnumber", "文号", "发文字号"],
};

/** A header as SIDECAR_COLUMNS lists it: "Published On" → publishedon. */
export const columnKey = (header: string): string => header.toLowerCase().replace(/[\s_-]/g, "");

/** True for a header the metadata fields read (标题, Issuer, 发布日期 …). */
export const isMetadataColumn = (header: string): boolean => Object.values(SIDECAR_COLUMNS).some((names) => names.includes(columnKey(header)));
