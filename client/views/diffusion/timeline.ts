/**
 * The diffusion timeline. Without an item: small multiples of the adoption curve of every
 * item adopted by at least three places, each naming its first adopter, a click opening it.
 * With an item: its S-curve (cumulative adopting places by year) and the adopters, the
 * first marked, each opening the sentence in which its document adopts the item.
 */
import * as Plot from "@observablehq/plot";
import type { TimelineItem, TimelineOverview, TimelineResponse, TimelineSeries } from "../../../server/schema/analysis/timeline.js";
import { api } from "../../api.js";
import { h, replace } from "../../dom.js";
import { words } from "../../i18n.js";
import { aboveList, baseParams, basePickers, coverageLine, csvLink, evidenceButton, failure, itemsOf, picker, toolbar, unassignedList, w, yearColour } from "./controls.js";
import type { DiffusionContext } from "./index.js";

const tw = words({
  zh: {
    overview: "全部对象",
    curveTitle: "{item}:累计采纳地区数({level})",
    overviewTitle: "采纳地区 ≥ {n} 的{dimension}扩散曲线",
    overviewNote: "每格一个对象:横轴为年份,纵轴为累计采纳地区数;点击查看详情。",
    cumulative: "累计采纳地区数",
    first: "首个采纳者: {places} ({year})",
    firstMark: "首个",
    back: "← 全部曲线",
    observedLine: "观测中的地区",
    observedNote: "虚线:当年处于观测期(其第一份与最后一份文件的年份之间)的地区数,即可能采纳的范围。",
    notAdopted: "有文件而未采纳 ({n})",
  },
  en: {
    overview: "All items",
    curveTitle: "{item}: cumulative number of adopting places ({level})",
    overviewTitle: "Diffusion curves of {dimension} adopted by ≥ {n} places",
    overviewNote: "One panel per item: year across, cumulative adopting places up; click one for its adopters.",
    cumulative: "Cumulative adopting places",
    first: "First: {places} ({year})",
    firstMark: "first",
    back: "← All curves",
    observedLine: "places observed",
    observedNote: "Dashed: places observed that year (between the years of their first and last documents), the pool that could adopt.",
    notAdopted: "Observed, not adopted ({n})",
  },
});

export async function render(host: HTMLElement, ctx: DiffusionContext): Promise<void> {
  const draw = () => void render(host, ctx);
  const { dimension, level, rollup } = baseParams(ctx);
  const item = ctx.params.get("item") ?? undefined;
  const params = { dimension, level, rollup, item };
  replace(host, toolbar(...basePickers(ctx, draw)), h("p", { class: "muted" }, w("loading")));
  let data: TimelineResponse;
  let items: Awaited<ReturnType<typeof itemsOf>>;
  try {
    [data, items] = await Promise.all([api.analysis<TimelineResponse>("timeline", params), itemsOf(dimension, level, rollup)]);
  } catch (err) {
    return void host.append(failure(err));
  }
  const options: [string, string][] = [["", tw("overview")], ...items.map((i): [string, string] => [i.item, `${i.item} (${i.adopters})`])];
  const controls = toolbar(
    ...basePickers(ctx, draw),
    picker("item", w("item"), options, data.mode === "item" ? data.item.item : "", (v) => (ctx.setParams({ item: v || undefined }), draw())),
    data.mode === "item" ? h("button", { class: "small", "data-action": "overview", onclick: () => (ctx.setParams({ item: undefined }), draw()) }, tw("back")) : null,
    csvLink("timeline", params),
    csvLink("events", { dimension, level, rollup }, w("events")),
    data.mode === "item" ? csvLink("panel", { dimension, level, rollup, item: data.item.item }, w("panel")) : csvLink("panel", { dimension, level, rollup }, w("panel")),
  );
  const body = data.mode === "item" ? itemView(data, ctx) : overviewView(data, (name) => (ctx.setParams({ item: name }), draw()));
  replace(host, controls, body, unassignedList(ctx, data.unassigned));
}

function overviewView(data: TimelineOverview, open: (item: string) => void): HTMLElement {
  if (!data.series.length) return h("p", { class: "muted" }, w("none"));
  const years = data.series.flatMap((s) => s.curve.map((p) => p.year));
  // One year past the last, so that an adoption in the final year shows as a step, not an edge.
  const domain: [number, number] = [Math.min(...years), Math.max(...years) + 1];
  const maxY = Math.max(...data.series.map((s) => s.adopters));
  return h(
    "section",
    { class: "card wide" },
    h("h3", {}, tw("overviewTitle", { n: data.minAdopters, dimension: w(data.dimension as "instrument") })),
    h("p", { class: "muted small-note" }, tw("overviewNote")),
    coverageLine(data.coverage),
    h(
      "div",
      { class: "multiples" },
      data.series.map((s) => smallMultiple(s, domain, maxY, () => open(s.item))),
    ),
  );
}

