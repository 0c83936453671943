/**
 * .pdf → plain text (unpdf, i.e. pdf.js), and the repair PDF text needs: a PDF stores lines as
 * laid out on the page, so a Chinese sentence that wraps comes out cut in two.
 */
import { getDocumentProxy } from "unpdf";
import { isHan } from "./cjk.js";
import { ReadError } from "./types.js";

/**
 * More pages than any policy document has; a PDF claiming more is refused before a page is
 * read (#20: a 24,000-page PDF and one listing the same page 400k times exhausted the heap).
 */
export const MAX_PDF_PAGES = 2_000;

/**
 * Text of every page, pages joined with a line break. Pages are read one at a time and each
 * is released before the next, so memory holds one page's objects, not the whole document's.
 */
export async function pdfToText(bytes: Uint8Array, file: string, maxPages = MAX_PDF_PAGES): Promise<string> {
  let pdf: Awaited<ReturnType<typeof getDocumentProxy>>;
  try {
    // pdf.js may detach the buffer it is given, so it gets a copy; verbosity 0 keeps its
    // recoverable-damage warnings off the console (they are not ours to print).
    pdf = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0 });
  } catch (error) {
    throw unreadable(error, file);
  }
  try {
    if (pdf.numPages > maxPages) {
      throw new ReadError("TOO_LARGE", file, `has ${pdf.numPages.toLocaleString("en")} pages, over the ${maxPages.toLocaleString("en")}-page limit; split it into documents and read those`);
    }
    const pages: string[] = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      const content = await page.getTextContent();
      pages.push(content.items.map((item) => ("str" in item ? item.str + (item.hasEOL ? "\n" : "") : "")).join(""));
      page.cleanup();
    }
    return pages.join("\n");
  } catch (error) {
    throw error instanceof ReadError ? error : unreadable(error, file);
  } finally {
    await pdf.destroy();
  }
}

function unreadable(error: unknown, file: string): ReadError {
  const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  const fix = /password/i.test(reason)
    ? "remove the password (print to a new PDF) and read it again"
    : "the download may be truncated; fetch it again or re-export it from the original";
  return new ReadError("CORRUPT", file, `is not a readable PDF (${reason}); ${fix}`);
}

// A sentence ends at these (optionally followed by a closing quote or bracket).
const SENTENCE_END = /[。；：！？.;:!?][”’」』)）]*$/;
// Lines that open a new unit of a policy document: never glued to the line before.
const OUTLINE_START = /^(第[一二三四五六七八九十百零〇\d]+[章节条款部分]|[一二三四五六七八九十百]+、|[（(][一二三四五六七八九十百\d]+[)）]|\d+[.．、]|[①-⑳]|附件|附表)/;
// A wrapped line fills the text column; shorter lines are titles, headings or paragraph ends.
const FULL_LINE_SHARE = 0.7;

/**
 * Joins a line to the next when the sentence plainly runs on: the line fills the column, does not
 * end a sentence, is not a heading, and the next line continues with Chinese rather than opening
 * a numbered item. Only for PDF text: in other formats a line break is the author's.
 *
 * @example joinBrokenLines("为深入实施创新驱动发展战略，加快建设创新型城\n市，现提出如下意见。") // one line
 */
export function joinBrokenLines(text: string): string {
  const lines = text.split("\n");
  const width = typicalLineLength(lines);
  const out: string[] = [];
  lines.forEach((line, i) => {
    const previous = lines[i - 1];
    if (previous !== undefined && runsOn(previous, line, width)) out[out.length - 1] += line;
    else out.push(line);
  });
  return out.join("\n");
}

/** Whether the physical line `line` wraps into `next`. */
function runsOn(line: string, next: string, width: number): boolean {
  if (line.length < width * FULL_LINE_SHARE || SENTENCE_END.test(line)) return false;
  const head = next.trimStart();
  if (head.length === 0 || OUTLINE_START.test(head)) return false;
  // Chinese, a number (到\n2025年) or punctuation and quotes that sit inside a sentence.
  return isHan(head[0]!) || /^[0-9０-９，、；：。”’」』）)《“‘「（(]/.test(head);
}

/** The 90th-percentile line length: the column width in characters, robust to a few long lines. */
function typicalLineLength(lines: string[]): number {
  const lengths = lines.map((l) => l.length).filter((n) => n > 0).sort((a, b) => a - b);
  return lengths[Math.floor((lengths.length - 1) * 0.9)] ?? 0;
}
