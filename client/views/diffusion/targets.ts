/**
 * Target comparison: for one indicator, each document's target in comparable units as a dot
 * chart (place × value, coloured by target year) and a sortable table with the source sentence.
 */
import * as Plot from "@observablehq/plot";
import type { TargetRow, TargetsResponse } from "../../../server/schema/analysis/targets.js";
import { api } from "../../api.js";
import { h, replace } from "../../dom.js";
import { words } from "../../i18n.js";
import { FONT_FAMILY } from "../../graph/style.js";
import type { DiffusionContext } from "./index.js";
import { csvLink, emptyLine, loadingLine, sortableTable, yearParams, yearWindow } from "./widgets.js";

const w = words({
  zh: {
    indicator: "指标", several: "两份及以上文件", single: "仅一份文件", docs: "{n} 份",
    chart: "{indicator}:各文件目标值", region: "地区", value: "目标值 ({unit})", targetYear: "目标年份", noYear: "未注明",
    document: "文件", published: "发布年份", original: "原文数值", normalised: "折算值", comparable: "可比", yes: "是", no: "否",
    quote: "原文", notComparable: "{n} 个目标的单位无法与 {unit} 比较,只列在表中", none: "所选年份内没有文件设定量化目标",
    note: "折算:万 ×10⁴、亿 ×10⁸;家/户/个 计为“个”,名 计为“人”;% 不变。",
  },
  en: {
    indicator: "Indicator", several: "Two or more documents", single: "One document", docs: "{n} docs",
    chart: "{indicator}: each document's target", region: "Place", value: "Target ({unit})", targetYear: "Target year", noYear: "not stated",
    document: "Document", published: "Published", original: "As stated", normalised: "Normalised", comparable: "Comparable", yes: "yes", no: "no",
    quote: "Sentence", notComparable: "{n} targets are in units not comparable with {unit}; they are listed in the table only", none: "No document in the chosen years sets a quantitative target",
    note: "Normalisation: 万 ×10⁴, 亿 ×10⁸; 家/户/个 count as 个, 名 as 人; % unchanged.",
  },
});

export async function render(host: HTMLElement, ctx: DiffusionContext): Promise<void> {
  const bar = h("div", { class: "analysis-bar" });
  const body = h("div", {}, loadingLine());
  replace(host, bar, body);

  const load = async () => {
    replace(body, loadingLine());
    const years = yearParams(ctx);
    const list = await api.analysis<TargetsResponse>("targets", years);
    if (list.indicators.length === 0) return replace(bar, yearWindow(ctx, () => void load())), replace(body, emptyLine(w("none")));
    const chosen = list.indicators.find((i) => i.id === ctx.params.get("indicator") || i.name === ctx.params.get("indicator")) ?? list.indicators[0]!;
    const data = await api.analysis<TargetsResponse>("targets", { ...years, indicator: chosen.id });
    const option = (i: TargetsResponse["indicators"][number]) => h("option", { value: i.id, selected: i.id === chosen.id }, `${i.name} (${w("docs", { n: i.documents })})`);
    const picker = h(
      "select",
      { "aria-label": w("indicator"), "data-testid": "indicator-picker", onchange: () => (ctx.setParams({ indicator: picker.value }), void load()) },
      h("optgroup", { label: w("several") }, list.indicators.filter((i) => i.documents >= 2).map(option)),
      h("optgroup", { label: w("single") }, list.indicators.filter((i) => i.documents < 2).map(option)),
    );
    replace(bar, h("label", {}, `${w("indicator")} `, picker), yearWindow(ctx, () => void load()), csvLink("targets", { ...years, indicator: chosen.id }));
    replace(body, chart(data), h("p", { class: "muted" }, w("note")), table(data.rows, ctx));
  };
  await load();
}

/** A row's label on the chart: its place and a short title, so two documents of one city stay apart. */
const rowLabel = (r: TargetRow) => `${r.place?.name.replace(/^(.{2,}?[省区])(?=.)/, "") ?? "–"} · ${[...r.title].slice(0, 12).join("")}${[...r.title].length > 12 ? "…" : ""}`;

/** Axis ticks the way the documents write numbers: 3000000 → 300万, 150000000 → 1.5亿. */
function chineseNumber(v: number): string {
  const abs = Math.abs(v);
  if (abs >= 1e8) return `${+(v / 1e8).toFixed(2)}亿`;
  if (abs >= 1e4) return `${+(v / 1e4).toFixed(2)}万`;
  return String(+v.toFixed(2));
}

function chart(data: TargetsResponse): HTMLElement {
  const rows = data.rows.filter((r) => r.comparable);
  const other = data.rows.length - rows.length;
  const unit = data.baseUnit ?? "";
  const fig = h("figure", { class: "analysis-figure", "data-testid": "targets-chart" }, h("figcaption", {}, w("chart", { indicator: data.indicator?.name ?? "" })));
  const labels = rows.map(rowLabel);
  const longest = Math.max(...labels.map((l) => [...l].length), 4);
  const year = (r: TargetRow) => (r.targetYear === null ? w("noYear") : String(r.targetYear));
  fig.append(
    Plot.plot({
      width: 900,
      height: 80 + rows.length * 34,
      marginLeft: Math.min(360, 16 + longest * 13),
      marginRight: 60,
      style: { fontFamily: FONT_FAMILY, fontSize: "12px" },
      marginBottom: 44,
      x: { label: w("value", { unit }), labelAnchor: "center", labelOffset: 38, grid: true, zero: true, tickFormat: chineseNumber },
      y: { label: null, domain: [...labels].sort((a, b) => a.localeCompare(b, "zh")) },
      color: { type: "ordinal", legend: true, label: w("targetYear"), scheme: "tableau10" },
      marks: [
        Plot.ruleY(rows, { y: rowLabel, stroke: "#e5e7eb" }),
        Plot.dot(rows, { x: "normalised", y: rowLabel, fill: year, r: 7, stroke: "#fff", tip: true, title: (r: TargetRow) => `${r.title}\n${r.value}${r.unit ?? ""} (${year(r)})` }),
        Plot.text(rows, { x: "normalised", y: rowLabel, text: (r: TargetRow) => `${r.value}${r.unit ?? ""}`, dx: 12, textAnchor: "start", fill: "#374151" }),
      ],
    }),
  );
  if (other > 0) fig.append(h("p", { class: "muted" }, w("notComparable", { n: other, unit })));
  return fig;
}

function table(rows: TargetRow[], ctx: DiffusionContext): HTMLElement {
  return sortableTable(
    [
      { label: w("region"), value: (r) => r.place?.name ?? null },
      { label: w("document"), value: (r) => r.title, cell: (r) => h("button", { class: "link open-evidence", onclick: () => ctx.openDocument(r.docId, { start: r.start, end: r.end }) }, r.title) },
      { label: w("published"), value: (r) => r.year, numeric: true },
      { label: w("targetYear"), value: (r) => r.targetYear, numeric: true },
      { label: w("original"), value: (r) => r.value, cell: (r) => `${r.value} ${r.unit ?? ""}`, numeric: true },
      { label: w("normalised"), value: (r) => r.normalised, cell: (r) => `${r.normalised.toLocaleString()} ${r.baseUnit ?? ""}`, numeric: true },
      { label: w("comparable"), value: (r) => (r.comparable ? w("yes") : w("no")) },
      { label: w("quote"), value: (r) => r.quote },
    ],
    rows,
    { column: 5, descending: true },
    { "data-testid": "targets-table" },
  );
}
