/**
 * The font the exports measure and draw with: Noto Sans SC (as "Noto Sans Hans", OFL) from the
 * npm package @embedpdf/fonts-sc, so every install has the same glyphs and no export depends on
 * the fonts of the machine that opens it. fontkit reads it, lays text out (advances, kerning)
 * and gives each glyph's outline; pdfkit embeds a subset of the same files in PDFs.
 */
import { createRequire } from "node:module";
import path from "node:path";
import * as fontkit from "fontkit";

export type Weight = "regular" | "bold";

const FILES: Record<Weight, string> = { regular: "NotoSansHans-Regular.otf", bold: "NotoSansHans-Bold.otf" };

/** The font files' paths, for pdfkit's registerFont. */
export function fontFile(weight: Weight): string {
  // The package exports only its index (dist/), with the font files in fonts/ beside it.
  const index = createRequire(import.meta.url).resolve("@embedpdf/fonts-sc");
  return path.join(path.dirname(index), "..", "fonts", FILES[weight]);
}

const loaded = new Map<Weight, fontkit.Font>();

function font(weight: Weight): fontkit.Font {
  let f = loaded.get(weight);
  if (!f) {
    f = fontkit.openSync(fontFile(weight)) as fontkit.Font;
    loaded.set(weight, f);
  }
  return f;
}

/** The family the SVG names, so it looks the same wherever Noto Sans SC or a near twin is installed. */
export const FONT_FAMILY = "'Noto Sans SC', 'Noto Sans CJK SC', 'Source Han Sans SC', 'PingFang SC', 'Microsoft YaHei', sans-serif";

/** Width of `text` in pixels at `size`. */
export function measure(text: string, size: number, weight: Weight = "regular"): number {
  const f = font(weight);
  return (f.layout(text).advanceWidth * size) / f.unitsPerEm;
}

/** The characters of `text` that the font has no glyph for (they would be drawn as empty boxes). */
export function missingGlyphs(text: string): string[] {
  const f = font("regular");
  return [...new Set([...text])].filter((ch) => !/\s/.test(ch) && !f.hasGlyphForCodePoint(ch.codePointAt(0)!));
}

const n2 = (v: number) => String(Math.round(v * 100) / 100);

/**
 * `text` as one SVG path: each glyph's outline, scaled to `size` pixels, the baseline at `y`,
 * starting at `x` (or centred on it). Empty for text with nothing to draw.
 * @example outline("乐山", 0, 12, 12, "start") // "M … Z M … Z"
 */
export function outline(text: string, x: number, y: number, size: number, anchor: "start" | "middle", weight: Weight = "regular"): string {
  const f = font(weight);
  const run = f.layout(text);
  const scale = size / f.unitsPerEm;
  let pen = anchor === "middle" ? x - (run.advanceWidth * scale) / 2 : x;
  const parts: string[] = [];
  run.glyphs.forEach((glyph, i) => {
    const pos = run.positions[i]!;
    const gx = pen + pos.xOffset * scale;
    const gy = y - pos.yOffset * scale;
    const X = (v: number) => n2(gx + v * scale);
    const Y = (v: number) => n2(gy - v * scale);
    for (const c of glyph.path.commands) {
      const a = c.args;
      if (c.command === "moveTo") parts.push(`M${X(a[0]!)} ${Y(a[1]!)}`);
      else if (c.command === "lineTo") parts.push(`L${X(a[0]!)} ${Y(a[1]!)}`);
      else if (c.command === "quadraticCurveTo") parts.push(`Q${X(a[0]!)} ${Y(a[1]!)} ${X(a[2]!)} ${Y(a[3]!)}`);
      else if (c.command === "bezierCurveTo") parts.push(`C${X(a[0]!)} ${Y(a[1]!)} ${X(a[2]!)} ${Y(a[3]!)} ${X(a[4]!)} ${Y(a[5]!)}`);
      else if (c.command === "closePath") parts.push("Z");
    }
    pen += pos.xAdvance * scale;
  });
  return parts.join("");
}
