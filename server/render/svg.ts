/**
 * A view (a Scene from the client) as an SVG document: a title and date, a legend of the node
 * labels and relationship types present, the graph, and a footnote naming the documents its
 * edges come from. Written from plain shapes only (paths, no markers, clip paths or CSS) so
 * that LibreOffice, Inkscape, rsvg and PDF converters draw it alike; a label's white halo is a
 * stroke-only copy drawn under it, since LibreOffice ignores paint-order.
 *
 * Text is either SVG text in the font family the canvas uses ("text", editable) or the glyph
 * outlines of the bundled Noto Sans SC ("outline"), which looks the same on a machine with no
 * Chinese font at all (but for a string with a character the font lacks, which stays text).
 */
import type { Scene } from "../schema/api.js";
import { FONT_FAMILY, measure, missingGlyphs, outline, type Weight } from "./font.js";
import { shapePath } from "./shapes.js";
import { xmlEscape } from "./xml.js";

export interface SourceDocument {
  title: string;
  issuers: string[];
  docNumber: string | null;
  publishedOn: string | null;
}

export type TextMode = "text" | "outline";


const TITLE_BAND = 56;
const LEGEND_ROW = 20;
const FOOT_LINE = 14;
const FOOT_SIZE = 10;
/** More sources than this are summed up in one line rather than listed. */
const MAX_SOURCES = 40;

const n2 = (v: number) => Math.round(v * 100) / 100;


interface TextStyle {
  size: number;
  fill: string;
  anchor?: "start" | "middle";
  weight?: Weight;
  /** A white outline under the text, this wide, so it reads over edges. */
  halo?: { width: number; opacity?: number };
}

/** Draws text as <text> or as glyph outlines; a halo is a stroke-only copy underneath. */
function textWriter(mode: TextMode) {
  let outlines = 0;
  return (s: string, x: number, y: number, st: TextStyle): string => {
    if (!s) return "";
    const anchor = st.anchor ?? "start";
    const halo = st.halo ? ` fill="none" stroke="#ffffff" stroke-width="${n2(st.halo.width)}" stroke-linejoin="round"${st.halo.opacity !== undefined ? ` stroke-opacity="${st.halo.opacity}"` : ""}` : "";
    // A character the bundled font lacks stays text, for a font that has it, rather than a box.
    if (mode === "outline" && missingGlyphs(s).length === 0) {
      const d = outline(s, x, y, st.size, anchor, st.weight);
      if (!d) return "";
      if (!halo) return `<path d="${d}" fill="${st.fill}"/>`;
      // The outlines once, drawn twice (halo, then text): half the bytes of two copies.
      const id = `t${outlines++}`;
      return `<defs><path id="${id}" d="${d}"/></defs><use xlink:href="#${id}"${halo}/><use xlink:href="#${id}" fill="${st.fill}"/>`;
    }
    const family = mode === "outline" ? ` font-family="${xmlEscape(FONT_FAMILY)}"` : "";
    const attrs = `x="${n2(x)}" y="${n2(y)}"${family} font-size="${n2(st.size)}"${anchor === "middle" ? ' text-anchor="middle"' : ""}${st.weight === "bold" ? ' font-weight="bold"' : ""}`;
    const body = xmlEscape(s);
    return (halo ? `<text ${attrs}${halo}>${body}</text>` : "") + `<text ${attrs} fill="${st.fill}">${body}</text>`;
  };
}

/** Cuts `s` with an ellipsis so that it fits in `width` pixels at `size`. */
export function fitText(s: string, width: number, size: number): string {
  if (measure(s, size) <= width) return s;
  const chars = [...s];
  let lo = 0;
  let hi = chars.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (measure(chars.slice(0, mid).join("") + "…", size) <= width) lo = mid;
    else hi = mid - 1;
  }
  return chars.slice(0, lo).join("") + "…";
}

