/**
 * Exports of the current view for briefings: PNG (the canvas at 2× with a title and legend
 * drawn around it, optionally transparent) and SVG (hand-written from the elements' positions
 * and styles, see svg.ts). CSV and GraphML come from the API.
 */
import type { Core, EdgeSingular, NodeSingular } from "cytoscape";
import { labelName } from "../i18n.js";
import { shapePath } from "./shapes.js";
import { FONT_FAMILY, labelStyle } from "./style.js";
import { legendLayout, renderSvg, type Scene } from "./svg.js";

export interface ExportMeta {
  title: string;
  subtitle?: string;
  transparent?: boolean;
}

/** The labels shown in the current view, in legend order. */
export function legendItems(cy: Core): { label: string; name: string }[] {
  const labels = new Set(cy.nodes(":visible").map((n) => n.data("label") as string));
  return [...labels].sort().map((label) => ({ label, name: labelName(label) }));
}

export async function exportPng(cy: Core, meta: ExportMeta): Promise<Blob> {
  const scale = 2;
  const graph = (await cy.png({ output: "blob-promise", scale, full: false, ...(meta.transparent ? {} : { bg: "#ffffff" }) })) as Blob;
  const img = await createImageBitmap(graph);
  const measureCtx = document.createElement("canvas").getContext("2d")!;
  measureCtx.font = `12px ${FONT_FAMILY}`;
  const legend = legendLayout(legendItems(cy), img.width / scale, (s) => measureCtx.measureText(s).width);
  const band = legend.band * scale;
  const canvas = document.createElement("canvas");
  canvas.width = img.width;
  canvas.height = img.height + band;
  const ctx = canvas.getContext("2d")!;
  if (!meta.transparent) {
    ctx.fillStyle = "#ffffff";
    ctx.fillRect(0, 0, canvas.width, canvas.height);
  }
  ctx.drawImage(img, 0, band);
  ctx.scale(scale, scale);
  ctx.fillStyle = "#111827";
  ctx.font = `bold 20px ${FONT_FAMILY}`;
  ctx.fillText(meta.title, 16, 30);
  if (meta.subtitle) {
    ctx.fillStyle = "#6b7280";
    ctx.font = `12px ${FONT_FAMILY}`;
    ctx.fillText(meta.subtitle, 16, 48);
  }
  ctx.font = `12px ${FONT_FAMILY}`;
  for (const it of legend.placed) {
    ctx.fillStyle = labelStyle(it.label).color;
    ctx.fill(new Path2D(shapePath(labelStyle(it.label), it.x + 6, it.y, 13, 13)));
    ctx.fillStyle = "#1f2937";
    ctx.fillText(it.name, it.x + 18, it.y + 4);
  }
  ctx.fillStyle = "#e5e7eb";
  ctx.fillRect(0, legend.band - 1, canvas.width / scale, 1);
  return new Promise((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error("the browser could not encode the PNG"))), "image/png"));
}

export function exportSvg(cy: Core, meta: ExportMeta): Blob {
  return new Blob([renderSvg(sceneOf(cy, meta))], { type: "image/svg+xml" });
}

/** The visible elements in rendered (screen) coordinates, so the SVG shows what the canvas shows. */
export function sceneOf(cy: Core, meta: ExportMeta): Scene {
  const zoom = cy.zoom();
  const pan = cy.pan();
  const toScreen = (p: { x: number; y: number }) => ({ x: p.x * zoom + pan.x, y: p.y * zoom + pan.y });
  return {
    width: cy.width(),
    height: cy.height(),
    zoom,
    title: meta.title,
    ...(meta.subtitle ? { subtitle: meta.subtitle } : {}),
    transparent: meta.transparent ?? false,
    legend: legendItems(cy),
    nodes: cy.nodes(":visible").map((n: NodeSingular) => ({
      ...toScreen(n.position()),
      size: Number(n.data("size")) || 24,
      label: n.data("label") as string,
      text: n.data("short") as string,
      selected: n.selected(),
      path: n.hasClass("path"),
    })),
    edges: cy.edges(":visible").map((e: EdgeSingular) => {
      const cps = e.controlPoints?.();
      const control = cps && cps.length === 1 ? toScreen(cps[0]!) : undefined;
      return {
        from: toScreen(e.sourceEndpoint()),
        to: toScreen(e.targetEndpoint()),
        ...(control ? { control } : {}),
        ...(e.hasClass("show-label") || e.hasClass("path") || e.selected() ? { text: e.data("typeName") as string } : {}),
        dashed: e.data("type") === "MENTIONS",
        path: e.hasClass("path"),
      };
    }),
  };
}
