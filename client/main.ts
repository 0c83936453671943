/**
 * The explorer's wiring: the page frame, the start view, the graph view (canvas, sidebar,
 * toolbar, context menu, navigator), the side panel (evidence, paths, Cypher) and the document
 * reader, plus the URL that reopens the current view. The work happens in graph/ and views/.
 */
import "./styles.css";
import type { DocumentSummary, ExportRequest, GraphResult, SearchHit, Stats } from "../server/schema/api.js";
import { api } from "./api.js";
import { errorText } from "./errors.js";
import { retryWhenStoreBack } from "./recovery.js";
import { debounce, download, h, replace } from "./dom.js";
import { lang, onLangChange, setLang, t } from "./i18n.js";
import { createCanvas, type Canvas } from "./graph/canvas.js";
import { nodeViews, rasterise, sceneOf, shownIds } from "./graph/export.js";
import type { DocInfo } from "./graph/filters.js";
import { keepInView } from "./graph/fit.js";
import { createNavigator } from "./graph/navigator.js";
import { decodeViewState, encodeViewState, type ViewState } from "./graph/url-state.js";
import { renderCypher } from "./views/cypher/cypher.js";
import { DIFFUSION_VIEWS, diffusionHash, parseDiffusionHash, renderDiffusion, type DiffusionRoute } from "./views/diffusion/index.js";
import { edgeEvidence, nodeEvidence, type EvidenceActions } from "./views/evidence/evidence.js";
import { renderSidebar } from "./views/filters/filters.js";
import { createMenu, type MenuItem } from "./views/graph/menu.js";
import { renderToolbar, type ExportKind, type ExportOptions, type ToolbarActions } from "./views/graph/toolbar.js";
import { renderPaths, type PathEnds } from "./views/paths/paths.js";
import { renderReader } from "./views/reader/reader.js";
import { createSearch } from "./views/search/search.js";
import { renderStart } from "./views/start/start.js";
import { GRAPH_HASH, parseRoute, readerHash } from "./router.js";
import { edgeTarget, reflectOnCanvas } from "./views/review/canvas.js";
import { reviewControls, type OnCorrected } from "./views/review/controls.js";
import { renderReviewView } from "./views/review/view.js";
import { rw } from "./views/review/words.js";

// --- the frame ----------------------------------------------------------------------------
const app = document.getElementById("app")!;
const brand = h("h1", { class: "brand" });
const tabOverview = h("button", { class: "tab", onclick: () => showView("start") });
const tabGraph = h("button", { class: "tab", onclick: () => showView("graph") });
const tabDiffusion = h("button", { class: "tab", onclick: () => openDiffusion(diffusionRoute) });
const tabReview = h("button", { class: "tab", id: "tab-review", onclick: () => openReview() });
const langButton = h("button", { class: "lang", onclick: () => setLang(lang() === "zh" ? "en" : "zh") });
const search = createSearch((hit) => void openEntity(hit.id, hit), {
  id: "search",
  onSentence: (hit) => void openDocument(hit.docId, { start: hit.matchStart, end: hit.matchEnd }),
});
const startView = h("section", { class: "start-view", id: "start-view" });
const diffusionView = h("section", { class: "diffusion", id: "diffusion-view", hidden: true });
const reviewView = h("section", { class: "review-view", id: "review-view", hidden: true });
const sidebar = h("aside", { class: "sidebar", id: "sidebar" });
const toolbarHost = h("div", { class: "toolbar", role: "toolbar" });
const notices = h("div", { class: "notices", role: "status", "aria-live": "polite" });
const cyHost = h("div", { class: "cy", id: "cy" });
const emptyHint = h("p", { class: "empty-hint" });
const statusLine = h("p", { class: "status-line" });
const stage = h("div", { class: "stage" }, toolbarHost, notices, cyHost, emptyHint, statusLine);
const graphView = h("section", { class: "graph-view", id: "graph-view", hidden: true }, sidebar, stage);
const panelBody = h("div", { class: "panel-body" });
const panelClose = h("button", { class: "close", onclick: () => closePanel() }, "×");
const panel = h("aside", { class: "panel", id: "panel", hidden: true, tabindex: "-1" }, panelClose, panelBody);
const readerBody = h("div", { class: "reader-content" });
const readerClose = h("button", { class: "close", onclick: () => closeReader() }, "×");
const reader = h("div", { class: "reader", id: "reader", role: "dialog", "aria-modal": "true", "aria-labelledby": "reader-title", hidden: true }, readerClose, readerBody);
app.append(
  h("header", { class: "topbar" }, brand, h("nav", { class: "tabs" }, tabOverview, tabGraph, tabDiffusion, tabReview), search, langButton),
  h("div", { class: "workspace" }, startView, graphView, diffusionView, reviewView, panel),
  reader,
);

