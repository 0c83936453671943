/**
 * The adoption matrix: places down, items across (most adopted first), each cell the year of
 * the place's first adoption coloured on the year scale; a click opens the sentence of the
 * earliest adopting document in the reader. Rows sort by first adoption, breadth or code.
 */
import * as Plot from "@observablehq/plot";
import type { AdoptionMatrixRow, AdoptionResponse } from "../../../server/schema/analysis/adoption.js";
import type { FirstAdoption } from "../../../server/schema/analysis/adoptions.js";
import { api } from "../../api.js";
import { h, replace } from "../../dom.js";
import { words } from "../../i18n.js";
import { aboveList, baseParams, basePickers, coverageLine, csvLink, evidenceButton, failure, picker, toolbar, unassignedList, unobservedList, w, yearColour, yearScale } from "./controls.js";
import type { DiffusionContext } from "./index.js";

const aw = words({
  zh: {
    sort: "排序",
    byFirst: "按首次采纳",
    byBreadth: "按采纳数量",
    byCode: "按地区代码",
    title: "{places} 个有文件的地区 × {items} 个{dimension}",
    window: "观测年份",
    notAdopted: "{place} · {item}: {from}–{to} 年有文件,未采纳",
    corner: "地区",
    first: "首次",
    count: "数量",
    cell: "{place} · {item}: {year} 年首次采纳",
    amount: "金额: {amount}",
  },
  en: {
    sort: "Sort",
    byFirst: "by first adoption",
    byBreadth: "by number adopted",
    byCode: "by region code",
    title: "{places} observed places × {items} {dimension}",
    window: "Observed",
    notAdopted: "{place} · {item}: observed {from}–{to}, not adopted",
    corner: "Place",
    first: "First",
    count: "Count",
    cell: "{place} · {item}: first adopted {year}",
    amount: "Amount: {amount}",
  },
});

type Sort = "first" | "breadth" | "code";
const firstOf = (r: AdoptionMatrixRow) => r.firstYear ?? 9999;
const SORTS: Record<Sort, (a: AdoptionMatrixRow, b: AdoptionMatrixRow) => number> = {
  first: (a, b) => firstOf(a) - firstOf(b) || b.cells.length - a.cells.length,
  breadth: (a, b) => b.cells.length - a.cells.length || firstOf(a) - firstOf(b),
  code: (a, b) => a.place.code.localeCompare(b.place.code),
};

export async function render(host: HTMLElement, ctx: DiffusionContext): Promise<void> {
  const draw = () => void render(host, ctx);
  const { dimension, level, rollup } = baseParams(ctx);
  const minAdopters = ctx.params.get("minAdopters") ?? "2";
  const sort = (ctx.params.get("sort") ?? "first") as Sort;
  const params = { dimension, level, rollup, minAdopters };
  const set = (k: string) => (v: string) => (ctx.setParams({ [k]: v }), draw());
  const controls = () =>
    toolbar(
      ...basePickers(ctx, draw),
      picker("minAdopters", w("minAdopters"), ["1", "2", "3", "5", "10"].map((n) => [n, `≥ ${n}`]), minAdopters, set("minAdopters")),
      picker("sort", aw("sort"), (["first", "breadth", "code"] as Sort[]).map((s) => [s, aw(s === "first" ? "byFirst" : s === "breadth" ? "byBreadth" : "byCode")]), sort, set("sort")),
      csvLink("adoption", params),
      csvLink("events", { dimension, level, rollup }, w("events")),
      csvLink("panel", { dimension, level, rollup }, w("panel")),
      csvLink("cascades", { dimension, level, rollup }, w("cascades")),
    );
  replace(host, controls(), h("p", { class: "muted" }, w("loading")));
  let data: AdoptionResponse;
  try {
    data = await api.analysis<AdoptionResponse>("adoption", params);
  } catch (err) {
    return void host.append(failure(err));
  }
  const years = data.places.flatMap((p) => p.cells.map((c) => c.year));
  const [from, to] = [Math.min(...years), Math.max(...years)];
  const rows = [...data.places].sort(SORTS[sort] ?? SORTS.first);
  const heading = h("h3", {}, aw("title", { places: data.places.length, items: data.items.length, dimension: w(dimension) }));
  const legend = years.length ? Plot.legend({ color: yearScale(from, to), width: 260 }) : null;
  const table = h(
    "table",
    { class: "matrix" },
    h(
      "thead",
      {},
      h(
        "tr",
        {},
        h("th", { class: "corner" }, aw("corner")),
        h("th", { class: "num" }, aw("window")),
        h("th", { class: "num" }, aw("first")),
        h("th", { class: "num" }, aw("count")),
        data.items.map((i) => h("th", { class: "item", title: `${i.item} · ${w("adopters", { n: i.adopters })}` }, h("span", {}, i.item), h("small", {}, String(i.adopters)))),
      ),
    ),
    h(
      "tbody",
      {},
      rows.map((row) => {
        const byItem = new Map(row.cells.map((c) => [c.itemId, c]));
        return h(
          "tr",
          { "data-place": row.place.code },
          h("th", { class: "place", title: row.place.name }, row.place.shortName),
          h("td", { class: "num window" }, `${String(row.observed.firstYear).slice(2)}–${String(row.observed.lastYear).slice(2)}`),
          h("td", { class: "num" }, row.firstYear === null ? "–" : String(row.firstYear)),
          h("td", { class: "num" }, String(row.cells.length)),
          data.items.map((i) => {
            const cell = byItem.get(i.itemId);
            const none = aw("notAdopted", { place: row.place.shortName, item: i.item, from: row.observed.firstYear, to: row.observed.lastYear });
            return cell ? h("td", { class: "cell" }, cellButton(ctx, cell, from, to)) : h("td", { class: "cell not-adopted", title: none, "aria-label": none }, "·");
          }),
        );
      }),
    ),
  );
  replace(
    host,
    controls(),
    h("section", { class: "card wide" }, h("div", { class: "card-head" }, heading, legend), coverageLine(data.coverage), data.places.length ? h("div", { class: "matrix-scroll" }, table) : h("p", { class: "muted" }, w("none"))),
    aboveList(ctx, data.above),
    unobservedList(data.unobserved),
    unassignedList(ctx, data.unassigned),
  );
}

function cellButton(ctx: DiffusionContext, cell: FirstAdoption, from: number, to: number): HTMLElement {
  const button = evidenceButton(ctx, cell.evidence, String(cell.year).slice(2), "cell-year");
  const amount = cell.amountText ? `\n${aw("amount", { amount: cell.amountText })}` : "";
  button.title = `${aw("cell", { place: cell.place.shortName, item: cell.item, year: cell.year })}${amount}\n${button.title}`;
  button.style.background = yearColour(cell.year, from, to);
  button.style.color = cell.year - from < (to - from) / 2 ? "#fff" : "#1f2937";
  button.setAttribute("data-item", cell.item);
  button.setAttribute("aria-label", aw("cell", { place: cell.place.shortName, item: cell.item, year: cell.year }));
  return button;
}
