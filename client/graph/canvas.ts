/**
 * The graph canvas: a Cytoscape instance plus the operations the explorer offers on it (add a
 * result, expand, collapse, hide, pin, lay out, filter, size, highlight paths), each of them
 * undoable through the command stack. Views talk to this module, never to Cytoscape directly.
 */
import cytoscape, { type Core, type ElementDefinition, type NodeSingular } from "cytoscape";
import type { GraphEdge, GraphNode, GraphResult } from "../../server/schema/api.js";
import { labelName, relName } from "../i18n.js";
import { collapseSet } from "./expansion.js";
import { hiddenElements, NO_FILTERS, type DocInfo, type FilterState } from "./filters.js";
import { fitTo } from "./fit.js";
import { runLayout, type LayoutName } from "./layouts.js";
import { displayName, EDGE_LABEL_ZOOM, LARGE_VIEW, labelStyle, nodeSize, stylesheet, type SizeMode } from "./style.js";
import { createUndoStack, type UndoStack } from "./undo.js";
import type { ViewState } from "./url-state.js";

export interface CanvasEvents {
  onTapNode(id: string): void;
  onTapEdge(id: string): void;
  onTapBackground(): void;
  onDoubleTapNode(id: string): void;
  onContext(target: { kind: "node" | "edge" | "background"; id?: string }, at: { x: number; y: number }): void;
  /**
   * Anything worth remembering in the URL changed. "viewport" fires on every frame of a pan or
   * zoom, so listeners should do little then; "elements" covers elements, positions, selection.
   */
  onViewChange(kind?: "viewport" | "elements"): void;
  onLargeView(large: boolean): void;
}

export interface Canvas {
  cy: Core;
  stack: UndoStack;
  layoutName: LayoutName;
  sizeMode: SizeMode;
  filters: FilterState;
  addGraph(result: GraphResult, opts?: { origin?: string; roots?: string[]; label?: string }): Promise<string[]>;
  expand(ids: string[], fetch: (ids: string[]) => Promise<GraphResult>): Promise<GraphResult>;
  collapse(id: string): void;
  hide(ids: string[]): void;
  clear(): void;
  setPinned(ids: string[], pinned: boolean): void;
  relayout(name?: LayoutName): Promise<void>;
  applyFilters(filters: FilterState, docs: ReadonlyMap<string, DocInfo>): void;
  setSizeMode(mode: SizeMode): void;
  refreshLanguage(): void;
  highlightPaths(paths: string[][]): void;
  clearHighlight(): void;
  fit(): void;
  viewState(lang: "zh" | "en"): ViewState;
  restore(state: ViewState, result: GraphResult): void;
  isBusy(): boolean;
}

type Positions = Map<string, { x: number; y: number }>;

export function nodeData(n: GraphNode): Record<string, unknown> {
  const amount = typeof n.props.amountYuan === "number" ? n.props.amountYuan : null;
  return {
    id: n.id,
    label: n.label,
    name: n.name,
    short: displayName(n.name),
    labelName: labelName(n.label),
    color: labelStyle(n.label).color,
    degree: n.degree ?? 0,
    amountYuan: amount,
    props: n.props,
    size: 24,
  };
}

export function edgeData(e: GraphEdge): Record<string, unknown> {
  return {
    id: e.id,
    source: e.source,
    target: e.target,
    type: e.type,
    typeName: relName(e.type),
    docId: typeof e.props.docId === "string" ? e.props.docId : undefined,
    props: e.props,
  };
}