let stats: Stats | null = null;
let docs: DocumentSummary[] = [];
let docInfo = new Map<string, DocInfo>();
type View = "start" | "graph" | "diffusion" | "review";
let view: View = "start";
let diffusionRoute: DiffusionRoute = { view: "", params: new URLSearchParams() };
let panelContent: (() => HTMLElement) | null = null;
let readerFocusReturn: HTMLElement | null = null;
let largeView = false;
const pathEnds: PathEnds = { from: null, to: null };

// --- the canvas ---------------------------------------------------------------------------
const canvas: Canvas = createCanvas(cyHost, {
  onTapNode: (id) => void showNodeEvidence(id),
  onTapEdge: (id) => void showEdgeEvidence(id),
  onTapBackground: () => menu.close(),
  onDoubleTapNode: (id) => void expand([id]),
  onContext: (target, at) => menu.open(menuItems(target), at),
  onViewChange: (kind) => {
    scheduleUrl();
    if (kind === "viewport") return;
    scheduleSidebar();
    scheduleStatus();
  },
  onLargeView: (large) => {
    largeView = large;
    renderNotices();
  },
  // ?renderer=webgl tries Cytoscape's WebGL renderer, faster with a GPU, far slower without one.
}, { webgl: new URLSearchParams(location.search).get("renderer") === "webgl" });
const menu = createMenu(stage);
// Cytoscape only watches the window; the panel opening or closing resizes the canvas too.
new ResizeObserver(() => keepInView(canvas.cy)).observe(cyHost);
createNavigator(canvas.cy, stage);
const toolbarActions: ToolbarActions = {
  undo: () => canvas.stack.undo(),
  redo: () => canvas.stack.redo(),
  fit: () => canvas.fit(),
  expandSelected: () => void expand(selectedIds()),
  hideSelected: () => canvas.hide(selectedIds()),
  pinSelected: () => {
    const ids = selectedIds();
    canvas.setPinned(ids, !ids.every((id) => canvas.cy.getElementById(id).hasClass("pinned")));
  },
  clear: () => canvas.clear(),
  openPaths: () => openPaths(),
  openCypher: () => openPanel(() => renderCypher((g) => addResult(g, "Cypher"))),
  exportAs: (kind, title, options) => void exportAs(kind, title, options),
  copyLink: () => void copyLink(),
  defaultTitle,
};
let toolbar = renderToolbar(toolbarHost, toolbarActions);
canvas.stack.onChange(() => {
  toolbar.update(canvas.stack.peekUndo()?.label ?? null, canvas.stack.peekRedo()?.label ?? null);
  scheduleUrl();
});
toolbar.update(null, null);

// Tests and the UI benchmark drive the canvas through this hook instead of the API.
(window as unknown as { __pg: unknown }).__pg = { canvas, cy: canvas.cy, addResult, viewState: () => canvas.viewState(lang()) };

function selectedIds(): string[] {
  return canvas.cy.nodes(":selected").map((n) => n.id());
}

