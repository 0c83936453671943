/**
 * The inferred diffusion network (server/analysis/network.ts): who tends to adopt the same
 * tools a year or two after whom, by NetInf over every instrument's cascade. Drawn twice, on
 * the map (arrows between the places' centres) and as a graph, every tie dashed because it is
 * inferred, not stated by any document; a table lists each tie's improvement score and the
 * adoptions behind it.
 */
import * as Plot from "@observablehq/plot";
import cytoscape from "cytoscape";
import type { NetworkResponse } from "../../../server/schema/analysis/network.js";
import { api } from "../../api.js";
import { h, replace } from "../../dom.js";
import { FONT_FAMILY } from "../../graph/style.js";
import { words } from "../../i18n.js";
import { baseParams, basePickers, coverageLine, csvLink, failure, picker, toolbar, w } from "./controls.js";
import type { DiffusionContext } from "./index.js";

const nw = words({
  zh: {
    maxTies: "最多关系数",
    mapTitle: "推断的扩散关系(箭头:先采纳者 → 跟随者)",
    graphTitle: "同一网络的关系图",
    inferred: "虚线表示推断关系:没有任何文件陈述它;它说明“多项工具上,后者在前者之后一两年采纳”,不说明后者抄袭了前者。",
    from: "先采纳", to: "跟随", improvement: "改进分值", behind: "依据的采纳(工具 年份→年份)",
    none: "没有推断出关系:需要至少两项工具上先后采纳的地区对",
    ties: "{n} 条推断关系,{cascades} 个级联",
    outside: "地图框外的地区(箭头指向框外): {places};关系图中完整显示",
  },
  en: {
    maxTies: "At most",
    mapTitle: "Inferred diffusion ties (arrow: earlier adopter → follower)",
    graphTitle: "The same network as a graph",
    inferred: "Dashed: inferred, stated by no document; a tie says the follower adopted the same tools a year or two after, repeatedly, not that it copied them.",
    from: "Earlier", to: "Follower", improvement: "Improvement", behind: "Adoptions behind it (tool year→year)",
    none: "No tie inferred: it takes pairs of places adopting one after the other on at least two tools",
    ties: "{n} inferred ties, {cascades} cascades",
    outside: "Places outside the frame (arrows run off it): {places}; the graph shows them all",
  },
});

export async function render(host: HTMLElement, ctx: DiffusionContext): Promise<void> {
  const draw = () => void render(host, ctx);
  const { dimension, level, rollup } = baseParams(ctx);
  const maxTies = ctx.params.get("maxTies") ?? "30";
  const minAdopters = ctx.params.get("minAdopters") ?? "3";
  const params = { dimension, level, rollup, maxTies, minAdopters };
  const controls = () =>
    toolbar(
      ...basePickers(ctx, draw),
      picker("minAdopters", w("minAdopters"), ["2", "3", "5"].map((n) => [n, `≥ ${n}`]), minAdopters, (v) => (ctx.setParams({ minAdopters: v }), draw())),
      picker("maxTies", nw("maxTies"), ["10", "30", "60"].map((n) => [n, n]), maxTies, (v) => (ctx.setParams({ maxTies: v }), draw())),
      csvLink("network", params),
      csvLink("cascades", { dimension, level, rollup, minAdopters }, w("cascades")),
    );
  replace(host, controls(), h("p", { class: "muted" }, w("loading")));
  let data: NetworkResponse;
  try {
    data = await api.analysis<NetworkResponse>("network", params);
  } catch (err) {
    return void host.append(failure(err));
  }
  const graphHost = h("div", { class: "network-graph", "data-testid": "network-graph" });
  replace(
    host,
    controls(),
    h("p", { class: "muted small-note" }, data.method),
    coverageLine(data.coverage),
    data.ties.length
      ? [
          h("div", { class: "map-layout" }, h("section", { class: "card map-card" }, h("h3", {}, nw("mapTitle")), tieMap(data), h("p", { class: "muted small-note" }, nw("inferred"))), h("section", { class: "card" }, h("h3", {}, nw("graphTitle")), graphHost)),
          h("section", { class: "card wide" }, h("h3", {}, nw("ties", { n: data.ties.length, cascades: data.cascades })), tieTable(data)),
        ]
      : h("p", { class: "muted" }, nw("none")),
  );
  if (data.ties.length) tieGraph(graphHost, data);
}

type Point = { code: string; name: string; lon: number; lat: number };

