/**
 * `npm run bench:ui`: the explorer in headless Chromium at fixed sizes (1k, 5k and 10k
 * elements), without Neo4j: the built client is served from dist/client and /api is answered
 * with synthetic data through request interception. Prints the start view's first paint, and
 * per size the time to first render, the fCoSE layout time and frames per second while panning.
 * Targets: start view first paint < 1.5 s; 5k elements > 30 fps. `--smoke` (smoke.ts): 1k
 * elements, half a second per measurement.
 */
import fs from "node:fs";
import path from "node:path";
import { PROJECT_ROOT } from "../../server/config.js";
import type { GraphResult, Stats } from "../../server/schema/api.js";
import { NODE_LABELS, REL_TYPES } from "../../server/schema/graph.js";
import { NO_FILTERS } from "../../client/graph/filters.js";
import type { ViewState } from "../../client/graph/url-state.js";
import { launchBrowser } from "../browser/browser.js";
import { buildClientIfStale } from "../support/client-build.js";
import { smokeOr } from "./smoke.js";

const SIZES = smokeOr([1000], [1000, 5000, 10000]);
/** How long each frame rate is measured. */
const FPS_MS = smokeOr(500, 3000);
const DIST = path.join(PROJECT_ROOT, "dist/client");
const TYPES: Record<string, string> = { ".html": "text/html", ".js": "text/javascript", ".css": "text/css", ".svg": "image/svg+xml" };

/** A random graph with `elements` nodes + edges (about 2 edges per node), labels spread evenly. */
function syntheticGraph(elements: number, seed = 1): GraphResult {
  let s = seed;
  const rand = () => ((s = (s * 16807) % 2147483647) - 1) / 2147483646;
  const n = Math.round(elements / 3);
  const nodes = Array.from({ length: n }, (_, i) => ({
    id: `n${i}`,
    label: NODE_LABELS[i % NODE_LABELS.length]!,
    name: `实体${i}号`,
    props: {},
    degree: 0,
  }));
  const edges: GraphResult["edges"] = [];
  for (let i = 1; i < n; i++) edges.push({ id: `e${edges.length}`, type: REL_TYPES[i % REL_TYPES.length]!, source: `n${Math.floor(rand() * i)}`, target: `n${i}`, props: {} });
  while (nodes.length + edges.length < elements) {
    edges.push({ id: `e${edges.length}`, type: "MENTIONS", source: `n${Math.floor(rand() * n)}`, target: `n${Math.floor(rand() * n)}`, props: {} });
  }
  return { nodes, edges, capped: false, limit: 5000 };
}

const stats: Stats = {
  labels: Object.fromEntries(NODE_LABELS.map((l, i) => [l, 10 + i * 7])),
  types: Object.fromEntries(REL_TYPES.map((t, i) => [t, 5 + i * 3])),
  documentsByYear: [2017, 2018, 2019, 2020, 2021, 2022].map((year, i) => ({ year, count: 3 + i })),
  documentsByRegion: ["重庆市开州区", "四川省乐山市", "广东省东莞市", "宁夏回族自治区银川市"].map((region, i) => ({ region, regionCode: null, count: 8 - i })),
  topEntities: Array.from({ length: 24 }, (_, i) => ({ id: `n${i}`, label: NODE_LABELS[i % NODE_LABELS.length]!, name: `实体${i}号`, degree: 50 - i })),
};

/**
 * Frames per second while the mouse drags the background, as a user pans: this is when the
 * large-view renderer drops edges and draws a cached texture, which cy.panBy() never triggers.
 */
