/**
 * file → text, step 1 of the pipeline: decode or extract the file, strip the page furniture
 * around the document, and produce the same-length matching copy. Knows nothing of entities.
 */
import { createHash } from "node:crypto";
import { readFile, stat } from "node:fs/promises";
import { countHan } from "./cjk.js";
import { decodeText } from "./decode.js";
import { docxToText } from "./docx.js";
import { chooseFormat } from "./format.js";
import { stripFurniture } from "./furniture.js";
import { declaredCharset, htmlToText } from "./html.js";
import { collapseBlankLines, normaliseLines } from "./layout.js";
import { looksTraditional, toMatchText } from "./match-text.js";
import { pageMetaFrom } from "./page-meta.js";
import { joinBrokenLines, pdfToText } from "./pdf.js";
import { ReadError, type ReadResult, type SourceFormat } from "./types.js";

export { ReadError } from "./types.js";
export type { ReadResult, SourceFormat } from "./types.js";
export { SUPPORTED_EXTENSIONS } from "./format.js";

export interface ReadOptions {
  /** Files larger than this are refused (TOO_LARGE) before being read. Default 5 MB. */
  maxBytes?: number;
}

export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;
// Fewer Han characters than this is a menu, an error page or a file in another language.
const MIN_CHINESE = 20;

/**
 * Reads a policy document from disk. Throws ReadError (NOT_FOUND, TOO_LARGE, EMPTY, BINARY, ENCODING,
 * CORRUPT, UNSUPPORTED, NO_CHINESE) for files that are not a readable Chinese document.
 *
 * @example const { text, matchText, encoding } = await readDocument("seeds/000_8e12bc0a722c8d98.txt");
 */
export async function readDocument(path: string, opts: ReadOptions = {}): Promise<ReadResult> {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  const info = await stat(path).catch((error: NodeJS.ErrnoException) => {
    if (error.code === "ENOENT" || error.code === "ENOTDIR") throw new ReadError("NOT_FOUND", path, "does not exist; check the path (relative paths resolve from the working directory)");
    throw error;
  });
  if (!info.isFile()) throw new ReadError("NOT_FOUND", path, "is a directory, not a file; pass the path of a document inside it");
  if (info.size > maxBytes) throw tooLarge(path, info.size, maxBytes);
  return readBytes(await readFile(path), path, opts);
}

/**
 * Reads a document from bytes already in memory; `sourceFile` names it in results and errors,
 * and its extension says which format the bytes claim to be.
 *
 * @example await readBytes(Buffer.from("关于…的通知\n…"), "upload.txt")
 */
export async function readBytes(bytes: Uint8Array, sourceFile: string, opts: ReadOptions = {}): Promise<ReadResult> {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  if (bytes.length > maxBytes) throw tooLarge(sourceFile, bytes.length, maxBytes);
  if (bytes.length === 0) throw new ReadError("EMPTY", sourceFile, "is empty (0 bytes); the download or export may have failed");

  const { format, warning } = chooseFormat(sourceFile, bytes);
  const extracted = await extractText(format, bytes, sourceFile);
  const warnings = [...(warning ? [warning] : []), ...extracted.warnings];

  const lines = normaliseLines(extracted.text);
  if (lines.trim() === "") throw new ReadError("EMPTY", sourceFile, emptyAdvice(format));
  const stripped = stripFurniture(lines);
  const text = collapseBlankLines(format === "pdf" ? joinBrokenLines(stripped.text) : stripped.text);

  const chinese = countHan(text);
  if (chinese < MIN_CHINESE) {
    throw new ReadError("NO_CHINESE", sourceFile, `has only ${chinese} Chinese characters (at least ${MIN_CHINESE} expected) after reading it as ${format} (${extracted.encoding}); check that it is a Chinese policy document and, for text files, its encoding`);
  }
  const traditional = looksTraditional(text);
  if (traditional) warnings.push(`${extracted.encoding === "big5" || extracted.encoding === "big5hkscs" ? `decoded as ${extracted.encoding} (traditional)` : "text is traditional Chinese"}; matching on simplified text`);
  if (stripped.removed.length > 0) warnings.push(`stripped ${stripped.removed.length} lines of page furniture`);

  const pageMeta = { ...pageMetaFrom(extracted.outsideLines, false), ...pageMetaFrom(stripped.removed, true) };
  return {
    sourceFile,
    format,
    encoding: extracted.encoding,
    contentHash: createHash("sha256").update(bytes).digest("hex"),
    text,
    matchText: toMatchText(text, traditional),
    warnings,
    ...(Object.keys(pageMeta).length > 0 ? { pageMeta } : {}),
  };
}

interface Extracted {
  text: string;
  encoding: string;
  warnings: string[];
  /** Lines of the page that were not the document (HTML outside the main container). */
  outsideLines: string[];
}

async function extractText(format: SourceFormat, bytes: Uint8Array, file: string): Promise<Extracted> {
  switch (format) {
    case "txt":
      return { ...decodeText(bytes, file), outsideLines: [] };
    case "html": {
      const decoded = decodeText(bytes, file, declaredCharset(bytes));
      const page = htmlToText(decoded.text);
      return { ...decoded, text: page.text, outsideLines: page.outsideText.split("\n") };
    }
    case "docx":
      return { text: await docxToText(bytes, file), encoding: "binary", warnings: [], outsideLines: [] };
    case "pdf":
      return { text: await pdfToText(bytes, file), encoding: "binary", warnings: [], outsideLines: [] };
  }
}

function emptyAdvice(format: SourceFormat): string {
  switch (format) {
    case "pdf":
      return "has no text layer (probably a scan); OCR it and read the resulting text";
    case "html":
      return "has no visible text (the page may load its content with JavaScript); save the rendered page or copy its text";
    default:
      return `contains only whitespace; the ${format} export may have failed`;
  }
}

function tooLarge(file: string, size: number, limit: number): ReadError {
  return new ReadError("TOO_LARGE", file, `is ${formatBytes(size)}, over the ${formatBytes(limit)} limit; split the document or pass a larger maxBytes`);
}

function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${+(n / 1024 / 1024).toFixed(1)} MB`;
  if (n >= 1024) return `${+(n / 1024).toFixed(1)} KB`;
  return `${n} bytes`;
}