function tieMap(data: NetworkResponse): HTMLElement {
  const at = new Map<string, Point>();
  for (const n of data.nodes) if (n.lon !== null && n.lat !== null) at.set(n.place.code, { code: n.place.code, name: n.place.shortName, lon: n.lon, lat: n.lat });
  const arrows = data.ties.flatMap((t) => {
    const a = at.get(t.from.code);
    const b = at.get(t.to.code);
    return a && b ? [{ a, b, improvement: t.improvement }] : [];
  });
  const max = Math.max(...data.ties.map((t) => t.improvement));
  // Framed on the province with most places in a tie, so that its places do not crowd into a corner of China.
  const counts = new Map<string, number>();
  for (const code of at.keys()) counts.set(code.slice(0, 2), (counts.get(code.slice(0, 2)) ?? 0) + 1);
  const main = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
  const framed = data.shapes.regions.filter((f) => f.properties.code.startsWith(main ?? "--"));
  const outside = [...at.values()].filter((p) => !p.code.startsWith(main ?? "--")).map((p) => p.name);
  const plot = Plot.plot({
    width: 620,
    height: 520,
    projection: { type: "mercator", domain: { type: "FeatureCollection", features: framed.length ? framed : data.shapes.country }, inset: 30 },
    style: { fontSize: "11px", background: "#eef4fa" },
    marks: [
      Plot.geo(data.shapes.country, { fill: "#f8fafc", stroke: "#94a3b8", strokeWidth: 0.6 }),
      Plot.geo(data.shapes.regions, { fill: "#e2e8f0", stroke: "#fff", strokeWidth: 0.6 }),
      Plot.arrow(arrows, { x1: (d) => d.a.lon, y1: (d) => d.a.lat, x2: (d) => d.b.lon, y2: (d) => d.b.lat, bend: true, stroke: "#b91c1c", strokeWidth: (d) => 1 + (3 * d.improvement) / max, strokeDasharray: "5 3", inset: 6, headLength: 8 }),
      Plot.dot([...at.values()], { x: "lon", y: "lat", r: 4, fill: "#111827" }),
      Plot.text([...at.values()], { x: "lon", y: "lat", text: "name", dy: -10, fill: "#111827", stroke: "#fff", strokeWidth: 3, fontWeight: 600 }),
    ],
  });
  return h("div", {}, plot, outside.length ? h("p", { class: "muted small-note" }, nw("outside", { places: outside.join("、") })) : null);
}

function tieGraph(host: HTMLElement, data: NetworkResponse): void {
  const names = new Map(data.nodes.map((n) => [n.place.code, n.place.shortName]));
  const max = Math.max(...data.ties.map((t) => t.improvement));
  const cy = cytoscape({
    container: host,
    elements: [
      ...[...names].map(([id, name]) => ({ data: { id, name } })),
      ...data.ties.map((t, i) => ({ data: { id: `t${i}`, source: t.from.code, target: t.to.code, width: 1 + (4 * t.improvement) / max } })),
    ],
    layout: { name: "circle", padding: 30 },
    userZoomingEnabled: false,
    style: [
      { selector: "node", style: { label: "data(name)", "font-family": FONT_FAMILY, "font-size": 13, "background-color": "#111827", width: 12, height: 12, "text-valign": "top", "text-margin-y": -4 } },
      { selector: "edge", style: { width: "data(width)", "line-color": "#b91c1c", "line-style": "dashed", "curve-style": "bezier", "target-arrow-shape": "triangle", "target-arrow-color": "#b91c1c" } },
    ],
  });
  Object.assign(host, { cy });
}

function tieTable(data: NetworkResponse): HTMLElement {
  return h(
    "table",
    { class: "analysis-table tie-list" },
    h("thead", {}, h("tr", {}, h("th", {}, nw("from")), h("th", {}, nw("to")), h("th", { class: "num" }, nw("improvement")), h("th", {}, nw("behind")))),
    h(
      "tbody",
      {},
      data.ties.map((t) =>
        h(
          "tr",
          { "data-from": t.from.code, "data-to": t.to.code, "data-inferred": "true" },
          h("td", {}, t.from.shortName),
          h("td", {}, t.to.shortName),
          h("td", { class: "num" }, t.improvement.toFixed(1)),
          h("td", { class: "muted" }, t.adoptions.map((a) => `${a.item} ${a.fromYear}→${a.toYear}`).join("; ")),
        ),
      ),
    ),
  );
}
