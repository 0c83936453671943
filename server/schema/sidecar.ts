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
