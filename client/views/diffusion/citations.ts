/**
 * The citation network as a hierarchy: one row per issuing level, central bodies on top, each
 * document a node (filled: ingested; hollow: cited only), each arrow a 根据《…》. Clicking a
 * node lists its citations with their sentences; a sentence opens in the reader. Below, the
 * upstream documents that several documents cite: the channels of top-down diffusion.
 */
import cytoscape, { type ElementDefinition } from "cytoscape";
import type { CitationEdge, CitationNode, CitationsResponse, IssuerLevel } from "../../../server/schema/analysis/citations.js";
import { api } from "../../api.js";
import { h, replace } from "../../dom.js";
import { words } from "../../i18n.js";
import { displayName, FONT_FAMILY } from "../../graph/style.js";
import type { DiffusionContext } from "./index.js";
import { csvLink, emptyLine, loadingLine, sortableTable, yearParams, yearWindow } from "./widgets.js";

const w = words({
  zh: {
    central: "中央", province: "省级", city: "市级", district: "区县/园区", unknown: "未识别层级",
    ingested: "已收录文件", cited: "仅被引用", network: "引用网络 (箭头:引用方 → 被引用文件)", pick: "点击节点查看引用原文",
    cites: "引用", citedBy: "被引用", open: "在原文中查看", shared: "多份文件共同引用的上级文件", upstream: "被引用文件",
    level: "层级", count: "引用文件数", citers: "引用文件 (年份)", nodes: "{nodes} 份文件, {edges} 条引用(其中 {revises} 条为废止/替代旧版,虚线;另有 {self} 处文件引用自身标题,未计入)", revises: "废止/替代", none: "所选年份内没有引用关系",
  },
  en: {
    central: "Central", province: "Provincial", city: "City", district: "District / zone", unknown: "Level unknown",
    ingested: "ingested document", cited: "cited only", network: "Citation network (arrow: citing → cited)", pick: "Click a node to see the citing sentences",
    cites: "Cites", citedBy: "Cited by", open: "Show in text", shared: "Upstream documents cited by several documents", upstream: "Cited document",
    level: "Level", count: "Citing documents", citers: "Citing documents (year)", nodes: "{nodes} documents, {edges} citations ({revises} of them repeal or replace an earlier version, dashed; {self} documents naming their own title left out)", revises: "Repeals / replaces", none: "No citations in the chosen years",
  },
});

const LEVELS: IssuerLevel[] = ["central", "province", "city", "district", "unknown"];
const LEVEL_COLORS: Record<IssuerLevel, string> = { central: "#b91c1c", province: "#d97706", city: "#2563eb", district: "#059669", unknown: "#9ca3af" };
/** Nodes per sub-row before a level's row wraps, and the spacing of the grid. */
const PER_ROW = 40;
const DX = 44;
const DY = 40;
const LEVEL_GAP = 60;
/** Labelled nodes sit this many grid steps apart, the width of a two-line label. */
const LABELLED_STEP = 5;

export async function render(host: HTMLElement, ctx: DiffusionContext): Promise<void> {
  const body = h("div", {}, loadingLine());
  const load = async () => {
    replace(body, loadingLine());
    const params = yearParams(ctx);
    const data = await api.analysis<CitationsResponse>("citations", params);
    replace(bar, legend(), h("span", { class: "muted" }, w("nodes", { nodes: data.nodes.length, edges: data.edges.length, revises: data.edges.filter((e) => e.kind === "revises").length, self: data.selfCitations })), yearWindow(ctx, () => void load()), csvLink("citations", params));
    if (data.edges.length === 0) return replace(body, emptyLine(w("none")));
    const canvas = h("div", { class: "citation-canvas", "data-testid": "citation-canvas" });
    const side = h("aside", { class: "analysis-side", "aria-live": "polite" }, h("p", { class: "muted" }, w("pick")));
    replace(
      body,
      h("figure", { class: "analysis-figure" }, h("figcaption", {}, w("network")), canvas, side),
      h("h3", {}, w("shared")),
      sharedTable(data, ctx),
    );
    drawNetwork(canvas, data, (node) => replace(side, evidence(node, data, ctx)));
  };
  const bar = h("div", { class: "analysis-bar" });
  replace(host, bar, body);
  await load();
}

