/**
 * The explorer's addresses, one per thing it can show, so that Back and Forward move between
 * views and every address reopens what it shows:
 *
 *     (none)              the start view
 *     #graph              the graph view, its canvas as it is
 *     #v=…                the graph view with this view state (url-state.ts)
 *     #diffusion/<view>?… a diffusion view with its parameters (views/diffusion)
 *     #doc/<id>?at=s-e    the document reader, at this span of the text
 *     #scene/<id>         a scene saved on the server
 *
 * No DOM: main.ts pushes an address for each navigation and follows the address on popstate.
 */
import { viewParam } from "./graph/url-state.js";

export type Route =
  | { view: "start" }
  | { view: "graph"; state: string | null }
  | { view: "diffusion" }
  | { view: "reader"; docId: string; focus: { start: number; end: number } | null }
  | { view: "scene"; id: string };

export const GRAPH_HASH = "#graph";

/** What `hash` (location.hash) shows; an address this version cannot read shows the start view. */
export function parseRoute(hash: string): Route {
  if (/^#diffusion(\/|\?|$)/.test(hash)) return { view: "diffusion" };
  if (hash === GRAPH_HASH) return { view: "graph", state: null };
  const state = viewParam(hash);
  if (state) return { view: "graph", state };
  const doc = /^#doc\/([^?]+)(?:\?at=(\d+)-(\d+))?$/.exec(hash);
  if (doc) {
    const docId = safeDecode(doc[1]!);
    if (docId) return { view: "reader", docId, focus: doc[2] ? { start: Number(doc[2]), end: Number(doc[3]) } : null };
  }
  const scene = /^#scene\/([\w-]+)$/.exec(hash);
  if (scene) return { view: "scene", id: scene[1]! };
  return { view: "start" };
}

/** The reader's address for `docId`, at `focus` when given. */
export function readerHash(docId: string, focus: { start: number; end: number } | null): string {
  return `#doc/${encodeURIComponent(docId)}${focus ? `?at=${focus.start}-${focus.end}` : ""}`;
}

export function sceneHash(id: string): string {
  return `#scene/${id}`;
}

function safeDecode(s: string): string | null {
  try {
    return decodeURIComponent(s);
  } catch {
    return null;
  }
}