export function createCanvas(container: HTMLElement, events: CanvasEvents, opts: { webgl?: boolean } = {}): Canvas {
  const cy = cytoscape({
    container,
    ...(opts.webgl ? { renderer: { name: "canvas", webgl: true } } : {}),
    style: stylesheet(false) as never,
    minZoom: 0.03,
    maxZoom: 4,
    boxSelectionEnabled: true,
    selectionType: "single",
  });
  const stack = createUndoStack();
  let busy = 0;
  let large = false;
  let docs: ReadonlyMap<string, DocInfo> = new Map();

  const canvas: Canvas = {
    cy,
    stack,
    layoutName: "fcose",
    sizeMode: "degree",
    filters: NO_FILTERS,

    async addGraph(result, opts = {}) {
      const before = positions();
      const fresh = result.nodes.filter((n) => cy.getElementById(n.id).empty());
      const freshEdges = result.edges.filter((e) => cy.getElementById(e.id).empty());
      if (fresh.length === 0 && freshEdges.length === 0) return [];
      const origin = opts.origin ? cy.getElementById(opts.origin) : null;
      const centre = origin?.nonempty() ? origin.position() : viewportCentre();
      const defs: ElementDefinition[] = fresh.map((n, i) => ({
        group: "nodes",
        data: { ...nodeData(n), ...(opts.origin ? { origin: opts.origin } : {}), ...(opts.roots?.includes(n.id) ? { root: true } : {}) },
        // Start the newcomers on a small ring around whoever brought them, so the incremental
        // layout only has to settle them instead of untangling them.
        position: ring(centre, i, fresh.length),
        classes: opts.roots?.includes(n.id) ? "root" : "",
      }));
      const edgeDefs: ElementDefinition[] = freshEdges.filter((e) => hasNode(e.source, defs) && hasNode(e.target, defs)).map((e) => ({ group: "edges", data: edgeData(e) }));
      const all = [...defs, ...edgeDefs];
      const addedIds = all.map((d) => d.data.id as string);

      setLarge(cy.elements().length + all.length);
      cy.batch(() => cy.add(all));
      afterElementsChange();
      const incremental = before.size > 0;
      busy++;
      try {
        await runLayout(cy, canvas.layoutName === "fcose" || incremental ? "fcose" : canvas.layoutName, {
          incremental,
          fixed: incremental ? new Set(before.keys()) : new Set(),
          fit: !incremental,
        });
      } finally {
        busy--;
      }
      const after = positions();
      const label = opts.label ?? "add";
      stack.record({
        label,
        do() {
          cy.batch(() => {
            cy.add(all.map((d) => (d.group === "nodes" ? { ...d, position: after.get(d.data.id as string) ?? d.position! } : d)));
            setPositions(after);
          });
          afterElementsChange();
        },
        undo() {
          cy.batch(() => {
            cy.remove(byIds(addedIds));
            setPositions(before);
          });
          afterElementsChange();
        },
      });
      if (incremental) fitTo(cy, 300);
      events.onViewChange();
      return addedIds;
    },

    async expand(ids, fetch) {
      const result = await fetch(ids);
      const names = ids.map((id) => cy.getElementById(id).data("name") as string).join("、");
      await canvas.addGraph(result, ids.length === 1 ? { origin: ids[0]!, label: names } : { label: names });
      return result;
    },

    collapse(id) {
      const origins = new Map<string, string | undefined>(cy.nodes().map((n) => [n.id(), n.data("origin") as string | undefined]));
      const keep = new Set(cy.nodes(".pinned, :selected, .root").map((n) => n.id()));
      const gone = collapseSet(id, origins, keep);
      if (gone.size) removeCommand([...gone], `collapse ${cy.getElementById(id).data("name")}`);
    },

    hide(ids) {
      if (ids.length) removeCommand(ids, `hide ${ids.length}`);
    },

    clear() {
      if (cy.elements().nonempty()) removeCommand(cy.nodes().map((n) => n.id()), "clear");
    },

    setPinned(ids, pinned) {
      const nodes = byIds(ids);
      const previously = new Map(nodes.map((n) => [n.id(), n.hasClass("pinned")]));
      const apply = (state: (id: string) => boolean) =>
        nodes.forEach((n) => {
          const on = state(n.id());
          n.toggleClass("pinned", on);
          if (on) n.lock();
          else n.unlock();
        });
      stack.run({ label: pinned ? "pin" : "unpin", do: () => apply(() => pinned), undo: () => apply((id) => previously.get(id)!) });
      events.onViewChange();
    },

    async relayout(name = canvas.layoutName) {
      const prevName = canvas.layoutName;
      canvas.layoutName = name;
      const before = positions();
      busy++;
      try {
        await runLayout(cy, name, { fit: true, roots: cy.nodes(":selected").map((n) => n.id()) });
      } finally {
        busy--;
      }
      const after = positions();
      stack.record({
        label: `layout ${name}`,
        do() {
          canvas.layoutName = name;
          setPositions(after);
        },
        undo() {
          canvas.layoutName = prevName;
          setPositions(before);
        },
      });
      events.onViewChange();
    },

    applyFilters(filters, docInfo) {
      canvas.filters = filters;
      docs = docInfo;
      filterNow();
      events.onViewChange();
    },

    setSizeMode(mode) {
      canvas.sizeMode = mode;
      resize();
      events.onViewChange();
    },

    refreshLanguage() {
      cy.batch(() => {
        cy.edges().forEach((e) => void e.data("typeName", relName(e.data("type"))));
        cy.nodes().forEach((n) => void n.data("labelName", labelName(n.data("label"))));
      });
    },

    highlightPaths(paths) {
      canvas.clearHighlight();
      const edgeIds = new Set(paths.flat());
      cy.batch(() => {
        const edges = cy.edges().filter((e) => edgeIds.has(e.id()));
        edges.addClass("path");
        edges.connectedNodes().addClass("path");
        cy.elements().not(edges).not(edges.connectedNodes()).addClass("faded");
      });
    },

    clearHighlight() {
      cy.elements().removeClass("path faded");
    },

    fit() {
      fitTo(cy, 300);
    },

    viewState(lang) {
      return {
        nodes: cy.nodes().map((n) => {
          const p = n.position();
          return {
            id: n.id(),
            x: p.x,
            y: p.y,
            ...(n.hasClass("pinned") ? { pinned: true } : {}),
            ...(n.data("origin") ? { origin: n.data("origin") as string } : {}),
          };
        }),
        edges: cy.edges().map((e) => e.id()),
        selected: cy.nodes(":selected").map((n) => n.id()),
        filters: canvas.filters,
        layout: canvas.layoutName,
        sizeBy: canvas.sizeMode,
        zoom: cy.zoom(),
        centre: { x: (cy.width() / 2 - cy.pan().x) / cy.zoom(), y: (cy.height() / 2 - cy.pan().y) / cy.zoom() },
        pan: { ...cy.pan() },
        lang,
      };
    },

    restore(state, result) {
      const wanted = new Map(state.nodes.map((n) => [n.id, n]));
      const nodes = result.nodes.filter((n) => wanted.has(n.id));
      const edgeIds = state.edges ? new Set(state.edges) : null;
      const edges = result.edges.filter((e) => wanted.has(e.source) && wanted.has(e.target) && (!edgeIds || edgeIds.has(e.id)));
      canvas.layoutName = state.layout;
      canvas.sizeMode = state.sizeBy;
      canvas.filters = state.filters;
      setLarge(nodes.length + edges.length);
      cy.batch(() => {
        cy.elements().remove();
        cy.add([
          ...nodes.map((n): ElementDefinition => {
            const v = wanted.get(n.id)!;
            return { group: "nodes", data: { ...nodeData(n), ...(v.origin ? { origin: v.origin } : {}) }, position: { x: v.x, y: v.y }, classes: v.pinned ? "pinned" : "" };
          }),
          ...edges.map((e): ElementDefinition => ({ group: "edges", data: edgeData(e) })),
        ]);
        cy.nodes(".pinned").lock();
        for (const id of state.selected) cy.getElementById(id).select();
      });
      stack.clear();
      afterElementsChange();
      // The canvas may have changed size since it was last measured (the panel opening for the
      // selection); the centre is placed in the canvas as it is now.
      cy.resize();
      const c = state.centre;
      cy.viewport({ zoom: state.zoom, pan: c ? { x: cy.width() / 2 - state.zoom * c.x, y: cy.height() / 2 - state.zoom * c.y } : state.pan });
      updateEdgeLabels();
    },

    isBusy: () => busy > 0,
  };

  /** The elements with these ids that are on the canvas. */
  function byIds(ids: string[]) {
    return cy.collection(ids.map((id) => cy.getElementById(id)).filter((e) => e.nonempty()) as never);
  }

  function positions(): Positions {
    return new Map(cy.nodes().map((n) => [n.id(), { ...n.position() }]));
  }

  function setPositions(p: Positions) {
    cy.batch(() => {
      for (const [id, pos] of p) {
        const n = cy.getElementById(id);
        if (n.nonempty()) {
          const locked = n.locked();
          if (locked) n.unlock();
          n.position(pos);
          if (locked) n.lock();
        }
      }
    });
    events.onViewChange();
  }

  function viewportCentre() {
    const ext = cy.extent();
    return { x: (ext.x1 + ext.x2) / 2, y: (ext.y1 + ext.y2) / 2 };
  }

  function hasNode(id: string, defs: ElementDefinition[]) {
    return cy.getElementById(id).nonempty() || defs.some((d) => d.data.id === id);
  }

  /** Removes nodes (with their edges) as one undoable step; undo puts them back where they were. */
  function removeCommand(ids: string[], label: string) {
    const nodes = byIds(ids).nodes();
    const eles = nodes.union(nodes.connectedEdges());
    const json = eles.jsons() as unknown as ElementDefinition[];
    const idList = eles.map((e) => e.id());
    stack.run({
      label,
      do() {
        cy.remove(byIds(idList));
        afterElementsChange();
      },
      undo() {
        cy.add(json.map((d) => ({ ...d, data: { ...d.data } })));
        cy.nodes(".pinned").lock();
        afterElementsChange();
      },
    });
    events.onViewChange();
  }

  function resize() {
    const nodes = cy.nodes();
    const max = {
      // A floor on the reference degree keeps leaves small when the view holds only a few nodes.
      degree: Math.max(20, nodes.max((n) => degreeOf(n)).value || 0),
      amount: nodes.max((n) => Number(n.data("amountYuan")) || 0).value || 0,
    };
    cy.batch(() => nodes.forEach((n) => void n.data("size", nodeSize({ degree: degreeOf(n), amountYuan: n.data("amountYuan") as number | null }, canvas.sizeMode, max))));
  }

  /** The graph-wide degree from the API when known, else the degree on the canvas. */
  function degreeOf(n: NodeSingular): number {
    return Math.max(Number(n.data("degree")) || 0, n.degree(false));
  }

  function filterNow() {
    const hidden = hiddenElements(
      cy.nodes().map((n) => ({ id: n.id(), label: n.data("label") as string })),
      cy.edges().map((e) => ({ id: e.id(), type: e.data("type") as string, source: e.source().id(), target: e.target().id(), docId: e.data("docId") as string | undefined })),
      docs,
      canvas.filters,
    );
    cy.batch(() => {
      cy.elements(".filtered").removeClass("filtered");
      if (hidden.size) cy.elements().filter((e) => hidden.has(e.id())).addClass("filtered");
    });
  }

  function afterElementsChange() {
    setLarge(cy.elements().length);
    resize();
    filterNow();
  }

  /** Switches the simplified style on or off for a view of `count` elements, before they are drawn. */
  function setLarge(count: number) {
    const nowLarge = count > LARGE_VIEW;
    if (nowLarge !== large) {
      large = nowLarge;
      cy.style(stylesheet(large) as never);
      // The canvas renderer reads these at start-up; setting them later is how to switch
      // them per view, and dropping edges while panning is what keeps 5k+ views fluid.
      const r = (cy as unknown as { renderer(): { hideEdgesOnViewport: boolean; textureOnViewport: boolean } }).renderer();
      r.hideEdgesOnViewport = large;
      r.textureOnViewport = large;
      events.onLargeView(large);
    }
  }

  let labelsShown = false;
  function updateEdgeLabels() {
    const show = !large && cy.zoom() >= EDGE_LABEL_ZOOM;
    if (show === labelsShown) return;
    labelsShown = show;
    cy.batch(() => (show ? cy.edges().addClass("show-label") : cy.edges().removeClass("show-label")));
  }

  cy.on("tap", "node", (ev) => events.onTapNode(ev.target.id()));
  cy.on("tap", "edge", (ev) => events.onTapEdge(ev.target.id()));
  cy.on("tap", (ev) => {
    if (ev.target === cy) events.onTapBackground();
  });
  cy.on("dbltap", "node", (ev) => events.onDoubleTapNode(ev.target.id()));
  cy.on("cxttap", (ev) => {
    const target = ev.target === cy ? { kind: "background" as const } : { kind: ev.target.isNode() ? ("node" as const) : ("edge" as const), id: ev.target.id() as string };
    events.onContext(target, ev.renderedPosition ?? { x: 0, y: 0 });
  });
  cy.on("mouseover", "edge", (ev) => ev.target.addClass("hover"));
  cy.on("mouseout", "edge", (ev) => ev.target.removeClass("hover"));
  cy.on("mouseover", "node", (ev) => {
    if (!large) ev.target.connectedEdges().addClass("hover");
  });
  cy.on("mouseout", "node", (ev) => ev.target.connectedEdges().removeClass("hover"));
  cy.on("add", "edge", () => {
    if (labelsShown) cy.edges().addClass("show-label");
  });

  // A drag is a command of its own, so undo puts a dragged node back.
  let dragStart: Positions | null = null;
  cy.on("grab", "node", () => {
    dragStart = new Map(cy.nodes(":selected").union(cy.nodes(":grabbed")).nodes().map((n) => [n.id(), { ...n.position() }]));
  });
  cy.on("free", "node", (ev) => {
    if (!dragStart) return;
    const start = dragStart;
    dragStart = null;
    const target = ev.target as NodeSingular;
    start.set(target.id(), start.get(target.id()) ?? { ...target.position() });
    const end: Positions = new Map([...start.keys()].map((id) => [id, { ...(cy.getElementById(id) as NodeSingular).position() }]));
    const moved = [...start].some(([id, p]) => {
      const q = end.get(id)!;
      return Math.abs(p.x - q.x) + Math.abs(p.y - q.y) > 0.5;
    });
    if (moved) stack.record({ label: "move", do: () => setPositions(end), undo: () => setPositions(start) });
  });
  cy.on("select unselect dragfree", () => events.onViewChange("elements"));
  cy.on("viewport", () => events.onViewChange("viewport"));
  cy.on("zoom", updateEdgeLabels);

  return canvas;
}

function ring(centre: { x: number; y: number }, i: number, n: number) {
  if (n === 1) return { x: centre.x + 60, y: centre.y + 20 };
  const r = 80 + Math.sqrt(n) * 18;
  const a = (2 * Math.PI * i) / n;
  return { x: centre.x + r * Math.cos(a), y: centre.y + r * Math.sin(a) };
}