function legend(): HTMLElement {
  return h(
    "span",
    { class: "level-legend" },
    LEVELS.map((l) => h("span", {}, h("span", { class: "chip-dot", style: `--chip:${LEVEL_COLORS[l]}` }), w(l))),
    h("span", {}, h("span", { class: "chip-dot", style: "--chip:#6b7280" }), w("ingested")),
    h("span", {}, h("span", { class: "chip-dot hollow" }), w("cited")),
  );
}

/**
 * Preset positions: one band per level. A band's first line holds its documents cited by two
 * or more, spaced widely enough for their labels; the rest follow in a tight grid, most cited first.
 */
function positions(nodes: CitationNode[]): Map<string, { x: number; y: number }> {
  const out = new Map<string, { x: number; y: number }>();
  let y = 0;
  const grid = (row: CitationNode[], perRow: number, dx: number, indent = 0) => {
    row.forEach((n, i) => {
      const line = Math.floor(i / perRow);
      // Alternate lines are shifted half a step, so that stacked nodes do not hide each other's edges.
      out.set(n.id, { x: indent + (i % perRow) * dx + (line % 2) * (dx / 2), y: y + line * DY });
    });
    if (row.length) y += Math.ceil(row.length / perRow) * DY;
  };
  for (const level of LEVELS) {
    const row = nodes.filter((n) => n.level === level).sort((a, b) => b.citedBy - a.citedBy || (a.place ?? "").localeCompare(b.place ?? "", "zh"));
    if (!row.length) continue;
    grid(row.filter((n) => n.citedBy >= 2), PER_ROW / LABELLED_STEP - 1, DX * LABELLED_STEP, DX * 2);
    y += row[0]!.citedBy >= 2 ? DY * 1.2 : 0;
    grid(row.filter((n) => n.citedBy < 2), PER_ROW, DX);
    y += LEVEL_GAP;
  }
  return out;
}

/** Chinese has no spaces for Cytoscape to wrap at: break every `width` characters. */
const lines = (text: string, width: number) => [...text].map((c, i) => (i > 0 && i % width === 0 ? `\n${c}` : c)).join("");

function drawNetwork(container: HTMLElement, data: CitationsResponse, onPick: (n: CitationNode) => void): void {
  const at = positions(data.nodes);
  const bands = LEVELS.filter((l) => data.nodes.some((n) => n.level === l));
  const elements: ElementDefinition[] = [
    // Row titles: plain labels left of each band.
    ...bands.map((l) => {
      const ys = data.nodes.filter((n) => n.level === l).map((n) => at.get(n.id)!.y);
      return { data: { id: `level:${l}`, label: w(l), name: w(l), color: "#fff", size: 1 }, position: { x: -40, y: Math.min(...ys) }, classes: "band", selectable: false, grabbable: false };
    }),
    ...data.nodes.map((n) => ({
      data: { id: n.id, name: n.name, label: n.citedBy >= 2 ? lines(displayName(n.name, 27), 9) : "", color: LEVEL_COLORS[n.level], size: 16 + Math.min(30, n.citedBy * 6) },
      position: at.get(n.id)!,
      classes: n.kind === "Document" ? "document" : "policy",
    })),
    ...data.edges.map((e, i) => ({ data: { id: `e${i}`, source: e.from, target: e.to }, classes: e.kind })),
  ];
  const cy = cytoscape({
    container,
    elements,
    layout: { name: "preset", fit: true, padding: 24 },
    wheelSensitivity: 0.3,
    style: [
      { selector: "node", style: { width: "data(size)", height: "data(size)", "background-color": "data(color)", "border-width": 1, "border-color": "#fff", label: "data(label)", "font-family": FONT_FAMILY, "font-size": 18, "text-valign": "bottom", "text-margin-y": 3, "text-wrap": "wrap", "text-max-width": `${DX * LABELLED_STEP - 12}px`, "text-background-color": "#fff", "text-background-opacity": 0.85, "text-background-padding": "1px", "z-index": 2 } },
      { selector: "node.policy", style: { "background-color": "#fff", "border-color": "data(color)", "border-width": 2.5 } },
      { selector: "node.band", style: { width: 1, height: 1, "background-opacity": 0, "border-width": 0, "font-size": 26, "font-weight": "bold", color: "#374151", "text-valign": "center", "text-halign": "left", "text-background-opacity": 0, events: "no" } },
      { selector: "node:selected", style: { "border-color": "#111827", "border-width": 3, label: "data(name)", "z-index": 9 } },
      { selector: "edge", style: { width: 1, "line-color": "#9ca3af", opacity: 0.45, "curve-style": "straight", "target-arrow-shape": "triangle", "target-arrow-color": "#9ca3af", "arrow-scale": 0.7 } },
      { selector: "edge.revises", style: { "line-style": "dashed", "line-color": "#b45309", "target-arrow-color": "#b45309" } },
      { selector: "edge.near", style: { opacity: 1, width: 2, "line-color": "#111827", "target-arrow-color": "#111827" } },
    ],
  });
  // The browser test reaches the network here, as the explorer's own tests reach window.__pg.
  Object.assign(container, { cy });
  const byId = new Map(data.nodes.map((n) => [n.id, n]));
  cy.on("tap", "node", (ev) => {
    const node = byId.get(ev.target.id());
    if (!node) return;
    cy.edges().removeClass("near");
    ev.target.connectedEdges().addClass("near");
    onPick(node);
  });
}

