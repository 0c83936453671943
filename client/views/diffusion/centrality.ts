/**
 * Centrality: the industries, funds, agencies … that the documents in the filter connect most,
 * ranked by PageRank, degree or betweenness, as a bar chart and a table; an entity opens in
 * the graph.
 */
import * as Plot from "@observablehq/plot";
import type { CentralEntity, CentralityResponse } from "../../../server/schema/analysis/centrality.js";
import type { Stats } from "../../../server/schema/api.js";
import { api } from "../../api.js";
import { h, replace } from "../../dom.js";
import { labelName, words } from "../../i18n.js";
import { FONT_FAMILY, labelStyle } from "../../graph/style.js";
import type { DiffusionContext } from "./index.js";
import { csvLink, emptyLine, loadingLine, sortableTable, yearParams, yearWindow } from "./widgets.js";

const w = words({
  zh: {
    labels: "实体类型", sortBy: "排序依据", pagerank: "PageRank", degree: "度数 (相连实体数)", betweenness: "中介中心性",
    region: "地区", allRegions: "全部地区", chart: "最核心的{labels} (按{metric})", rank: "名次", name: "名称", label: "类型",
    documents: "涉及文件数", graph: "子图:{documents} 份文件,{nodes} 个节点,{edges} 条边", none: "所选范围内没有这些类型的实体",
  },
  en: {
    labels: "Entity types", sortBy: "Rank by", pagerank: "PageRank", degree: "Degree (linked entities)", betweenness: "Betweenness",
    region: "Region", allRegions: "All regions", chart: "Most central {labels} (by {metric})", rank: "Rank", name: "Name", label: "Type",
    documents: "Documents", graph: "Subgraph: {documents} documents, {nodes} nodes, {edges} edges", none: "No entities of these types in the chosen scope",
  },
});

const LABELS = ["Industry", "Fund", "Agency", "Instrument", "Park", "Platform", "Program", "Organization", "Region", "Indicator", "Policy"] as const;
const METRICS = ["pagerank", "degree", "betweenness"] as const;
type Metric = (typeof METRICS)[number];

export async function render(host: HTMLElement, ctx: DiffusionContext): Promise<void> {
  const bar = h("div", { class: "analysis-bar" });
  const body = h("div", {}, loadingLine());
  replace(host, bar, body);
  const regions = (await api.stats()).documentsByRegion.filter((r): r is Stats["documentsByRegion"][number] & { regionCode: string } => !!r.regionCode);

  const load = async () => {
    const labels = (ctx.params.get("labels") ?? "Industry,Fund,Agency").split(",").filter((l) => (LABELS as readonly string[]).includes(l));
    const sort: Metric = (METRICS as readonly string[]).includes(ctx.params.get("sort") ?? "") ? (ctx.params.get("sort") as Metric) : "pagerank";
    const region = ctx.params.get("region") ?? undefined;
    const params = { ...yearParams(ctx), labels: labels.join(","), sort, region, limit: 25 };
    replace(body, loadingLine());
    const data = await api.analysis<CentralityResponse>("centrality", params);

    const checks = LABELS.map((l) => {
      const box = h("input", { type: "checkbox", value: l, checked: labels.includes(l) });
      box.addEventListener("change", () => {
        const next = LABELS.filter((x) => (x === l ? box.checked : labels.includes(x)));
        if (next.length) ctx.setParams({ labels: next.join(",") }), void load();
        else box.checked = true;
      });
      return h("label", {}, box, ` ${labelName(l)}`);
    });
    const metric = h("select", { "aria-label": w("sortBy"), onchange: () => (ctx.setParams({ sort: metric.value }), void load()) }, METRICS.map((m) => h("option", { value: m, selected: m === sort }, w(m))));
    const place = h(
      "select",
      { "aria-label": w("region"), onchange: () => (ctx.setParams({ region: place.value || undefined }), void load()) },
      h("option", { value: "" }, w("allRegions")),
      regions.map((r) => h("option", { value: r.regionCode, selected: r.regionCode === region }, `${r.region ?? r.regionCode} (${r.count})`)),
    );
    replace(
      bar,
      h("span", { class: "label-picks", role: "group", "aria-label": w("labels") }, checks),
      h("label", {}, `${w("sortBy")} `, metric),
      h("label", {}, `${w("region")} `, place),
      yearWindow(ctx, () => void load()),
      csvLink("centrality", params),
    );
    if (data.entities.length === 0) return replace(body, emptyLine(w("none")));
    replace(body, h("p", { class: "muted" }, w("graph", data.graph)), chart(data.entities, labels, sort, ctx), table(data.entities, ctx));
  };
  await load();
}

function chart(entities: CentralEntity[], labels: string[], metric: Metric, ctx: DiffusionContext): HTMLElement {
  const names = entities.map((e) => e.name);
  const longest = Math.max(...names.map((n) => [...n].length), 4);
  const value = (e: CentralEntity) => e[metric] ?? 0;
  const fig = h("figure", { class: "analysis-figure", "data-testid": "centrality-chart" }, h("figcaption", {}, w("chart", { labels: labels.map(labelName).join("、"), metric: w(metric) })));
  const plot = Plot.plot({
    width: 900,
    height: 60 + entities.length * 22,
    marginLeft: Math.min(380, 16 + longest * 13),
    marginRight: 70,
    style: { fontFamily: FONT_FAMILY, fontSize: "12px" },
    x: { label: w(metric), grid: true },
    y: { label: null, domain: names },
    color: { legend: true, domain: labels.map(labelName), range: labels.map((l) => labelStyle(l).color) },
    marks: [
      Plot.barX(entities, { x: value, y: "name", fill: (e: CentralEntity) => labelName(e.label), tip: true, title: (e: CentralEntity) => `${e.name} (${labelName(e.label)})\n${w("degree")}: ${e.degree}\n${w("documents")}: ${e.documents}` }),
      Plot.text(entities, { x: value, y: "name", text: (e: CentralEntity) => (metric === "degree" ? String(e.degree) : value(e).toFixed(4)), dx: 4, textAnchor: "start", fill: "#374151" }),
    ],
  });
  // Bars are drawn in data order: the i-th rect is entities[i].
  plot.querySelectorAll('g[aria-label="bar"] rect').forEach((rect, i) => {
    (rect as SVGElement).style.cursor = "pointer";
    rect.addEventListener("click", () => ctx.openEntity(entities[i]!.id));
  });
  fig.append(plot);
  return fig;
}

function table(entities: CentralEntity[], ctx: DiffusionContext): HTMLElement {
  const ranked = entities.map((e, i) => ({ ...e, rank: i + 1 }));
  return sortableTable(
    [
      { label: w("rank"), value: (e) => e.rank, numeric: true },
      { label: w("name"), value: (e) => e.name, cell: (e) => h("button", { class: "link open-entity", onclick: () => ctx.openEntity(e.id) }, e.name) },
      { label: w("label"), value: (e) => labelName(e.label) },
      { label: w("pagerank"), value: (e) => e.pagerank, cell: (e) => e.pagerank.toFixed(4), numeric: true },
      { label: w("degree"), value: (e) => e.degree, numeric: true },
      { label: w("documents"), value: (e) => e.documents, numeric: true },
      { label: w("betweenness"), value: (e) => e.betweenness, cell: (e) => (e.betweenness === null ? "–" : e.betweenness.toFixed(4)), numeric: true },
    ],
    ranked,
    { column: 0, descending: false },
    { "data-testid": "centrality-table" },
  );
}
