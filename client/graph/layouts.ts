/**
 * The four layouts and how they run without freezing the page. fCoSE, the expensive one, runs
 * in a Web Worker on a headless Cytoscape (layout-worker.ts) and the main thread only moves
 * the nodes to the answer; the others are linear and run in place. Pinned nodes stay put.
 */
import type { Core, NodeCollection } from "cytoscape";
import { fitTo } from "./fit.js";

/** A label's width without fonts: CJK about one em, Latin about half. */
export function estimateWidth(s: string, fontSize = 12): number {
  let em = 0;
  for (const ch of s) em += /[\u0000-\u00ff]/.test(ch) ? 0.55 : 1;
  return em * fontSize;
}

export const LAYOUTS = ["fcose", "concentric", "breadthfirst", "grid"] as const;
export type LayoutName = (typeof LAYOUTS)[number];

export interface WorkerNode {
  id: string;
  x: number;
  y: number;
  /** The node with its label: fCoSE keeps these boxes apart, so labels do not overlap. */
  w: number;
  h: number;
  fixed: boolean;
}
export interface WorkerRequest {
  id: number;
  nodes: WorkerNode[];
  edges: { source: string; target: string }[];
  /** False for an incremental layout: start from the current positions. */
  randomize: boolean;
}
export interface WorkerResponse {
  id: number;
  positions: Record<string, { x: number; y: number }>;
  ms: number;
  error?: string;
}

/** Below this many nodes animation is cheap enough to show the nodes moving into place. */
const ANIMATE_BELOW = 800;

let worker: Worker | null = null;
let nextId = 1;
const pending = new Map<number, (r: WorkerResponse) => void>();

function layoutWorker(): Worker {
  if (!worker) {
    worker = new Worker(new URL("./layout-worker.ts", import.meta.url), { type: "module" });
    worker.onmessage = (ev: MessageEvent<WorkerResponse>) => {
      pending.get(ev.data.id)?.(ev.data);
      pending.delete(ev.data.id);
    };
  }
  return worker;
}

/** fCoSE positions for `nodes`, computed off the main thread. */
export function fcoseInWorker(cy: Core, nodes: NodeCollection, randomize: boolean, fixed: ReadonlySet<string> = new Set()): Promise<WorkerResponse> {
  const ids = new Set(nodes.map((n) => n.id()));
  const req: WorkerRequest = {
    id: nextId++,
    nodes: nodes.map((n) => ({ id: n.id(), x: n.position("x"), y: n.position("y"), ...labelBox(n), fixed: n.hasClass("pinned") || fixed.has(n.id()) })),
    edges: cy
      .edges()
      .filter((e) => ids.has(e.data("source")) && ids.has(e.data("target")))
      .map((e) => ({ source: e.data("source") as string, target: e.data("target") as string })),
    randomize,
  };
  return new Promise((resolve) => {
    pending.set(req.id, resolve);
    layoutWorker().postMessage(req);
  });
}

/**
 * The box a node and its label take, estimated without measuring text (the worker has no
 * fonts): CJK characters are about one em wide, Latin ones about half. Labels sit under the node.
 */
export function labelBox(n: { data(key: string): unknown }): { w: number; h: number } {
  const size = Number(n.data("size")) || 24;
  const text = String(n.data("short") ?? "");
  return { w: Math.max(size, estimateWidth(text) + 6), h: size + 20 };
}

export interface RunOptions {
  /** Start from the current positions (after an expand) instead of from scratch. */
  incremental?: boolean;
  fit?: boolean;
  /** Roots for breadthfirst: the selection, or documents that cite or outline. */
  roots?: string[];
  /** Nodes that keep their place (besides pinned ones): the old nodes when an expansion adds new ones. */
  fixed?: ReadonlySet<string>;
}

/**
 * Moves the visible nodes to `name`'s positions and resolves when they are there.
 * Positions are what the caller records for undo, so this never touches the undo stack.
 */
export async function runLayout(cy: Core, name: LayoutName, opts: RunOptions = {}): Promise<void> {
  const nodes = cy.nodes(":visible");
  if (nodes.empty()) return;
  const animate = nodes.length < ANIMATE_BELOW;
  const fixed = opts.fixed ?? new Set<string>();
  const pinned = nodes.filter((n) => n.hasClass("pinned") || fixed.has(n.id()));
  const movable = nodes.not(pinned);
  let positions: Record<string, { x: number; y: number }>;

  if (name === "fcose") {
    const res = await fcoseInWorker(cy, nodes, !opts.incremental, fixed);
    if (res.error) throw new Error(`fCoSE layout failed: ${res.error}`);
    positions = res.positions;
  } else {
    positions = await inPlace(cy, nodes, name, opts);
  }
  await new Promise<void>((resolve) => {
    const layout = movable.layout({
      name: "preset",
      positions: (n: { id(): string; position(): { x: number; y: number } }) => positions[n.id()] ?? n.position(),
      animate,
      animationDuration: 450,
      animationEasing: "ease-out-cubic",
      fit: false,
    } as never);
    layout.one("layoutstop", () => resolve());
    layout.run();
  });
  if (opts.fit) fitTo(cy, animate ? 300 : 0);
}

/** Runs a cheap built-in layout without rendering, and returns where it put each node. */
function inPlace(cy: Core, nodes: NodeCollection, name: Exclude<LayoutName, "fcose">, opts: RunOptions): Promise<Record<string, { x: number; y: number }>> {
  const before = new Map(nodes.map((n) => [n.id(), { ...n.position() }]));
  const eles = nodes.union(nodes.edgesWith(nodes));
  const common = { animate: false, fit: false, padding: 40, avoidOverlap: true, nodeDimensionsIncludeLabels: true };
  const options: Record<string, unknown> =
    name === "concentric"
      ? { name, ...common, concentric: (n: { degree(b: boolean): number }) => n.degree(false), levelWidth: () => 2, minNodeSpacing: 18 }
      : name === "breadthfirst"
        ? { name, ...common, directed: true, spacingFactor: 1.1, roots: breadthRoots(cy, nodes, opts.roots) }
        : { name, ...common, condense: false, avoidOverlapPadding: 14 };
  return new Promise((resolve) => {
    const layout = eles.layout(options as never);
    layout.one("layoutstop", () => {
      const out: Record<string, { x: number; y: number }> = {};
      cy.batch(() => {
        for (const n of nodes) {
          out[n.id()] = { ...n.position() };
          n.position(before.get(n.id())!);
        }
      });
      resolve(out);
    });
    layout.run();
  });
}

/** Citation chains and outlines read top-down from the documents that cite or contain. */
function breadthRoots(cy: Core, nodes: NodeCollection, selected?: string[]): string[] {
  if (selected?.length) return selected;
  const tree = nodes.edgesWith(nodes).filter('[type = "CITES"], [type = "HAS_MEASURE"]');
  const sources = tree.sources().filter((n) => n.incomers('edge[type = "CITES"], edge[type = "HAS_MEASURE"]').empty());
  if (sources.nonempty()) return sources.map((n) => n.id());
  const docs = nodes.filter('[label = "Document"]');
  if (docs.nonempty()) return docs.map((n) => n.id());
  return [nodes.max((n) => n.degree(false)).ele.id()];
}
