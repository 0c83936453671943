/**
 * How the graph looks: one colour and one shape per node label, node size by degree or fund
 * amount, and the Cytoscape stylesheets (normal and simplified for large views). The shapes are
 * explicit polygons so the SVG export draws exactly what the canvas shows. No DOM, no Cytoscape
 * instance: style.test.ts checks the mapping directly.
 */
import type { NodeLabel } from "../../server/schema/graph.js";
import { NODE_LABELS } from "../../server/schema/graph.js";

export interface LabelStyle {
  color: string;
  /** "ellipse" and "round-rectangle" are drawn natively; everything else is a polygon. */
  shape: "ellipse" | "round-rectangle" | "polygon";
  /** Polygon corners in [-1, 1]² (x right, y down), as Cytoscape's shape-polygon-points wants them. */
  points?: number[];
}

const ngon = (n: number, rotateDeg: number, radii: number[] = [1]): number[] => {
  const pts: number[] = [];
  for (let i = 0; i < n; i++) {
    const a = ((rotateDeg + (360 / n) * i) * Math.PI) / 180;
    const r = radii[i % radii.length]!;
    pts.push(round(r * Math.cos(a)), round(r * Math.sin(a)));
  }
  return pts;
};
const round = (v: number) => Math.round(v * 1000) / 1000;

/** Colours from Tableau 10 (colour-blind aware), shapes chosen so that no two labels share one. */
export const LABEL_STYLES: Record<NodeLabel, LabelStyle> = {
  Document: { color: "#3b6ea8", shape: "round-rectangle" },
  Policy: { color: "#8fb0d9", shape: "polygon", points: [-1, -1, 0.5, -1, 1, 0, 0.5, 1, -1, 1] },
  Region: { color: "#59a14f", shape: "polygon", points: ngon(6, 0) },
  Agency: { color: "#e15759", shape: "polygon", points: [0, -1, 1, 0, 0, 1, -1, 0] },
  Park: { color: "#4aa3a0", shape: "polygon", points: ngon(5, -90) },
  Fund: { color: "#e0b422", shape: "polygon", points: ngon(10, -90, [1, 0.48]) },
  Industry: { color: "#f28e2b", shape: "ellipse" },
  Organization: { color: "#b07aa1", shape: "polygon", points: ngon(8, 22.5) },
  Platform: { color: "#ff9da7", shape: "polygon", points: [0, -1, 1, 1, -1, 1] },
  Program: { color: "#9c755f", shape: "polygon", points: [-0.5, -1, 1, -1, 0.5, 1, -1, 1] },
  Instrument: { color: "#17a2b8", shape: "polygon", points: [-1, -1, 0, -0.35, 1, -1, 0, 1] },
  Indicator: { color: "#7f7f7f", shape: "polygon", points: [-1, -1, 1, -1, 0, 1] },
  Measure: { color: "#bab0ac", shape: "polygon", points: [-1, -1, 1, -1, 1, 1, -1, 1] },
};

export function labelStyle(label: string): LabelStyle {
  return LABEL_STYLES[label as NodeLabel] ?? { color: "#999999", shape: "ellipse" };
}

export type SizeMode = "degree" | "fund";

export const MIN_SIZE = 18;
export const MAX_SIZE = 64;

/**
 * Node diameter in model pixels. Degree grows with its logarithm, so hubs stand out without
 * swallowing their neighbours; fund amounts grow with the square root, so area is proportional
 * to money. Nodes without an amount stay small in fund mode.
 * @example nodeSize({ degree: 0 }, "degree", { degree: 10, amount: 0 }) // 18
 */
export function nodeSize(n: { degree?: number; amountYuan?: number | null }, mode: SizeMode, max: { degree: number; amount: number }): number {
  if (mode === "fund") {
    const a = n.amountYuan ?? 0;
    if (a <= 0 || max.amount <= 0) return MIN_SIZE;
    return round1(MIN_SIZE + 6 + (MAX_SIZE - MIN_SIZE - 6) * Math.sqrt(a / max.amount));
  }
  const d = Math.max(0, n.degree ?? 0);
  if (max.degree <= 0) return MIN_SIZE + 6;
  return round1(MIN_SIZE + (MAX_SIZE - MIN_SIZE) * (Math.log1p(d) / Math.log1p(max.degree)));
}
const round1 = (v: number) => Math.round(v * 10) / 10;

