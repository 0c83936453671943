/**
 * A view as a URL: which nodes are on the canvas and where, what is selected, pinned and
 * filtered, the layout, zoom and pan. Encoded as deflated JSON in base64url in the hash
 * (`#v=…`), so a briefing link reopens exactly the same picture. No DOM: the canvas turns its
 * state into a ViewState and back.
 */
import type { FilterState } from "./filters.js";
import type { SizeMode } from "./style.js";
import type { LayoutName } from "./layouts.js";

export interface ViewNode {
  id: string;
  x: number;
  y: number;
  pinned?: boolean;
  /** The node whose expansion brought this one, so collapse still works after reopening. */
  origin?: string;
}

export interface ViewState {
  nodes: ViewNode[];
  /** The edges on the canvas: an expansion brings only some of the edges among its nodes. */
  edges?: string[];
  selected: string[];
  filters: FilterState;
  layout: LayoutName;
  sizeBy: SizeMode;
  zoom: number;
  /**
   * The graph point at the middle of the canvas: unlike the pan, it means the same picture in a
   * window of another size or with the side panel open or closed. Views saved before it carry
   * only their pan.
   */
  centre?: { x: number; y: number };
  pan: { x: number; y: number };
  lang: "zh" | "en";
}

/** The compact wire form: short keys, nodes as tuples, origins as indexes into the node list. */
interface Wire {
  v: 1;
  n: [string, number, number, number, number][];
  e?: string[];
  s: number[];
  f: FilterState;
  l: LayoutName;
  m: SizeMode;
  z: number;
  p: [number, number];
  c?: [number, number];
  g: "zh" | "en";
}

const r1 = (v: number) => Math.round(v * 10) / 10;

export async function encodeViewState(state: ViewState): Promise<string> {
  const index = new Map(state.nodes.map((n, i) => [n.id, i]));
  const wire: Wire = {
    v: 1,
    n: state.nodes.map((n) => [n.id, r1(n.x), r1(n.y), n.pinned ? 1 : 0, n.origin !== undefined ? (index.get(n.origin) ?? -1) : -1]),
    ...(state.edges ? { e: state.edges } : {}),
    s: state.selected.map((id) => index.get(id)).filter((i): i is number => i !== undefined),
    f: state.filters,
    l: state.layout,
    m: state.sizeBy,
    z: Math.round(state.zoom * 1000) / 1000,
    p: [r1(state.pan.x), r1(state.pan.y)],
    ...(state.centre ? { c: [r1(state.centre.x), r1(state.centre.y)] as [number, number] } : {}),
    g: state.lang,
  };
  const bytes = await pipe(new TextEncoder().encode(JSON.stringify(wire)), new CompressionStream("deflate-raw"));
  return toBase64Url(bytes);
}

/** The state in `encoded`, or null when it is not a view this version can read. */
export async function decodeViewState(encoded: string): Promise<ViewState | null> {
  try {
    const json = new TextDecoder().decode(await pipe(fromBase64Url(encoded), new DecompressionStream("deflate-raw")));
    const wire = JSON.parse(json) as Wire;
    if (wire.v !== 1 || !Array.isArray(wire.n)) return null;
    const nodes: ViewNode[] = wire.n.map(([id, x, y, pinned, origin]) => {
      const node: ViewNode = { id, x, y };
      if (pinned) node.pinned = true;
      if (origin >= 0 && wire.n[origin]) node.origin = wire.n[origin]![0];
      return node;
    });
    return {
      nodes,
      ...(Array.isArray(wire.e) ? { edges: wire.e } : {}),
      selected: wire.s.map((i) => wire.n[i]?.[0]).filter((id): id is string => id !== undefined),
      // Views saved before the sidecar filter have no docProps.
      filters: { ...wire.f, docProps: wire.f.docProps ?? {} },
      layout: wire.l,
      sizeBy: wire.m,
      zoom: wire.z,
      ...(Array.isArray(wire.c) ? { centre: { x: wire.c[0], y: wire.c[1] } } : {}),
      pan: { x: wire.p[0], y: wire.p[1] },
      lang: wire.g === "en" ? "en" : "zh",
    };
  } catch {
    return null;
  }
}

/** The `v` parameter of a location hash such as `#v=abc`, or null. */
export function viewParam(hash: string): string | null {
  return new URLSearchParams(hash.replace(/^#/, "")).get("v");
}

async function pipe(bytes: Uint8Array, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const out = new Blob([bytes as BlobPart]).stream().pipeThrough(stream);
  return new Uint8Array(await new Response(out).arrayBuffer());
}

function toBase64Url(bytes: Uint8Array): string {
  let bin = "";
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function fromBase64Url(s: string): Uint8Array {
  const bin = atob(s.replace(/-/g, "+").replace(/_/g, "/"));
  const bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  return bytes;
}