/** One footnote line: 《title》 issuer 文号 date. */
export function sourceLine(d: SourceDocument): string {
  return [`《${d.title}》`, d.issuers.join("、"), d.docNumber, d.publishedOn].filter((p) => p).join("  ");
}

/** Legend entries placed left to right, wrapping at `width`: node shapes first, then relation lines. */
function legendLayout(scene: Scene, width: number) {
  const items = [
    ...scene.legend.nodes.map((it) => ({ kind: "node" as const, ...it })),
    ...scene.legend.relations.map((it) => ({ kind: "relation" as const, ...it, style: undefined })),
  ];
  const placed: ((typeof items)[number] & { x: number; y: number })[] = [];
  let x = 16;
  let row = 0;
  for (const it of items) {
    const w = (it.kind === "node" ? 18 : 30) + measure(it.name, 12) + 16;
    if (x + w > width - 8 && x > 16) {
      row++;
      x = 16;
    }
    placed.push({ ...it, x, y: TITLE_BAND + row * LEGEND_ROW + LEGEND_ROW / 2 });
    x += w;
  }
  return { placed, band: TITLE_BAND + (items.length ? (row + 1) * LEGEND_ROW + 8 : 0) };
}

/** An arrowhead at `to`, pointing away from `from`, as a closed path. */
function arrowHead(from: { x: number; y: number }, to: { x: number; y: number }, length: number): string {
  const dx = to.x - from.x;
  const dy = to.y - from.y;
  const len = Math.hypot(dx, dy) || 1;
  const ux = dx / len;
  const uy = dy / len;
  const bx = to.x - ux * length;
  const by = to.y - uy * length;
  const w = length * 0.45;
  return `M ${n2(to.x)} ${n2(to.y)} L ${n2(bx - uy * w)} ${n2(by + ux * w)} L ${n2(bx + uy * w)} ${n2(by - ux * w)} Z`;
}

/**
 * @example renderSvg({ width: 800, height: 600, zoom: 1, nodes: [], edges: [], title: "开州区", legend: { nodes: [], relations: [] }, docIds: [], transparent: false, sourcesHeading: "来源" }, [], "text")
 */