/**
 * The label drawn on the canvas: names are kept whole up to `max` characters (Chinese names are
 * dense), longer ones such as document titles are cut with an ellipsis; the side panel shows them in full.
 */
export function displayName(name: string, max = 16): string {
  const chars = [...name.replace(/\s+/g, " ").trim()];
  return chars.length <= max ? chars.join("") : chars.slice(0, max - 1).join("") + "…";
}

/** The CJK font stack: Noto first (Linux, and what CI installs), then macOS and Windows. */
export const FONT_FAMILY = '"Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", sans-serif';

/** Past this many elements the view switches to the simplified style. */
export const LARGE_VIEW = 3000;

/** Above this zoom every edge shows its type; below it only on hover. */
export const EDGE_LABEL_ZOOM = 1.3;

type StyleBlock = { selector: string; style: Record<string, unknown> };

/** The Cytoscape stylesheet; `simplified` drops labels and uses haystack edges for large views. */
export function stylesheet(simplified: boolean): StyleBlock[] {
  const blocks: StyleBlock[] = [
    {
      selector: "node",
      style: {
        width: "data(size)",
        height: "data(size)",
        "background-color": "data(color)",
        "border-width": simplified ? 0 : 1.5,
        "border-color": "#ffffff",
        label: simplified ? "" : "data(short)",
        "font-family": FONT_FAMILY,
        "font-size": 12,
        color: "#1f2937",
        "text-valign": "bottom",
        "text-halign": "center",
        "text-margin-y": 3,
        "text-background-color": "#ffffff",
        "text-background-opacity": 0.82,
        "text-background-padding": 1.5,
        "text-background-shape": "round-rectangle",
        "min-zoomed-font-size": 8,
        "text-wrap": "none",
      },
    },
  ];
  for (const label of NODE_LABELS) {
    const s = LABEL_STYLES[label];
    blocks.push({
      selector: `node[label = "${label}"]`,
      style: s.shape === "polygon" ? { shape: "polygon", "shape-polygon-points": s.points!.join(" ") } : { shape: s.shape },
    });
  }
  blocks.push(
    {
      selector: "edge",
      style: simplified
        ? { "curve-style": "haystack", "haystack-radius": 0, width: 0.6, "line-color": "#b8c0cc", opacity: 0.6 }
        : {
            "curve-style": "bezier",
            width: 1.3,
            "line-color": "#b8c0cc",
            "target-arrow-shape": "triangle",
            "target-arrow-color": "#b8c0cc",
            "arrow-scale": 0.8,
            "font-family": FONT_FAMILY,
            "font-size": 10,
            color: "#4b5563",
            "text-rotation": "autorotate",
            "text-background-color": "#ffffff",
            "text-background-opacity": 0.9,
            "text-background-padding": 1,
            "text-opacity": 0,
            label: "data(typeName)",
          },
    },
    // Dashes cost a lot in software rendering; the simplified style draws MENTIONS solid and light.
    simplified
      ? { selector: "edge[type = 'MENTIONS']", style: { "line-color": "#dde1e7" } }
      : { selector: "edge[type = 'MENTIONS']", style: { "line-style": "dashed", "line-dash-pattern": [4, 3], "line-color": "#d5dae1", "target-arrow-color": "#d5dae1" } },
    { selector: "edge.show-label, edge:selected, edge.hover", style: { "text-opacity": 1 } },
    { selector: "edge.hover", style: { "line-color": "#6b7280", "target-arrow-color": "#6b7280", width: 2.2 } },
    { selector: "node.pinned", style: { "border-color": "#111827", "border-width": 3, "border-style": "double" } },
    { selector: "node:selected", style: { "border-color": "#2563eb", "border-width": 4, "underlay-color": "#93c5fd", "underlay-opacity": 0.45, "underlay-padding": 5 } },
    { selector: "edge:selected", style: { "line-color": "#2563eb", "target-arrow-color": "#2563eb", width: 3 } },
    { selector: "node.path", style: { "border-color": "#dc2626", "border-width": 4 } },
    { selector: "edge.path", style: { "line-color": "#dc2626", "target-arrow-color": "#dc2626", width: 4, "text-opacity": 1, "z-index": 10 } },
    { selector: ".faded", style: { opacity: 0.18 } },
    { selector: ".filtered", style: { display: "none" } },
    { selector: "node.root", style: { "font-weight": "bold", "font-size": 13 } },
  );
  return blocks;
}
