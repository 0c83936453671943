/**
 * The exports opened by the programs people use them with: the GraphML and GEXF of the five
 * seeds imported by Gephi 0.10.1's own importer with its default settings (one JVM for both,
 * test/support/gephi/GephiImport.java), the portable SVG rendered by rsvg with no font at all,
 * and the SVG converted to PNG by LibreOffice. The tools are installed by .ci/run and fetched by
 * `npm test`'s setup (Gephi); a missing one fails the test with what to install.
 */
import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingest } from "../../server/ingest/index.js";
import { measure } from "../../server/render/font.js";
import type { Scene } from "../../server/schema/api.js";
import type { Store } from "../../server/store/connect.js";
import { startApi, type TestApi } from "../support/api.js";
import { inkDifference, inkedShare, readPng } from "../support/png.js";
import { FIVE_SEEDS } from "../support/seeds.js";
import { resetGraph, testStore } from "../support/store.js";

const SCREENS = "test-output/screens";
let store: Store;
let api: TestApi;
let dir: string;

beforeAll(async () => {
  store = await testStore();
  await resetGraph(store);
  await ingest(store, FIVE_SEEDS);
  api = await startApi(store);
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "export-tools-"));
  fs.mkdirSync(SCREENS, { recursive: true });
});
afterAll(async () => {
  await api?.close();
  await store?.close();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

/** Runs a tool that .ci/run installs; a missing one is a failure that names its package. */
function tool(cmd: string, pkg: string, args: string[], env: NodeJS.ProcessEnv = process.env): string {
  const r = spawnSync(cmd, args, { encoding: "utf8", env, timeout: 60_000 });
  if (r.error && (r.error as NodeJS.ErrnoException).code === "ENOENT") throw new Error(`${cmd} is not installed; apt-get install -y --no-install-recommends ${pkg} (.ci/run does)`);
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(" ")} failed (${r.status}): ${r.stderr}`);
  return r.stdout;
}

async function post(route: string, body: unknown, file: string): Promise<string> {
  const res = await api.post(route, body);
  expect(res.status, await res.clone().text().then((t) => t.slice(0, 300))).toBe(200);
  const out = path.join(dir, file);
  fs.writeFileSync(out, Buffer.from(await res.arrayBuffer()));
  return out;
}

interface Row {
  id: string;
  name: string;
  label: string;
}

async function storedGraph() {
  const { records: nodes } = await store.driver.executeQuery("MATCH (n:Entity) RETURN n.id AS id, coalesce(n.name, n.id) AS name, [l IN labels(n) WHERE l <> 'Entity'][0] AS label", {}, { database: store.database });
  const { records: edges } = await store.driver.executeQuery("MATCH (a:Entity)-[r]->(b:Entity) RETURN elementId(r) AS id, type(r) AS type, a.id AS source, b.id AS target", {}, { database: store.database });
  return {
    nodes: nodes.map((r) => ({ id: r.get("id"), name: r.get("name"), label: r.get("label") }) as Row),
    edges: edges.map((r) => ({ id: r.get("id") as string, type: r.get("type") as string, source: r.get("source") as string, target: r.get("target") as string })),
  };
}

describe("the GraphML and GEXF exports in Gephi 0.10.1", () => {
  it("keep every node with its name as label and its type, and every relationship with its type as label, parallel ones included", async () => {
    const graph = await storedGraph();
    const nodeIds = graph.nodes.map((n) => n.id);
    const pairs = new Map<string, number>();
    for (const e of graph.edges) pairs.set(`${e.source}|${e.target}`, (pairs.get(`${e.source}|${e.target}`) ?? 0) + 1);
    // The seeds must have what Gephi used to merge: node pairs joined by two relationships.
    expect([...pairs.values()].filter((n) => n > 1).length).toBeGreaterThan(10);

    const view = Object.fromEntries(graph.nodes.map((n, i) => [n.id, { x: (i % 40) * 30, y: Math.floor(i / 40) * 30, size: 18 + (i % 5) * 8, color: "#f28e2b" }]));
    const graphmlFile = await post("/api/export", { nodeIds, format: "graphml" }, "graph.graphml");
    const gexfFile = await post("/api/export", { nodeIds, format: "gexf", view }, "graph.gexf");

    const classpath = [".gephi/classes", ".gephi/lib/*"].join(path.delimiter);
    if (!fs.existsSync(".gephi/classes/GephiImport.class")) throw new Error("Gephi's toolkit is not set up; run `node server/setup/bootstrap.mjs --test` (npm test does)");
    const started = performance.now();
    const lines = execFileSync("java", ["-Djava.awt.headless=true", "-cp", classpath, "GephiImport", graphmlFile, gexfFile], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"], maxBuffer: 256 << 20 }).trim().split("\n");
    console.log(`Gephi imported ${graph.nodes.length} nodes and ${graph.edges.length} relationships twice in ${Math.round(performance.now() - started)} ms`);
    const [fromGraphml, fromGexf] = lines.map((l) => JSON.parse(l));

    const byId = new Map(graph.nodes.map((n) => [n.id, n]));
    const expectedEdges = graph.edges.map((e) => `${e.source}|${e.target}|${e.type}`).sort();
    for (const imported of [fromGraphml, fromGexf]) {
      expect(imported.directed).toBe(true);
      expect(imported.nodes).toHaveLength(graph.nodes.length);
      for (const n of imported.nodes) {
        expect(n.label).toBe(byId.get(n.id)!.name);
        expect(n.type).toBe(byId.get(n.id)!.label);
      }
      expect(imported.edges).toHaveLength(graph.edges.length);
      expect(imported.edges.map((e: { source: string; target: string; label: string }) => `${e.source}|${e.target}|${e.label}`).sort()).toEqual(expectedEdges);
    }
    // GEXF's viz attributes: colours as given, and the layout and sizes of the view as Gephi's
    // importer scales them (one factor for positions and sizes, y up), so the view keeps its shape.
    const viz = new Map(fromGexf.nodes.map((n: { id: string }) => [n.id, n]));
    const [a, b] = [graph.nodes[0]!.id, graph.nodes[41]!.id].map((id) => ({ want: view[id]!, got: viz.get(id) as { x: number; y: number; size: number; r: number; g: number; b: number } }));
    const k = (b!.got.x - a!.got.x) / (b!.want.x - a!.want.x);
    const ky = (b!.got.y - a!.got.y) / (b!.want.y - a!.want.y);
    expect(k).toBeGreaterThan(0);
    expect(ky).toBeCloseTo(-k, 3);
    for (const n of graph.nodes) {
      const got = viz.get(n.id) as { x: number; y: number; size: number; r: number; g: number; b: number };
      expect(got.x).toBeCloseTo(a!.got.x + k * (view[n.id]!.x - a!.want.x), 0);
      expect(got.y).toBeCloseTo(a!.got.y - k * (view[n.id]!.y - a!.want.y), 0);
      expect(got.size - a!.got.size).toBeCloseTo((k * (view[n.id]!.size - a!.want.size)) / 2, 0);
      expect([got.r, got.g, got.b].map((c) => Math.round(c * 255))).toEqual([242, 142, 43]);
    }
  });
});

/** A scene of the seeds' first 24 entities with names, on a grid, each joined to the next. */
async function seedScene(): Promise<{ scene: Scene; labels: { x: number; y: number; text: string }[] }> {
  const { nodes } = await storedGraph();
  const named = nodes.filter((n) => n.label !== "Document" && n.name.length >= 2 && n.name.length <= 12).slice(0, 24);
  const style = { color: "#3b6ea8", shape: "ellipse" as const };
  const sceneNodes = named.map((n, i) => ({ x: 90 + (i % 6) * 150, y: 50 + Math.floor(i / 6) * 110, size: 28, style, text: n.name }));
  const scene: Scene = {
    width: 960,
    height: 460,
    zoom: 1,
    title: "五个示例文件的实体",
    subtitle: "政策知识图谱 · 2026-12-07",
    transparent: false,
    sourcesHeading: "来源",
    legend: { nodes: [{ name: "实体", style }], relations: [{ name: "提及", dashed: true }] },
    docIds: [],
    nodes: sceneNodes,
    edges: sceneNodes.slice(1).map((n, i) => ({ from: { x: sceneNodes[i]!.x, y: sceneNodes[i]!.y }, to: { x: n.x, y: n.y }, dashed: true })),
  };
  return { scene, labels: sceneNodes.map((n) => ({ x: n.x, y: n.y + n.size / 2 + 15, text: n.text })) };
}

/** The y of the graph's origin in the SVG (under the title and legend). */
const graphTop = (svg: string) => Number(/<g transform="translate\(0 ([\d.]+)\)">/.exec(svg)![1]);

describe("the SVG exports in other programs", () => {
  it("render the portable SVG with no font installed exactly as with fonts, and like the text SVG in a CJK font: no empty boxes", async () => {
    const { scene } = await seedScene();
    const portable = await post("/api/export/image", { format: "svg-portable", scene }, "portable.svg");
    const plain = await post("/api/export/image", { format: "svg", scene }, "plain.svg");
    expect(fs.readFileSync(portable, "utf8")).not.toContain("<text");

    // A fontconfig that knows no font at all: any text left would be drawn as empty boxes.
    const conf = path.join(dir, "fonts.conf");
    fs.writeFileSync(conf, `<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig><dir>${path.join(dir, "no-fonts")}</dir><cachedir>${path.join(dir, "fc-cache")}</cachedir></fontconfig>`);
    const noFonts = { ...process.env, FONTCONFIG_FILE: conf };
    expect(tool("fc-list", "fontconfig", [], noFonts).trim()).toBe("");

    const png = (svg: string, name: string, env?: NodeJS.ProcessEnv) => {
      const out = path.join(dir, name);
      tool("rsvg-convert", "librsvg2-bin", ["-b", "white", "-o", out, svg], env);
      return readPng(out);
    };
    const portableBare = png(portable, "portable-no-fonts.png", noFonts);
    const portableFonts = png(portable, "portable-fonts.png");
    const plainCjk = png(plain, "plain-cjk.png");
    const plainBare = png(plain, "plain-no-fonts.png", noFonts);
    fs.copyFileSync(path.join(dir, "portable-no-fonts.png"), path.join(SCREENS, "export-portable-rsvg-no-fonts.png"));

    expect(inkDifference(portableBare, portableFonts)).toBe(0);
    const againstCjk = inkDifference(portableBare, plainCjk);
    const tofu = inkDifference(plainBare, plainCjk);
    console.log(`ink difference: portable without fonts vs text SVG in Noto CJK ${againstCjk.toFixed(4)}; text SVG without fonts (boxes) vs the same ${tofu.toFixed(4)}`);
    // The same glyphs as a real CJK font draws, far from what a font-less render of text gives.
    expect(againstCjk).toBeLessThan(tofu / 4);
  });

  it("convert to PNG in LibreOffice with every node label legible (dark ink under each label), text or outlines", async () => {
    const { scene, labels } = await seedScene();
    const files = [await post("/api/export/image", { format: "svg", scene }, "lo.svg"), await post("/api/export/image", { format: "svg-portable", scene }, "lo-portable.svg")];
    const outDir = path.join(dir, "lo");
    const started = performance.now();
    tool("soffice", "libreoffice-draw-nogui", [`-env:UserInstallation=file://${path.join(dir, "lo-profile")}`, "--headless", "--convert-to", "png", "--outdir", outDir, ...files]);
    console.log(`LibreOffice converted both SVGs in ${Math.round(performance.now() - started)} ms`);
    for (const file of files) {
      const name = path.basename(file, ".svg");
      const png = readPng(path.join(outDir, `${name}.png`));
      fs.copyFileSync(path.join(outDir, `${name}.png`), path.join(SCREENS, `export-${name}-libreoffice.png`));
      const scale = png.width / scene.width;
      const top = graphTop(fs.readFileSync(file, "utf8"));
      const shares = labels.map((l) => {
        const half = measure(l.text, 12) / 2;
        return inkedShare(png, { x1: (l.x - half) * scale, x2: (l.x + half) * scale, y1: (top + l.y - 11) * scale, y2: (top + l.y + 3) * scale });
      });
      console.log(`LibreOffice, ${name}.svg: share of dark pixels under each of ${labels.length} labels, lowest ${Math.min(...shares).toFixed(3)}, median ${[...shares].sort()[labels.length >> 1]!.toFixed(3)}`);
      // Washed-out grey labels (the paint-order halo LibreOffice ignores) have no dark pixels at all.
      for (const share of shares) expect(share).toBeGreaterThan(0.08);
    }
  });
});
