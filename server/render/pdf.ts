/**
 * A rendered view as a vector PDF page (A4 landscape or a 16:9 slide): the SVG of svg.ts drawn
 * by svg-to-pdfkit, its text kept as text in the bundled Noto Sans SC, of which pdfkit embeds
 * only the glyphs used (a subset), so the PDF shows the same Chinese everywhere and stays
 * searchable.
 */
import PDFDocument from "pdfkit";
import SVGtoPDF from "svg-to-pdfkit";
import { fontFile } from "./font.js";

/** Page sizes in points: A4 landscape, and PowerPoint's 13.33 × 7.5 in widescreen slide. */
export const PAGES = { a4: [841.89, 595.28], "16:9": [960, 540] } as const;
const MARGIN = 24;

/**
 * @example await renderPdf(svg, 800, 600, "a4", "乐山市") // Buffer starting with %PDF-
 */
export function renderPdf(svg: string, width: number, height: number, page: keyof typeof PAGES, title: string): Promise<Buffer> {
  const [pw, ph] = PAGES[page];
  const doc = new PDFDocument({ size: [pw, ph], margin: 0, info: { Title: title, Creator: "政策知识图谱 · Policy Graph" }, autoFirstPage: true });
  doc.registerFont("cjk", fontFile("regular"));
  doc.registerFont("cjk-bold", fontFile("bold"));
  const chunks: Buffer[] = [];
  doc.on("data", (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
  // The whole view on the page, as large as fits, centred.
  const scale = Math.min((pw - 2 * MARGIN) / width, (ph - 2 * MARGIN) / height);
  const w = width * scale;
  const h = height * scale;
  SVGtoPDF(doc, svg, (pw - w) / 2, (ph - h) / 2, {
    width: w,
    height: h,
    assumePt: true,
    preserveAspectRatio: "xMidYMid meet",
    fontCallback: (_family: string, bold: boolean) => (bold ? "cjk-bold" : "cjk"),
    // The SVG is ours and names no file or address; anything else is refused, not fetched.
    imageCallback: () => undefined,
    documentCallback: () => undefined,
  });
  doc.end();
  return done;
}