function menuItems(target: { kind: "node" | "edge" | "background"; id?: string }): MenuItem[] {
  if (target.kind === "edge") return [{ label: t("showEvidence"), run: () => void showEdgeEvidence(target.id!) }];
  if (target.kind === "background")
    return [
      { label: t("fit"), run: () => canvas.fit() },
      { label: t("undo"), run: () => canvas.stack.undo() },
      { label: t("redo"), run: () => canvas.stack.redo() },
      ...(selectedIds().length ? [{ label: `${t("expandSelected")} (${selectedIds().length})`, run: () => void expand(selectedIds()) }] : []),
    ];
  const id = target.id!;
  const node = canvas.cy.getElementById(id);
  const ids = node.selected() && selectedIds().length > 1 ? selectedIds() : [id];
  const name = node.data("name") as string;
  return [
    { label: ids.length > 1 ? `${t("expandSelected")} (${ids.length})` : t("expand"), run: () => void expand(ids) },
    { label: t("collapse"), run: () => canvas.collapse(id) },
    { label: t("hide"), run: () => canvas.hide(ids) },
    node.hasClass("pinned") ? { label: t("unpin"), run: () => canvas.setPinned(ids, false) } : { label: t("pin"), run: () => canvas.setPinned(ids, true) },
    { label: t("showEvidence"), run: () => void showNodeEvidence(id) },
    { label: t("pathFrom"), run: () => ((pathEnds.from = { id, name }), openPaths()) },
    { label: t("pathTo"), run: () => ((pathEnds.to = { id, name }), openPaths()) },
  ];
}

// --- opening and expanding ----------------------------------------------------------------
async function openEntity(id: string, hit?: SearchHit) {
  showView("graph");
  const existing = canvas.cy.getElementById(id);
  if (existing.nonempty()) {
    canvas.cy.nodes(":selected").unselect();
    existing.select();
    canvas.cy.animate({ center: { eles: existing }, zoom: Math.max(canvas.cy.zoom(), 1) } as never, { duration: 300 });
    void showNodeEvidence(id);
    return;
  }
  await guard(async () => {
    const result = await api.neighbourhood({ ids: [id], depth: 1, limit: 300 });
    await canvas.addGraph(result, { origin: id, roots: [id], label: hit?.name ?? id });
    noteCapped(result);
    canvas.cy.getElementById(id).select();
    void showNodeEvidence(id);
  });
}

async function expand(ids: string[]) {
  if (!ids.length) return;
  await guard(async () => {
    const result = await canvas.expand(ids, (list) => api.neighbourhood({ ids: list, depth: 1, limit: 500 }));
    noteCapped(result);
  });
}

async function addResult(result: GraphResult, label: string) {
  showView("graph");
  await canvas.addGraph(result, { label });
  noteCapped(result);
}

let cappedNote: string | null = null;
function noteCapped(result: GraphResult) {
  cappedNote = result.capped ? t("capped", { limit: result.limit }) : null;
  renderNotices();
}

function renderNotices() {
  replace(notices, cappedNote ? h("p", { class: "notice warn" }, cappedNote) : null, largeView ? h("p", { class: "notice" }, t("largeView")) : null);
}

async function guard(fn: () => Promise<void>) {
  try {
    await fn();
  } catch (err) {
    replace(notices, h("p", { class: "notice error" }, errorText(err)));
    retryWhenStoreBack(err, "graph", () => {
      renderNotices();
      void guard(fn);
    });
  }
}

// --- panels -------------------------------------------------------------------------------
const evidenceActions: EvidenceActions = {
  openDocument: (docId, focus) => void openDocument(docId, focus),
  focusEntity: (id) => void openEntity(id),
  expand: (id) => void expand([id]),
  docTitle: (docId) => docs.find((d) => d.id === docId)?.title ?? docId,
};

function showNodeEvidence(id: string) {
  return openPanelWith(
    () => api.entity(id),
    (detail) => withReview(nodeEvidence(detail, evidenceActions), detail.node.label === "Document" || detail.node.label === "Measure" ? null : { kind: "entity", id, name: detail.node.name }),
  );
}

/** The panel's review controls under its evidence (views/review/). */
function withReview(content: HTMLElement, target: Parameters<typeof reviewControls>[0] | null): HTMLElement {
  if (target) content.append(reviewControls(target, corrected));
  return content;
}

const corrected: OnCorrected = (c) => reflectOnCanvas(canvas.cy, c, (ids) => void expand(ids));