function smallMultiple(s: TimelineSeries, domain: [number, number], maxY: number, open: () => void): HTMLElement {
  const chart = Plot.plot({
    width: 200,
    height: 96,
    marginLeft: 26,
    marginBottom: 18,
    marginTop: 6,
    style: { fontSize: "9px", background: "transparent" },
    x: { domain, tickFormat: "d", ticks: [domain[0], domain[1] - 1], label: null },
    y: { domain: [0, maxY], ticks: 2, label: null },
    marks: [
      Plot.areaY(stepped(s.curve, domain[1]), { x: "year", y: "cumulative", curve: "step-after", fill: "#fde2c4" }),
      Plot.lineY(stepped(s.curve, domain[1]), { x: "year", y: "cumulative", curve: "step-after", stroke: "#c2410c", strokeWidth: 1.5 }),
      Plot.ruleY([0], { stroke: "#cbd5e1" }),
    ],
  });
  const first = s.firstAdopters.map((p) => p.shortName);
  return h(
    "button",
    { class: "multiple", "data-item": s.item, title: s.item, onclick: open },
    h("span", { class: "multiple-title" }, h("strong", {}, s.item), " ", h("span", { class: "muted" }, w("adopters", { n: s.adopters }))),
    chart,
    h("span", { class: "multiple-note muted" }, tw("first", { places: first.length > 2 ? `${first.slice(0, 2).join("、")}…` : first.join("、"), year: s.firstYear })),
  );
}

/** The curve carried on to the last year of the axis, so every panel's line reaches the right edge. */
function stepped(curve: TimelineSeries["curve"], last: number): TimelineSeries["curve"] {
  const end = curve.at(-1);
  return end && end.year < last ? [...curve, { ...end, year: last, adopters: 0 }] : curve;
}

function itemView(data: TimelineItem, ctx: DiffusionContext): HTMLElement {
  const years = data.adopters.map((a) => a.year);
  const [from, to] = [Math.min(...years), Math.max(...years)];
  const labelled = data.curve.filter((p) => p.adopters > 0);
  const chart = Plot.plot({
    width: 720,
    height: 320,
    marginLeft: 50,
    marginBottom: 40,
    style: { fontSize: "12px" },
    x: { tickFormat: "d", ticks: Math.min(data.curve.length, 10), label: w("year"), labelAnchor: "center", labelArrow: "none", inset: 12 },
    y: { label: tw("cumulative"), labelArrow: "none", grid: true, domain: [0, 1 + Math.max(1, ...data.curve.map((p) => Math.max(p.cumulative, p.observed)))], ticks: 5, tickFormat: "d" },
    marks: [

      Plot.areaY(data.curve, { x: "year", y: "cumulative", curve: "step-after", fill: "#fde2c4" }),
      Plot.lineY(data.curve, { x: "year", y: "cumulative", curve: "step-after", stroke: "#c2410c", strokeWidth: 2 }),
      Plot.dot(labelled, { x: "year", y: "cumulative", r: 4, fill: (p: TimelineItem["curve"][number]) => yearColour(p.year, from, to), stroke: "#7c2d12" }),
      Plot.text(labelled, { x: "year", y: "cumulative", text: (p: TimelineItem["curve"][number]) => `+${p.adopters}`, dy: -12, fontSize: 11 }),
      // Drawn last, so that the pool of observed places shows over the curve it bounds.
      Plot.lineY(data.curve, { x: "year", y: "observed", curve: "step-after", stroke: "#334155", strokeDasharray: "5 3", strokeWidth: 1.5 }),
      Plot.text(data.curve.slice(0, 1), { x: "year", y: "observed", text: (p: TimelineItem["curve"][number]) => `${tw("observedLine")} ${p.observed}`, dy: -8, dx: 8, textAnchor: "start", fill: "#334155", fontSize: 11 }),
      Plot.ruleY([0]),
    ],
  });
  const table = h(
    "table",
    { class: "adopters" },
    h("thead", {}, h("tr", {}, h("th", {}, w("year")), h("th", {}, w("place")), h("th", {}, w("document")))),
    h(
      "tbody",
      {},
      data.adopters.map((a) =>
        h(
          "tr",
          { class: a.first ? "first-adopter" : "", "data-place": a.place.code },
          h("td", {}, String(a.year)),
          h("td", {}, a.place.shortName, a.first ? h("span", { class: "badge-first", title: w("firstAdopter") }, tw("firstMark")) : null),
          h("td", {}, evidenceButton(ctx, a.evidence, a.evidence.title), a.evidence.docNumber ? h("span", { class: "muted" }, ` ${a.evidence.docNumber}`) : null),
        ),
      ),
    ),
  );
  return h(
    "div",
    { class: "timeline-item" },
    h("section", { class: "card wide" }, h("h3", {}, tw("curveTitle", { item: data.item.item, level: w(data.level) })), coverageLine(data.coverage), chart, h("p", { class: "muted small-note" }, tw("observedNote"))),
    h("section", { class: "card wide" }, h("h3", {}, `${w("adopters", { n: data.adopters.length })}`), table),
    data.notAdopted.length
      ? h("section", { class: "card wide not-adopted-list" }, h("h3", {}, tw("notAdopted", { n: data.notAdopted.length })), h("p", { class: "muted" }, data.notAdopted.map((p) => p.shortName).join("、")))
      : null,
    aboveList(ctx, data.above),
  );
}
