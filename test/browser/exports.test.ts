/**
 * Exports of a filtered view with the side panel open and part of the graph panned out of
 * sight: the PNG, SVG and PDF hold every shown node inside the picture (found by its colour
 * where the scene puts it), and the CSV and GraphML hold exactly the edges on the canvas.
 * Rendered copies go to test-output/screens/ for a human to look at.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { DOMParser } from "@xmldom/xmldom";
import type { Page } from "playwright-core";
import { afterAll, describe, expect, inject, it } from "vitest";
import type { Scene } from "../../server/schema/api.js";
import { PAGES } from "../../server/render/pdf.js";
import { readPng, type Pixels } from "../support/png.js";
import { openPage, SCREENS, settled, useBrowser } from "./browser.js";

const url = inject("appUrl");
const browser = useBrowser();
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "browser-exports-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Clicks an export and answers the downloaded file's path, its name and the scene the client sent. */
async function exportFile(page: Page, kind: string): Promise<{ file: string; name: string; scene: Scene | null }> {
  if (!(await page.locator(".export-menu[open]").count())) await page.click(".export-menu summary");
  let scene: Scene | null = null;
  const onRequest = (req: { url(): string; postData(): string | null }) => {
    if (req.url().endsWith("/api/export/image")) scene = JSON.parse(req.postData()!).scene;
  };
  page.on("request", onRequest);
  const [download] = await Promise.all([page.waitForEvent("download"), page.click(`[data-export="${kind}"]`)]);
  page.off("request", onRequest);
  const file = path.join(dir, download.suggestedFilename());
  await download.saveAs(file);
  return { file, name: download.suggestedFilename(), scene };
}

const hexRgb = (c: string) => [1, 3, 5].map((i) => parseInt(c.slice(i, i + 2), 16));

/** Whether a pixel of the node's colour lies near where the image should show it. */
function drawnAt(p: Pixels, x: number, y: number, radius: number, colour: string): boolean {
  const [r, g, b] = hexRgb(colour);
  for (let dy = -radius; dy <= radius; dy++) {
    for (let dx = -radius; dx <= radius; dx++) {
      const px = Math.round(x + dx);
      const py = Math.round(y + dy);
      if (px < 0 || py < 0 || px >= p.width || py >= p.height) continue;
      const i = (py * p.width + px) * 4;
      if (Math.abs(p.data[i]! - r!) + Math.abs(p.data[i + 1]! - g!) + Math.abs(p.data[i + 2]! - b!) < 40 && p.data[i + 3]! > 200) return true;
    }
  }
  return false;
}

/** Every scene node inside the scene, and the share of them found by colour in the picture. */
function nodesInPicture(scene: Scene, png: Pixels, place: (x: number, y: number) => { x: number; y: number }, scale: number): number {
  for (const n of scene.nodes) {
    const half = (n.size * scene.zoom) / 2;
    expect(n.x - half).toBeGreaterThanOrEqual(0);
    expect(n.y - half).toBeGreaterThanOrEqual(0);
    expect(n.x + half).toBeLessThanOrEqual(scene.width);
    expect(n.y + half).toBeLessThanOrEqual(scene.height);
  }
  const found = scene.nodes.filter((n) => {
    const at = place(n.x, n.y);
    return drawnAt(png, at.x, at.y, Math.max(1, Math.floor(((n.size * scene.zoom) / 4) * scale)), n.style.color);
  });
  return found.length / scene.nodes.length;
}

const graphTop = (svg: string) => Number(/<g transform="translate\(0 ([\d.]+)\)">/.exec(svg)![1]);
const svgSize = (svg: string) => {
  const m = /<svg[^>]* width="([\d.]+)" height="([\d.]+)"/.exec(svg)!;
  return { width: Number(m[1]), height: Number(m[2]) };
};

