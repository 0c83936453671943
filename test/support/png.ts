/** Reading rendered PNGs back for the export tests: pixels, and how far two images differ. */
import fs from "node:fs";
import { PNG } from "pngjs";

export interface Pixels {
  width: number;
  height: number;
  /** RGBA, row by row. */
  data: Buffer;
}

export function readPng(file: string): Pixels {
  const png = PNG.sync.read(fs.readFileSync(file));
  return { width: png.width, height: png.height, data: png.data };
}

/** Darkness of a pixel over white (0 white or transparent … 1 black). */
export function ink(p: Pixels, x: number, y: number): number {
  const i = (Math.round(y) * p.width + Math.round(x)) * 4;
  const a = p.data[i + 3]! / 255;
  const lum = (0.2126 * p.data[i]! + 0.7152 * p.data[i + 1]! + 0.0722 * p.data[i + 2]!) / 255;
  return a * (1 - lum);
}

/** Share of the box's pixels darker than `threshold` over white. */
export function inkedShare(p: Pixels, box: { x1: number; y1: number; x2: number; y2: number }, threshold = 0.35): number {
  let dark = 0;
  let all = 0;
  for (let y = Math.max(0, Math.floor(box.y1)); y < Math.min(p.height, Math.ceil(box.y2)); y++) {
    for (let x = Math.max(0, Math.floor(box.x1)); x < Math.min(p.width, Math.ceil(box.x2)); x++) {
      all++;
      if (ink(p, x, y) > threshold) dark++;
    }
  }
  return all ? dark / all : 0;
}

/** Mean absolute difference of the ink of two images of the same size (0 identical … 1). */
export function inkDifference(a: Pixels, b: Pixels): number {
  if (a.width !== b.width || a.height !== b.height) throw new Error(`images differ in size: ${a.width}×${a.height} and ${b.width}×${b.height}`);
  let sum = 0;
  for (let y = 0; y < a.height; y++) for (let x = 0; x < a.width; x++) sum += Math.abs(ink(a, x, y) - ink(b, x, y));
  return sum / (a.width * a.height);
}
