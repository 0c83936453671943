/**
 * A label's shape as an SVG path, for the exports and the filter panel's legend: the same
 * polygons the canvas draws (client/graph/style.ts), so a printed briefing matches the screen.
 */
import type { SceneShape } from "../schema/api.js";

const f = (v: number) => Math.round(v * 100) / 100;

/**
 * Path data for a shape of width `w` and height `hgt` centred on (x, y).
 * @example shapePath({ color: "#000", shape: "ellipse" }, 0, 0, 10, 10) // "M -5 0 A 5 5 0 1 0 5 0 A 5 5 0 1 0 -5 0 Z"
 */
export function shapePath(style: SceneShape, x: number, y: number, w: number, hgt: number): string {
  const rx = w / 2;
  const ry = hgt / 2;
  if (style.shape === "ellipse") return `M ${f(x - rx)} ${f(y)} A ${f(rx)} ${f(ry)} 0 1 0 ${f(x + rx)} ${f(y)} A ${f(rx)} ${f(ry)} 0 1 0 ${f(x - rx)} ${f(y)} Z`;
  if (style.shape === "round-rectangle") {
    const r = Math.min(rx, ry) * 0.3;
    return [
      `M ${f(x - rx + r)} ${f(y - ry)}`,
      `H ${f(x + rx - r)} Q ${f(x + rx)} ${f(y - ry)} ${f(x + rx)} ${f(y - ry + r)}`,
      `V ${f(y + ry - r)} Q ${f(x + rx)} ${f(y + ry)} ${f(x + rx - r)} ${f(y + ry)}`,
      `H ${f(x - rx + r)} Q ${f(x - rx)} ${f(y + ry)} ${f(x - rx)} ${f(y + ry - r)}`,
      `V ${f(y - ry + r)} Q ${f(x - rx)} ${f(y - ry)} ${f(x - rx + r)} ${f(y - ry)} Z`,
    ].join(" ");
  }
  const pts = style.points ?? [];
  const parts: string[] = [];
  for (let i = 0; i < pts.length; i += 2) parts.push(`${i === 0 ? "M" : "L"} ${f(x + pts[i]! * rx)} ${f(y + pts[i + 1]! * ry)}`);
  return parts.join(" ") + " Z";
}