/** The node's citations both ways, each sentence a button into the reader. */
function evidence(node: CitationNode, data: CitationsResponse, ctx: DiffusionContext): HTMLElement {
  const names = new Map(data.nodes.map((n) => [n.id, n.name]));
  const quote = (e: CitationEdge, other: string) =>
    h("li", {}, h("div", { class: "muted" }, names.get(other) ?? other), h("blockquote", {}, e.quote), h("button", { class: "small open-evidence", onclick: () => ctx.openDocument(e.docId, { start: e.start, end: e.end }) }, w("open")));
  const out = data.edges.filter((e) => e.from === node.id);
  const inc = data.edges.filter((e) => e.to === node.id);
  return h(
    "div",
    { class: "citation-evidence" },
    h("h4", {}, node.name),
    h("p", { class: "muted" }, `${w(node.level)} · ${node.place ?? "–"}${node.year ? ` · ${node.year}` : ""}`),
    out.length ? [h("h5", {}, `${w("cites")} (${out.length})`), h("ul", { class: "plain" }, out.map((e) => (e.kind === "revises" ? h("div", { class: "revision" }, h("span", { class: "badge" }, w("revises")), quote(e, e.to)) : quote(e, e.to))))] : null,
    inc.length ? [h("h5", {}, `${w("citedBy")} (${inc.length})`), h("ul", { class: "plain" }, inc.map((e) => quote(e, e.from)))] : null,
  );
}

function sharedTable(data: CitationsResponse, ctx: DiffusionContext): HTMLElement {
  if (data.shared.length === 0) return emptyLine();
  return sortableTable(
    [
      { label: w("upstream"), value: (s) => s.name },
      { label: w("level"), value: (s) => LEVELS.indexOf(s.level), cell: (s) => w(s.level) },
      { label: w("count"), value: (s) => s.citers.length, numeric: true },
      {
        label: w("citers"),
        value: (s) => s.citers.map((c) => c.title).join(" "),
        cell: (s) => h("ul", { class: "plain" }, s.citers.map((c) => h("li", {}, h("button", { class: "link", onclick: () => ctx.openDocument(c.docId, { start: c.start, end: c.end }) }, c.title), ` (${c.place ?? "–"}, ${c.year ?? "–"})`))),
      },
    ],
    data.shared,
    { column: 2, descending: true },
    { "data-testid": "shared-upstream" },
  );
}