export function renderSvg(scene: Scene, sources: SourceDocument[], mode: TextMode): string {
  const { width, zoom } = scene;
  const text = textWriter(mode);
  const legend = legendLayout(scene, width);
  const band = legend.band;
  const listed = sources.slice(0, MAX_SOURCES);
  const footLines = sources.length ? 1 + listed.length + (sources.length > listed.length ? 1 : 0) : 0;
  const foot = footLines ? footLines * FOOT_LINE + 16 : 0;
  const height = band + scene.height + foot;
  const out: string[] = [];
  out.push(`<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${n2(width)}" height="${n2(height)}" viewBox="0 0 ${n2(width)} ${n2(height)}"${mode === "text" ? ` font-family="${xmlEscape(FONT_FAMILY)}"` : ""}>`);
  out.push(`<title>${xmlEscape(scene.title)}</title>`);
  if (!scene.transparent) out.push(`<rect width="${n2(width)}" height="${n2(height)}" fill="#ffffff"/>`);
  out.push(text(scene.title, 16, 30, { size: 20, fill: "#111827", weight: "bold" }));
  if (scene.subtitle) out.push(text(scene.subtitle, 16, 48, { size: 12, fill: "#6b7280" }));
  for (const it of legend.placed) {
    if (it.kind === "node") {
      out.push(`<path d="${shapePath(it.style, it.x + 6, it.y, 13, 13)}" fill="${it.style.color}"/>`);
      out.push(text(it.name, it.x + 18, it.y + 4, { size: 12, fill: "#1f2937" }));
    } else {
      out.push(`<path d="M ${it.x} ${it.y} L ${it.x + 20} ${it.y}" fill="none" stroke="#9aa3af" stroke-width="1.5"${it.dashed ? ' stroke-dasharray="4 3"' : ""}/>`);
      out.push(`<path d="${arrowHead({ x: it.x, y: it.y }, { x: it.x + 24, y: it.y }, 6)}" fill="#9aa3af"/>`);
      out.push(text(it.name, it.x + 30, it.y + 4, { size: 12, fill: "#1f2937" }));
    }
  }
  out.push(`<path d="M 0 ${band - 0.5} L ${n2(width)} ${band - 0.5}" stroke="#e5e7eb" fill="none"/>`);

  out.push(`<g transform="translate(0 ${band})">`);
  for (const e of scene.edges) {
    const d = e.control ? `M ${n2(e.from.x)} ${n2(e.from.y)} Q ${n2(e.control.x)} ${n2(e.control.y)} ${n2(e.to.x)} ${n2(e.to.y)}` : `M ${n2(e.from.x)} ${n2(e.from.y)} L ${n2(e.to.x)} ${n2(e.to.y)}`;
    const stroke = e.path ? "#dc2626" : e.dashed ? "#d5dae1" : "#b8c0cc";
    const widthPx = (e.path ? 4 : 1.3) * zoom;
    out.push(`<path d="${d}" fill="none" stroke="${stroke}" stroke-width="${n2(widthPx)}"${e.dashed ? ` stroke-dasharray="${n2(4 * zoom)} ${n2(3 * zoom)}"` : ""}/>`);
    out.push(`<path d="${arrowHead(e.control ?? e.from, e.to, (e.path ? 14 : 8) * zoom)}" fill="${stroke}"/>`);
    if (e.text && 10 * zoom >= 6) {
      const mx = e.control ? (e.from.x + 2 * e.control.x + e.to.x) / 4 : (e.from.x + e.to.x) / 2;
      const my = e.control ? (e.from.y + 2 * e.control.y + e.to.y) / 4 : (e.from.y + e.to.y) / 2;
      out.push(text(e.text, mx, my, { size: 10 * zoom, fill: "#4b5563", anchor: "middle", halo: { width: 3 * zoom } }));
    }
  }
  for (const n of scene.nodes) {
    const size = n.size * zoom;
    const border = n.path ? `stroke="#dc2626" stroke-width="${n2(4 * zoom)}"` : n.selected ? `stroke="#2563eb" stroke-width="${n2(4 * zoom)}"` : `stroke="#ffffff" stroke-width="${n2(1.5 * zoom)}"`;
    out.push(`<path d="${shapePath(n.style, n.x, n.y, size, size)}" fill="${n.style.color}" ${border}/>`);
  }
  // Labels after every shape, so that no node covers another's name.
  for (const n of scene.nodes) {
    if (n.text && 12 * zoom >= 7) out.push(text(n.text, n.x, n.y + (n.size * zoom) / 2 + 15 * zoom, { size: 12 * zoom, fill: "#1f2937", anchor: "middle", halo: { width: 4 * zoom, opacity: 0.85 } }));
  }
  out.push(`</g>`);

  if (footLines) {
    let y = band + scene.height + 8 + FOOT_LINE;
    out.push(`<path d="M 0 ${band + scene.height + 0.5} L ${n2(width)} ${band + scene.height + 0.5}" stroke="#e5e7eb" fill="none"/>`);
    out.push(text(`${scene.sourcesHeading} (${sources.length})`, 16, y, { size: FOOT_SIZE, fill: "#374151", weight: "bold" }));
    listed.forEach((d, i) => {
      y += FOOT_LINE;
      out.push(text(fitText(`${i + 1}. ${sourceLine(d)}`, width - 32, FOOT_SIZE), 16, y, { size: FOOT_SIZE, fill: "#4b5563" }));
    });
    if (sources.length > listed.length) out.push(text(`… +${sources.length - listed.length}`, 16, y + FOOT_LINE, { size: FOOT_SIZE, fill: "#4b5563" }));
  }
  out.push(`</svg>`);
  return out.filter((s) => s).join("\n");
}
