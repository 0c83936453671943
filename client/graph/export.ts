/**
 * Exports of the current view for briefings. What is exported is what the canvas shows after
 * filters and hiding, all of it, framed on its own bounding box: never the viewport, so a side
 * panel or a pan cannot crop a node away. The client places the elements (a Scene) and the
 * server draws it (server/render): SVG, SVG with text as outlines, PDF; PNG is the portable
 * SVG rasterised here at 1×, 2× or 4×, so PNG and SVG show the same glyphs.
 */
import type { Core, EdgeSingular, NodeSingular } from "cytoscape";
import type { ExportNodeView, Scene } from "../../server/schema/api.js";
import { labelName, NODE_LABELS, REL_TYPES, relName } from "../i18n.js";
import { labelStyle } from "./style.js";

export interface ExportMeta {
  title: string;
  subtitle?: string;
  /** The footnote's heading, in the user's language. */
  sourcesHeading: string;
  transparent?: boolean;
}

/** Room around the graph, and the image's narrowest and widest graph area in pixels. */
const PAD = 32;
const MIN_WIDTH = 640;
const MAX_SIDE = 4000;

/** The nodes and edges on the canvas: not filtered out, not hidden. */
export function shownIds(cy: Core): { nodeIds: string[]; edgeIds: string[] } {
  return { nodeIds: cy.nodes(":visible").map((n) => n.id()), edgeIds: cy.edges(":visible").map((e) => e.id()) };
}

/** Where and how each shown node is drawn, in model coordinates, for the GEXF's viz attributes. */
export function nodeViews(cy: Core): Record<string, ExportNodeView> {
  return Object.fromEntries(cy.nodes(":visible").map((n) => [n.id(), { ...n.position(), size: Number(n.data("size")) || 24, color: labelStyle(n.data("label")).color }]));
}

/**
 * The shown elements in image pixels: the bounding box of nodes, edges and labels at the
 * canvas's zoom (less when that would pass MAX_SIDE), centred in at least MIN_WIDTH.
 */
export function sceneOf(cy: Core, meta: ExportMeta): Scene {
  const nodes = cy.nodes(":visible");
  const edges = cy.edges(":visible");
  const bb = nodes.union(edges).boundingBox({ includeLabels: true, includeOverlays: false });
  const w = Math.max(1, bb.w);
  const h = Math.max(1, bb.h);
  const zoom = Math.min(cy.zoom(), (MAX_SIDE - 2 * PAD) / w, (MAX_SIDE - 2 * PAD) / h);
  const width = Math.max(MIN_WIDTH, w * zoom + 2 * PAD);
  const height = h * zoom + 2 * PAD;
  const dx = (width - w * zoom) / 2;
  const at = (p: { x: number; y: number }) => ({ x: (p.x - bb.x1) * zoom + dx, y: (p.y - bb.y1) * zoom + PAD });
  // In the model's order, as the filter panel lists them.
  const present = new Set([...nodes.map((n) => n.data("label") as string), ...edges.map((e) => e.data("type") as string)]);
  const labels = NODE_LABELS.filter((l) => present.has(l));
  const types = REL_TYPES.filter((r) => present.has(r));
  return {
    width,
    height,
    zoom,
    title: meta.title,
    ...(meta.subtitle ? { subtitle: meta.subtitle } : {}),
    transparent: meta.transparent ?? false,
    sourcesHeading: meta.sourcesHeading,
    legend: {
      nodes: labels.map((label) => ({ name: labelName(label), style: shapeOf(label) })),
      relations: types.map((type) => ({ name: relName(type), dashed: type === "MENTIONS" })),
    },
    docIds: [...new Set(edges.map((e) => e.data("docId") as string | undefined).filter((d): d is string => !!d))],
    nodes: nodes.map((n: NodeSingular) => ({
      ...at(n.position()),
      size: Number(n.data("size")) || 24,
      style: shapeOf(n.data("label")),
      text: String(n.data("short") ?? ""),
      selected: n.selected(),
      path: n.hasClass("path"),
    })),
    edges: edges.map((e: EdgeSingular) => {
      const cps = e.controlPoints?.();
      const control = cps && cps.length === 1 ? at(cps[0]!) : undefined;
      return {
        from: at(e.sourceEndpoint()),
        to: at(e.targetEndpoint()),
        ...(control ? { control } : {}),
        ...(e.hasClass("show-label") || e.hasClass("path") || e.selected() ? { text: e.data("typeName") as string } : {}),
        dashed: e.data("type") === "MENTIONS",
        path: e.hasClass("path"),
      };
    }),
  };
}

function shapeOf(label: string): Scene["nodes"][number]["style"] {
  const s = labelStyle(label);
  return { color: s.color, shape: s.shape, ...(s.points ? { points: s.points } : {}) };
}

/** Browsers refuse canvases much past 16k pixels a side. */
const MAX_CANVAS_SIDE = 16_000;

/**
 * An SVG drawn into a PNG at `scale` (capped so the canvas stays within what browsers draw).
 * @example await rasterise(svgBlob, 2) // PNG Blob twice the SVG's size
 */
export async function rasterise(svg: Blob, scale: number): Promise<Blob> {
  const url = URL.createObjectURL(svg);
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    const s = Math.min(scale, MAX_CANVAS_SIDE / img.naturalWidth, MAX_CANVAS_SIDE / img.naturalHeight);
    const canvas = document.createElement("canvas");
    canvas.width = Math.round(img.naturalWidth * s);
    canvas.height = Math.round(img.naturalHeight * s);
    canvas.getContext("2d")!.drawImage(img, 0, 0, canvas.width, canvas.height);
    return await new Promise((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error("the browser could not encode the PNG"))), "image/png"));
  } finally {
    URL.revokeObjectURL(url);
  }
}
