/**
 * Document metadata: title, issuers, date, 文号, jurisdiction. (Stub until issue #3 fills it.)
 */
import type { ReadResult } from "../read/types.js";
import type { DocumentMeta } from "../schema/graph.js";
import { emptyPart, type ExtractionPart, type Sentence } from "./context.js";

export function extractMetadata(
  read: ReadResult,
  docId: string,
  _sentences: Sentence[],
): { document: DocumentMeta; part: ExtractionPart } {
  const firstLine = read.text.split("\n").map((l) => l.trim()).find((l) => l.length > 0) ?? docId;
  return {
    document: {
      id: docId,
      title: firstLine,
      issuers: [],
      publishedOn: null,
      docNumber: null,
      region: null,
      regionCode: null,
      sourceFile: read.sourceFile,
      contentHash: read.contentHash,
      encoding: read.encoding,
      format: read.format,
    },
    part: emptyPart(),
  };
}