/** An edge's evidence: its quote is asked for now, graph answers leave it out. */
function showEdgeEvidence(id: string) {
  const e = canvas.cy.getElementById(id);
  if (e.empty()) return;
  const ends = { type: e.data("type") as string, sourceName: e.source().data("name") as string, targetName: e.target().data("name") as string };
  const [from, to] = [e.source().id(), e.target().id()];
  return openPanelWith(() => api.relationship(id), ({ props }) => withReview(edgeEvidence({ ...ends, props }, evidenceActions), edgeTarget(ends.type, from, to, props)));
}

/** The panel says it is loading, then shows what `answer` brings, or why it could not. */
async function openPanelWith<T>(ask: () => Promise<T>, render: (value: T) => HTMLElement) {
  const loading = () => h("p", { class: "muted" }, t("loading"));
  openPanel(loading);
  // An answer that arrives after the panel was given to something else (the paths form opened
  // while a node's evidence loaded) is dropped rather than put over it.
  const stillWanted = () => panelContent === loading;
  try {
    const value = await ask();
    if (stillWanted()) openPanel(() => render(value), false);
  } catch (err) {
    if (!stillWanted()) return;
    openPanel(() => h("p", { class: "notice error" }, errorText(err)), false);
    // Asked again only if the panel still shows this failure: the user may have moved on.
    const shown = panelContent;
    retryWhenStoreBack(err, "panel", () => {
      if (!panel.hidden && panelContent === shown) void openPanelWith(ask, render);
    });
  }
}

function openPaths() {
  openPanel(() =>
    renderPaths(pathEnds, {
      selection: () => canvas.cy.nodes(":selected").map((n) => ({ id: n.id(), name: n.data("name") as string })),
      show: async (res) => {
        await addResult(res, t("paths"));
        canvas.highlightPaths(res.paths);
      },
      highlight: (paths) => canvas.highlightPaths(paths),
      openDocument: (docId, focus) => void openDocument(docId, focus),
    }),
  );
}

function openPanel(render: () => HTMLElement, focus = true) {
  panelContent = render;
  replace(panelBody, render());
  panel.hidden = false;
  if (focus) panel.focus({ preventScroll: true });
}

function closePanel() {
  panel.hidden = true;
  panelContent = null;
  canvas.clearHighlight();
}

async function openDocument(docId: string, focus: { start: number; end: number } | null) {
  if (reader.hidden) readerFocusReturn = document.activeElement as HTMLElement | null;
  replace(readerBody, h("p", { class: "muted" }, t("loading")));
  reader.hidden = false;
  readerClose.focus();
  const hash = readerHash(docId, focus);
  if (!following && hash !== location.hash) {
    history.pushState({ reader: true }, "", hash);
  }
  try {
    const doc = await api.document(docId);
    // Leaving the reader for an entity is a navigation: Back comes back to the document.
    renderReader(readerBody, doc, focus, { openEntity: (id) => (hideReader(), (pushNext = true), void openEntity(id)) });
  } catch (err) {
    replace(readerBody, h("p", { class: "notice error" }, errorText(err)));
    const shown = readerBody.firstElementChild;
    retryWhenStoreBack(err, "reader", () => {
      if (!reader.hidden && readerBody.firstElementChild === shown) void openDocument(docId, focus);
    });
  }
}

/** Closes the reader: back to the address it was opened from, or, opened by its address, to the view under it. */
function closeReader() {
  if ((history.state as { reader?: boolean } | null)?.reader) return history.back();
  hideReader();
  void writeUrl();
}

function hideReader() {
  reader.hidden = true;
  readerFocusReturn?.focus?.();
}

document.addEventListener("keydown", (ev) => {
  const typing = /^(INPUT|TEXTAREA|SELECT)$/.test((ev.target as HTMLElement).tagName);
  if (ev.key === "Escape") {
    if (!reader.hidden) closeReader();
    else if (!panel.hidden) closePanel();
    else menu.close();
    return;
  }
  if (typing || view !== "graph") return;
  const mod = ev.ctrlKey || ev.metaKey;
  if (mod && ev.key.toLowerCase() === "z") {
    ev.preventDefault();
    if (ev.shiftKey) canvas.stack.redo();
    else canvas.stack.undo();
  } else if (mod && ev.key.toLowerCase() === "y") {
    ev.preventDefault();
    canvas.stack.redo();
  } else if (ev.key === "Delete" || ev.key === "Backspace") {
    canvas.hide(selectedIds());
  }
});

