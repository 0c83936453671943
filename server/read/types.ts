/**
 * What reading a file yields: the document's own text, decoded and stripped of page
 * furniture, plus a same-length copy normalised for matching.
 */
export type SourceFormat = "txt" | "html" | "docx" | "pdf";

export interface ReadResult {
  sourceFile: string;
  format: SourceFormat;
  /** Detected encoding of the bytes (utf-8, gb18030, big5, …); "binary" for docx/pdf. */
  encoding: string;
  /** sha256 of the file bytes, hex. */
  contentHash: string;
  /** The text stored and displayed: original characters, furniture removed. */
  text: string;
  /**
   * Same length as `text`, character for character: traditional → simplified and
   * full-width → half-width punctuation/digits/letters. Extraction matches on this and
   * reports offsets that are valid in `text` too.
   */
  matchText: string;
  warnings: string[];
  /**
   * What the page furniture said about the page before it was stripped (发布日期/发布时间,
   * 来源): a fallback for metadata the document itself does not state. Dates are YYYY-MM-DD.
   */
  pageMeta?: {
    publishedOn?: string;
    /** Where publishedOn came from: its label (发布日期, 时间 …), or "stamp" for a bare page timestamp. */
    publishedFrom?: string;
    source?: string;
  };
}

/** A file that cannot be read as a policy document; `code` is stable, `message` says what to fix. */
export class ReadError extends Error {
  constructor(
    readonly code: "EMPTY" | "BINARY" | "ENCODING" | "TOO_LARGE" | "NO_CHINESE" | "CORRUPT" | "UNSUPPORTED" | "NOT_FOUND",
    readonly file: string,
    message: string,
  ) {
    super(`${file}: ${message}`);
    this.name = "ReadError";
  }
}
