/**
 * A graph view as an SVG document, written by hand from plain shapes: nodes with their label
 * shape and colour, edges as lines or curves with arrowheads, a title and a legend. No DOM and
 * no Cytoscape: export.ts turns the canvas into a Scene, this turns a Scene into text.
 */
import { shapePath } from "./shapes.js";
import { FONT_FAMILY, labelStyle } from "./style.js";

export interface SceneNode {
  x: number;
  y: number;
  size: number;
  label: string;
  text: string;
  selected?: boolean;
  path?: boolean;
}
export interface SceneEdge {
  from: { x: number; y: number };
  to: { x: number; y: number };
  control?: { x: number; y: number };
  text?: string;
  dashed?: boolean;
  path?: boolean;
}
export interface Scene {
  width: number;
  height: number;
  /** Model units to pixels, to scale strokes and fonts as the canvas does. */
  zoom: number;
  nodes: SceneNode[];
  edges: SceneEdge[];
  title: string;
  subtitle?: string;
  legend: { label: string; name: string }[];
  transparent: boolean;
}

/** Height of the title and subtitle above the legend rows. */
export const TITLE_BAND = 56;
const LEGEND_ROW = 20;

/**
 * Where each legend entry goes in the header: left to right, wrapping at `width`. `measure`
 * gives a name's width in pixels (the canvas measures text; the SVG estimates it).
 * @example legendLayout([{ label: "Fund", name: "基金" }], 800, (s) => s.length * 12).band // 84
 */
export function legendLayout(items: { label: string; name: string }[], width: number, measure: (s: string) => number) {
  const placed: { label: string; name: string; x: number; y: number }[] = [];
  let x = 16;
  let row = 0;
  for (const it of items) {
    const w = 18 + measure(it.name) + 18;
    if (x + w > width - 8 && x > 16) {
      row++;
      x = 16;
    }
    placed.push({ ...it, x, y: TITLE_BAND + row * LEGEND_ROW + LEGEND_ROW / 2 });
    x += w;
  }
  return { placed, band: TITLE_BAND + (items.length ? (row + 1) * LEGEND_ROW + 8 : 0) };
}

/** A text width estimate without fonts: CJK about one em, Latin about half. */
export function estimateWidth(s: string, fontSize = 12): number {
  let em = 0;
  for (const ch of s) em += /[\u0000-\u00ff]/.test(ch) ? 0.55 : 1;
  return em * fontSize;
}

export function escapeXml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" })[c]!);
}

const n2 = (v: number) => Math.round(v * 100) / 100;

/**
 * @example renderSvg({ width: 800, height: 600, zoom: 1, nodes: [], edges: [], title: "开州区", legend: [], transparent: false })
 */
export function renderSvg(scene: Scene): string {
  const { width, zoom } = scene;
  const legend = legendLayout(scene.legend, width, (s) => estimateWidth(s));
  const band = legend.band;
  const height = scene.height + band;
  const font = escapeXml(FONT_FAMILY);
  const out: string[] = [];
  out.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${font}">`);
  out.push(
    `<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="${n2(6)}" markerHeight="${n2(6)}" orient="auto-start-reverse"><path d="M 0 0 L 10 5 L 0 10 z" fill="#b8c0cc"/></marker>` +
      `<marker id="arrow-path" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="5" markerHeight="5" orient="auto-start-reverse"><path d="M 0 0 L 10 5 L 0 10 z" fill="#dc2626"/></marker>` +
      `<clipPath id="view"><rect x="0" y="${band}" width="${width}" height="${scene.height}"/></clipPath></defs>`,
  );
  if (!scene.transparent) out.push(`<rect width="${width}" height="${height}" fill="#ffffff"/>`);
  out.push(`<text x="16" y="30" font-size="20" font-weight="bold" fill="#111827">${escapeXml(scene.title)}</text>`);
  if (scene.subtitle) out.push(`<text x="16" y="48" font-size="12" fill="#6b7280">${escapeXml(scene.subtitle)}</text>`);
  for (const it of legend.placed) {
    out.push(`<path d="${shapePath(labelStyle(it.label), it.x + 6, it.y, 13, 13)}" fill="${labelStyle(it.label).color}"/>`);
    out.push(`<text x="${it.x + 18}" y="${it.y + 4}" font-size="12" fill="#1f2937">${escapeXml(it.name)}</text>`);
  }
  out.push(`<line x1="0" y1="${band - 0.5}" x2="${width}" y2="${band - 0.5}" stroke="#e5e7eb"/>`);
  out.push(`<g clip-path="url(#view)"><g transform="translate(0 ${band})">`);
  for (const e of scene.edges) {
    const d = e.control ? `M ${n2(e.from.x)} ${n2(e.from.y)} Q ${n2(e.control.x)} ${n2(e.control.y)} ${n2(e.to.x)} ${n2(e.to.y)}` : `M ${n2(e.from.x)} ${n2(e.from.y)} L ${n2(e.to.x)} ${n2(e.to.y)}`;
    const stroke = e.path ? "#dc2626" : e.dashed ? "#d5dae1" : "#b8c0cc";
    out.push(
      `<path d="${d}" fill="none" stroke="${stroke}" stroke-width="${n2((e.path ? 4 : 1.3) * zoom)}"${e.dashed ? ` stroke-dasharray="${n2(4 * zoom)} ${n2(3 * zoom)}"` : ""} marker-end="url(#${e.path ? "arrow-path" : "arrow"})"/>`,
    );
    if (e.text) {
      const mx = e.control ? (e.from.x + 2 * e.control.x + e.to.x) / 4 : (e.from.x + e.to.x) / 2;
      const my = e.control ? (e.from.y + 2 * e.control.y + e.to.y) / 4 : (e.from.y + e.to.y) / 2;
      out.push(`<text x="${n2(mx)}" y="${n2(my)}" font-size="${n2(10 * zoom)}" fill="#4b5563" text-anchor="middle" paint-order="stroke" stroke="#ffffff" stroke-width="${n2(3 * zoom)}">${escapeXml(e.text)}</text>`);
    }
  }
  for (const n of scene.nodes) {
    const s = labelStyle(n.label);
    const size = n.size * zoom;
    const border = n.path ? `stroke="#dc2626" stroke-width="${n2(4 * zoom)}"` : n.selected ? `stroke="#2563eb" stroke-width="${n2(4 * zoom)}"` : `stroke="#ffffff" stroke-width="${n2(1.5 * zoom)}"`;
    out.push(`<path d="${shapePath(s, n.x, n.y, size, size)}" fill="${s.color}" ${border}/>`);
    if (n.text && 12 * zoom >= 7) {
      out.push(
        `<text x="${n2(n.x)}" y="${n2(n.y + size / 2 + 15 * zoom)}" font-size="${n2(12 * zoom)}" fill="#1f2937" text-anchor="middle" paint-order="stroke" stroke="#ffffff" stroke-opacity="0.85" stroke-width="${n2(4 * zoom)}" stroke-linejoin="round">${escapeXml(n.text)}</text>`,
      );
    }
  }
  out.push(`</g></g>`);
  out.push(`</svg>`);
  return out.join("\n");
}