describe("exports of a filtered view with the panel open", () => {
  it("draw every shown node inside the PNG, SVG and PDF, and give CSV and GraphML of exactly the shown edges", async () => {
    const { page, errors } = await openPage(browser(), url);
    await page.fill("#search", "乐山");
    await page.waitForSelector(".suggestion:not(.empty)");
    const options = await page.locator(".suggestion .suggestion-name").allTextContents();
    await page.locator(".suggestion").nth(Math.max(0, options.indexOf("乐山市"))).click();
    await settled(page, 2, 400);
    // Expand the best-connected non-document neighbour, for a view worth filtering.
    await page.evaluate(async () => {
      const pg = (window as any).__pg;
      const target = pg.cy.nodes().not(".root").not('[label = "Document"]').max((n: any) => Number(n.data("degree"))).ele;
      target.emit("dbltap");
    });
    await page.waitForTimeout(300);
    await settled(page, 5, 400);

    // Filter: relationship type 提及 (MENTIONS) off; then open a node's panel and pan the graph
    // half under it.
    await page.locator(".side-section ul.legend label", { hasText: "提及" }).locator("input").uncheck();
    await page.waitForTimeout(300);
    const root = await page.evaluate(() => (window as any).__pg.cy.nodes(".root").first().id() as string);
    await page.evaluate((id) => (window as any).__pg.cy.getElementById(id).emit("tap"), root);
    await page.waitForSelector("#panel:not([hidden])");
    await page.waitForTimeout(300);
    await page.evaluate(() => {
      const cy = (window as any).__pg.cy;
      cy.panBy({ x: cy.width() * 0.6, y: 0 });
    });
    const shown = await page.evaluate(() => {
      const cy = (window as any).__pg.cy;
      const box = cy.container().getBoundingClientRect();
      const panel = document.querySelector("#panel")!.getBoundingClientRect();
      return {
        nodes: cy.nodes(":visible").map((n: any) => n.id()) as string[],
        edges: cy.edges(":visible").map((e: any) => e.id()) as string[],
        hiddenEdges: cy.edges().not(":visible").length as number,
        // Nodes the user cannot see now: panned out of the canvas or under the panel.
        outOfSight: cy.nodes(":visible").filter((n: any) => {
          const p = n.renderedPosition();
          return p.x < 0 || p.x > cy.width() || box.left + p.x > panel.left;
        }).length as number,
      };
    });
    expect(shown.hiddenEdges).toBeGreaterThan(0);
    expect(shown.outOfSight).toBeGreaterThan(0);
    await page.screenshot({ path: path.join(SCREENS, "exports-01-filtered-panel-open.png") });

    // PNG at 2×: every node at its place in the picture.
    await page.click(".export-menu summary");
    await page.screenshot({ path: path.join(SCREENS, "exports-00-menu.png") });
    const png = await exportFile(page, "png");
    expect(png.name).toMatch(/-2x\.png$/);
    const pngScene = png.scene!;
    expect(pngScene.nodes).toHaveLength(shown.nodes.length);
    expect(pngScene.edges).toHaveLength(shown.edges.length);
    const pngPixels = readPng(png.file);
    fs.copyFileSync(png.file, path.join(SCREENS, "exports-02-png-2x.png"));
    // The header's height, from the same scene drawn as SVG by the server.
    const portable = await (await fetch(`${url}/api/export/image`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ format: "svg-portable", scene: pngScene }) })).text();
    const top = graphTop(portable);
    // 2× the SVG's size, which the browser rounds to whole pixels.
    const k = pngPixels.width / svgSize(portable).width;
    expect(Math.abs(k - 2)).toBeLessThan(0.01);
    expect(nodesInPicture(pngScene, pngPixels, (x, y) => ({ x: x * k, y: (y + top) * k }), k)).toBeGreaterThan(0.95);

    // At 4× on a transparent background: four times the size, the corners left clear.
    await page.click(".export-menu summary");
    await page.selectOption(".export-scale", "4");
    await page.check(".export-transparent");
    const png4 = await exportFile(page, "png");
    expect(png4.name).toMatch(/-4x-transparent\.png$/);
    const pixels4 = readPng(png4.file);
    expect(Math.abs(pixels4.width / svgSize(portable).width - 4)).toBeLessThan(0.01);
    expect([pixels4.data[3], pixels4.data[pixels4.data.length - 1]]).toEqual([0, 0]);

    // SVG, rendered by rsvg: the same.
    const svg = await exportFile(page, "svg");
    const svgText = fs.readFileSync(svg.file, "utf8");
    fs.copyFileSync(svg.file, path.join(SCREENS, "exports-view.svg"));
    expect(new DOMParser().parseFromString(svgText, "image/svg+xml").getElementsByTagName("parsererror")).toHaveLength(0);
    const svgPng = path.join(dir, "svg.png");
    execFileSync("rsvg-convert", ["-b", "white", "-o", svgPng, svg.file]);
    const svgTop = graphTop(svgText);
    expect(nodesInPicture(svg.scene!, readPng(svgPng), (x, y) => ({ x, y: y + svgTop }), 1)).toBeGreaterThan(0.95);

    // PDF (A4), rendered by pdftoppm at 144 dpi: the same, on the page's scale.
    const pdf = await exportFile(page, "pdf-a4");
    expect(pdf.name).toMatch(/-a4\.pdf$/);
    expect(fs.readFileSync(pdf.file).subarray(0, 5).toString()).toBe("%PDF-");
    fs.copyFileSync(pdf.file, path.join(SCREENS, "exports-view-a4.pdf"));
    execFileSync("pdftoppm", ["-r", "144", "-png", "-singlefile", pdf.file, path.join(dir, "pdf")]);
    fs.copyFileSync(path.join(dir, "pdf.png"), path.join(SCREENS, "exports-03-pdf-a4.png"));
    const pdfPixels = readPng(path.join(dir, "pdf.png"));
    const [pw, ph] = PAGES.a4;
    const size = svgSize(svgText);
    const s = Math.min((pw - 48) / size.width, (ph - 48) / size.height);
    const px = 144 / 72;
    const ox = (pw - size.width * s) / 2;
    const oy = (ph - size.height * s) / 2;
    expect(nodesInPicture(pdf.scene!, pdfPixels, (x, y) => ({ x: (ox + x * s) * px, y: (oy + (y + svgTop) * s) * px }), s * px)).toBeGreaterThan(0.9);

    // Data: exactly the edges and nodes on the canvas.
    const edgesCsv = await exportFile(page, "csv-edges");
    expect(edgesCsv.name).toMatch(/-edges\.csv$/);
    const rows = fs.readFileSync(edgesCsv.file, "utf8").replace(/^\uFEFF/, "").trimEnd().split("\r\n");
    expect(rows[0]!.startsWith("id,type,source,target")).toBe(true);
    expect(rows.slice(1).map((r) => r.split(",")[0]).sort()).toEqual([...shown.edges].sort());
    const graphml = await exportFile(page, "graphml");
    const doc = new DOMParser().parseFromString(fs.readFileSync(graphml.file, "utf8"), "text/xml");
    expect(Array.from(doc.getElementsByTagName("edge")).map((e) => e.getAttribute("id")).sort()).toEqual([...shown.edges].sort());
    expect(Array.from(doc.getElementsByTagName("node")).map((e) => e.getAttribute("id")).sort()).toEqual([...shown.nodes].sort());

    // With the option on, the hidden parallel relationships come too: a document's MENTIONS of
    // the instruments it ADOPTS, filtered out on the canvas.
    await page.evaluate(() => (window as any).__pg.cy.nodes('[label = "Document"]').first().emit("dbltap"));
    await page.waitForTimeout(300);
    await settled(page, 1, 400);
    const now = await page.evaluate(() => {
      const cy = (window as any).__pg.cy;
      return cy.edges(":visible").map((e: any) => ({ id: e.id(), pair: [e.source().id(), e.target().id()].sort().join("|") })) as { id: string; pair: string }[];
    });
    await page.click(".export-menu summary");
    await page.check(".export-parallel");
    const withParallel = await exportFile(page, "csv-edges");
    expect(withParallel.name).toMatch(/-edges-parallel\.csv$/);
    const cells = fs.readFileSync(withParallel.file, "utf8").replace(/^\uFEFF/, "").trimEnd().split("\r\n").slice(1).map((r) => r.split(","));
    const shownNow = new Set(now.map((e) => e.id));
    const pairs = new Set(now.map((e) => e.pair));
    const extra = cells.filter(([id]) => !shownNow.has(id!));
    expect(cells.filter(([id]) => shownNow.has(id!))).toHaveLength(shownNow.size);
    expect(extra.length).toBeGreaterThan(0);
    for (const [, type, source, target] of extra) {
      expect(type).toBe("MENTIONS");
      expect(pairs.has([source, target].sort().join("|"))).toBe(true);
    }

    expect(errors).toEqual([]);
    await page.close();
  });
});