async function dragFps(page: import("playwright-core").Page): Promise<number> {
  const box = (await page.locator("#cy").boundingBox())!;
  // Drag from a corner, where a node is least likely to be, so the drag pans instead of moving it.
  const x0 = box.x + 8;
  const y0 = box.y + 8;
  await page.evaluate(() => {
    (window as any).__frames = 0;
    (window as any).__counting = true;
    const tick = () => {
      (window as any).__frames++;
      if ((window as any).__counting) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  const t0 = Date.now();
  await page.mouse.move(x0, y0);
  await page.mouse.down();
  for (let i = 0; Date.now() - t0 < FPS_MS; i++) await page.mouse.move(x0 + (i % 100), y0 + (i % 60));
  await page.mouse.up();
  const frames = await page.evaluate(() => {
    (window as any).__counting = false;
    return (window as any).__frames as number;
  });
  return frames / ((Date.now() - t0) / 1000);
}

async function main() {
  console.log("building the client (unless dist/client is newer than its sources)…");
  await buildClientIfStale();
  const browser = await launchBrowser();
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  page.on("pageerror", (e) => console.error("page error:", e.message));
  // tsx compiles this file with keepNames, which wraps functions passed to page.evaluate in __name().
  await page.addInitScript("window.__name = (f) => f");
  await page.route("**/*", async (route) => {
    const url = new URL(route.request().url());
    if (url.pathname === "/api/stats") return route.fulfill({ json: stats });
    if (url.pathname === "/api/documents") return route.fulfill({ json: { items: [], total: 0 } });
    if (url.pathname.startsWith("/api/")) return route.fulfill({ status: 404, json: { error: { code: "NOT_FOUND", message: "bench" } } });
    const file = path.join(DIST, url.pathname === "/" ? "index.html" : url.pathname);
    if (!file.startsWith(DIST) || !fs.existsSync(file)) return route.fulfill({ status: 404, body: "" });
    return route.fulfill({ body: fs.readFileSync(file), contentType: TYPES[path.extname(file)] ?? "application/octet-stream" });
  });

  const started = Date.now();
  await page.goto("http://bench.local/");
  await page.waitForSelector(".start .chip");
  const fcp = await page.evaluate(() => performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? NaN);
  const startView = Date.now() - started;
  console.log(`start view: first contentful paint ${fcp.toFixed(0)} ms, overview drawn after ${startView} ms (target < 1500 ms)`);

  console.log("\nelements  nodes  first render  fCoSE layout  fps cy.panBy  fps drag");
  for (const size of SIZES) {
    const graph = syntheticGraph(size);
    // Built here and typed, so that a field the URL state gains breaks the type check, not the run.
    const side = Math.ceil(Math.sqrt(graph.nodes.length));
    const state: ViewState = {
      nodes: graph.nodes.map((n, i) => ({ id: n.id, x: (i % side) * 60, y: Math.floor(i / side) * 60 })),
      selected: [],
      filters: NO_FILTERS,
      layout: "fcose",
      sizeBy: "degree",
      zoom: 1,
      pan: { x: 0, y: 0 },
      lang: "zh",
    };
    const r = await page.evaluate(async ({ graph, state, fpsMs }) => {
      const pg = (window as any).__pg;
      const frame = () => new Promise((res) => requestAnimationFrame(() => res(null)));
      document.querySelector<HTMLButtonElement>(".tabs .tab:nth-child(2)")!.click();
      const t0 = performance.now();
      pg.canvas.restore(state, graph);
      pg.canvas.fit();
      await frame();
      await frame();
      const firstRender = performance.now() - t0;
      const t1 = performance.now();
      await pg.canvas.relayout("fcose");
      const layout = performance.now() - t1;
      await new Promise((res) => setTimeout(res, 400));
      let frames = 0;
      const t2 = performance.now();
      await new Promise<void>((resolve) => {
        const tick = () => {
          frames++;
          pg.cy.panBy({ x: frames % 200 < 100 ? 4 : -4, y: 1 });
          if (performance.now() - t2 < fpsMs) requestAnimationFrame(tick);
          else resolve();
        };
        requestAnimationFrame(tick);
      });
      const fps = frames / ((performance.now() - t2) / 1000);
      return { firstRender, layout, fps, nodes: graph.nodes.length };
    }, { graph, state, fpsMs: FPS_MS });
    const drag = await dragFps(page);
    console.log(
      `${String(size).padStart(8)}  ${String(r.nodes).padStart(5)}  ${r.firstRender.toFixed(0).padStart(9)} ms  ${r.layout.toFixed(0).padStart(9)} ms  ${r.fps.toFixed(1).padStart(8)}  ${drag.toFixed(1).padStart(9)}`,
    );
  }
  await browser.close();
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