// --- export -------------------------------------------------------------------------------
function defaultTitle(): string {
  const roots = canvas.cy.nodes(".root").map((n) => n.data("name") as string);
  return roots.length ? roots.slice(0, 3).join("、") : t("appTitle");
}

async function exportAs(kind: ExportKind, title: string, options: ExportOptions) {
  const cy = canvas.cy;
  const shown = shownIds(cy);
  if (!shown.nodeIds.length) return;
  const date = new Date().toISOString().slice(0, 10);
  const meta = { title, subtitle: `${t("appTitle")} · ${date} · ${shown.nodeIds.length} ${t("nodes")} · ${shown.edgeIds.length} ${t("relationships")}`, sourcesHeading: t("exportSources") };
  const base = title.replace(/[\\/:*?"<>|\s]+/g, "_").slice(0, 60) || "graph";
  await guard(async () => {
    if (kind === "png") {
      const svg = await api.exportImage({ format: "svg-portable", scene: sceneOf(cy, { ...meta, transparent: options.transparent }) });
      download(await rasterise(svg, options.scale), `${base}-${options.scale}x${options.transparent ? "-transparent" : ""}.png`);
    } else if (kind === "svg" || kind === "svg-portable") {
      download(await api.exportImage({ format: kind, scene: sceneOf(cy, meta) }), `${base}${kind === "svg" ? "" : "-portable"}.svg`);
    } else if (kind === "pdf-a4" || kind === "pdf-16x9") {
      download(await api.exportImage({ format: "pdf", page: kind === "pdf-a4" ? "a4" : "16:9", scene: sceneOf(cy, meta) }), `${base}-${kind.slice(4)}.pdf`);
    } else {
      const plain = kind.endsWith("-plain");
      const format = (plain ? kind.slice(0, -"-plain".length) : kind) as ExportRequest["format"];
      const body = { ...shown, format, plain, parallel: options.parallel, ...(format === "gexf" ? { view: nodeViews(cy) } : {}) };
      const ext = format.startsWith("csv") ? "csv" : format;
      const name = `${base}${format.startsWith("csv") ? "-" + format.slice(4) : ""}${plain ? "-plain" : ""}${options.parallel && format !== "csv-nodes" ? "-parallel" : ""}.${ext}`;
      download(await api.export(body), name);
    }
  });
}

async function copyLink() {
  await writeUrl();
  await navigator.clipboard?.writeText(location.href).catch(() => undefined);
  replace(notices, h("p", { class: "notice" }, t("linkCopied")));
  setTimeout(renderNotices, 2000);
}

// --- the URL ------------------------------------------------------------------------------
let restoring = false;
/** Set by a navigation (another view): the next address is a new history entry, not an update of this one. */
let pushNext = false;
/** Set while an address is being followed (page load, Back, Forward): it is not pushed again. */
let following = false;

async function writeUrl() {
  if (restoring || !reader.hidden) return;
  const hash = view === "diffusion" ? diffusionHash(diffusionRoute) : view === "graph" ? await graphHash() : "";
  const push = pushNext && !following;
  pushNext = false;
  if (hash === location.hash) return;
  const target = hash || location.pathname + location.search;
  if (push) history.pushState(null, "", target);
  else history.replaceState(null, "", target);
}

async function graphHash(): Promise<string> {
  return canvas.cy.nodes().empty() ? GRAPH_HASH : `#v=${await encodeViewState(canvas.viewState(lang()))}`;
}
const scheduleUrl = debounce(() => void writeUrl(), 300);

async function restoreFromUrl(param: string): Promise<boolean> {
  const state = await decodeViewState(param);
  if (!state || !state.nodes.length) return false;
  restoring = true;
  try {
    setLang(state.lang);
    showView("graph");
    const result = await fetchNodes(state);
    canvas.restore(state, result);
    canvas.applyFilters(state.filters, docInfo);
    document.body.dataset.restored = "true";
  } finally {
    restoring = false;
  }
  return true;
}

/** The saved nodes and the edges among them, through the neighbourhood endpoint in batches of 100. */
async function fetchNodes(state: ViewState): Promise<GraphResult> {
  const ids = state.nodes.map((n) => n.id);
  const nodes = new Map<string, GraphResult["nodes"][number]>();
  const edges = new Map<string, GraphResult["edges"][number]>();
  for (let i = 0; i < ids.length; i += 100) {
    const res = await api.neighbourhood({ ids: ids.slice(i, i + 100), depth: 1, limit: 5000 });
    for (const n of res.nodes) nodes.set(n.id, n);
    for (const e of res.edges) edges.set(e.id, e);
  }
  return { nodes: [...nodes.values()], edges: [...edges.values()], capped: false, limit: 0 };
}

// --- views and language -------------------------------------------------------------------
function showView(next: View) {
  if (next !== view && !following) pushNext = true;
  view = next;
  startView.hidden = next !== "start";
  graphView.hidden = next !== "graph";
  diffusionView.hidden = next !== "diffusion";
  reviewView.hidden = next !== "review";
  tabReview.setAttribute("aria-current", String(next === "review"));
  tabOverview.setAttribute("aria-current", String(next === "start"));
  tabGraph.setAttribute("aria-current", String(next === "graph"));
  tabDiffusion.setAttribute("aria-current", String(next === "diffusion"));
  if (next === "graph") {
    canvas.cy.resize();
    updateStatus();
  }
  // A change of view is a navigation: its address at once, not after the debounce meant for
  // panning and dragging (a link copied, or a view answered from the cache, within 300 ms).
  void writeUrl();
}

function openDiffusion(route: DiffusionRoute) {
  // The tab opens the first view; its address names it, so that Back finds it.
  if (!route.view) route = { ...route, view: DIFFUSION_VIEWS[0]!.id };
  // Another diffusion view is a navigation too; a parameter changed in one is not.
  if (route.view !== diffusionRoute.view && !following) pushNext = true;
  diffusionRoute = route;
  showView("diffusion");
  void renderDiffusion(diffusionView, route, {
    openDocument: (docId, focus) => void openDocument(docId, focus),
    openEntity: (id) => void openEntity(id),
    navigate: (next, rerender) => (rerender ? openDiffusion(next) : ((diffusionRoute = next), scheduleUrl())),
  });
}

function openReview() {
  showView("review");
  renderReviewView(reviewView, {
    openDocument: (docId, focus) => void openDocument(docId, focus),
    openEntity: (id) => void openEntity(id),
    corrected,
    documents: () => docs,
  });
}

function renderStartView() {
  if (!stats) return;
  replace(
    startView,
    renderStart(stats, docs, {
      openEntity: (id) => void openEntity(id),
      openDocument: (id) => void openDocument(id, null),
      openDiffusion: (view, params) => openDiffusion({ view, params: new URLSearchParams(params) }),
    }),
  );
}

function countBy(values: string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const v of values) m.set(v, (m.get(v) ?? 0) + 1);
  return m;
}

function renderSidebarNow() {
  renderSidebar(
    sidebar,
    {
      filters: canvas.filters,
      layout: canvas.layoutName,
      sizeBy: canvas.sizeMode,
      labelCounts: countBy(canvas.cy.nodes().map((n) => n.data("label") as string)),
      typeCounts: countBy(canvas.cy.edges().map((e) => e.data("type") as string)),
    },
    docs,
    {
      setFilters: (f) => canvas.applyFilters(f, docInfo),
      runLayout: (name) => void canvas.relayout(name),
      setSizeBy: (mode) => canvas.setSizeMode(mode),
    },
  );
}
// Re-rendering while someone drags a range thumb would drop the drag, so wait for a pause.
const scheduleSidebar = debounce(() => {
  if (!sidebar.contains(document.activeElement) || (document.activeElement as HTMLInputElement).type !== "range") renderSidebarNow();
}, 150);

const scheduleStatus = debounce(() => updateStatus(), 100);

function updateStatus() {
  const cy = canvas.cy;
  emptyHint.hidden = cy.nodes().nonempty();
  replace(
    statusLine,
    `${cy.nodes(":visible").length} ${t("nodes")} · ${cy.edges(":visible").length} ${t("relationships")}` +
      (cy.nodes(":selected").length ? ` · ${t("selectedCount", { n: cy.nodes(":selected").length })}` : "") +
      ` · ${t("shortcuts")}`,
  );
}

function renderChrome() {
  document.documentElement.lang = lang() === "zh" ? "zh-CN" : "en";
  replace(brand, t("appTitle"), h("small", {}, t("appSubtitle")));
  replace(tabOverview, t("overview"));
  replace(tabGraph, t("graph"));
  replace(tabDiffusion, t("diffusion"));
  replace(tabReview, rw("tab"));
  replace(langButton, t("language"));
  langButton.setAttribute("aria-label", t("languageLabel"));
  panelClose.setAttribute("aria-label", t("close"));
  readerClose.setAttribute("aria-label", t("close"));
  replace(emptyHint, t("emptyGraph"));
  cyHost.setAttribute("aria-label", t("graph"));
}

onLangChange(() => {
  renderChrome();
  renderStartView();
  if (view === "diffusion") openDiffusion(diffusionRoute);
  if (view === "review") openReview();
  renderSidebarNow();
  renderNotices();
  updateStatus();
  canvas.refreshLanguage();
  if (panelContent && !panel.hidden) replace(panelBody, panelContent());
  renderToolbarAgain();
  scheduleUrl();
});

function renderToolbarAgain() {
  toolbar = renderToolbar(toolbarHost, toolbarActions);
  toolbar.update(canvas.stack.peekUndo()?.label ?? null, canvas.stack.peekRedo()?.label ?? null);
}

// --- start --------------------------------------------------------------------------------
async function start() {
  renderChrome();
  renderSidebarNow();
  updateStatus();
  replace(startView, h("p", { class: "muted" }, t("loading")));
  try {
    const [s, d] = await Promise.all([api.stats(), api.documents(500)]);
    stats = s;
    docs = d.items;
    docInfo = new Map(docs.map((doc) => [doc.id, { year: doc.publishedOn ? Number(doc.publishedOn.slice(0, 4)) : null, regionCode: doc.regionCode, extra: doc.extra }]));
    renderStartView();
    renderSidebarNow();
  } catch (err) {
    replace(startView, h("p", { class: "notice error" }, errorText(err)));
    // The start view and the sidebar need the stats: the page starts again once the store is back.
    retryWhenStoreBack(err, "start", () => location.reload());
  }
  document.body.dataset.ready = "true";
  await followAddress(true);
}

/** Shows what the address says: at start-up, and on Back and Forward. */
async function followAddress(initial = false) {
  following = true;
  try {
    await guard(async () => {
      const route = parseRoute(location.hash);
      if (route.view !== "reader" && !reader.hidden) hideReader();
      if (route.view === "reader") {
        void openDocument(route.docId, route.focus);
        // Opened by its address, the reader is over the start view.
        if (initial) showView("start");
      } else if (route.view === "diffusion") {
        const next = parseDiffusionHash(location.hash) ?? { view: "", params: new URLSearchParams() };
        if (view !== "diffusion" || diffusionHash(next) !== diffusionHash(diffusionRoute)) openDiffusion(next);
      } else if (route.view === "graph") {
        // The canvas is kept while other views are shown: Back to it finds it as it was.
        if (!(route.state && canvas.cy.nodes().empty() && (await restoreFromUrl(route.state)))) showView("graph");
      } else {
        showView("start");
      }
    });
  } finally {
    following = false;
    document.body.dataset.route = parseRoute(location.hash).view;
  }
}
window.addEventListener("popstate", () => void followAddress());

void start();
