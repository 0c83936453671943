/**
 * The parts the network analyses' views share: a table sortable by any column, the CSV
 * download link, the publication-year window kept in the URL, and the state lines shown
 * while loading or when there is nothing to show.
 */
import { api, type QueryParams } from "../../api.js";
import { h, replace } from "../../dom.js";
import { words } from "../../i18n.js";
import type { DiffusionContext } from "./index.js";

const w = words({
  zh: { csv: "下载 CSV", years: "发布年份", from: "起", to: "止", apply: "应用", loading: "加载中…", sortBy: "点击排序", empty: "没有数据" },
  en: { csv: "Download CSV", years: "Published", from: "from", to: "to", apply: "Apply", loading: "Loading…", sortBy: "Click to sort", empty: "No data" },
});

export interface Column<R> {
  label: string;
  /** The value sorted on (numbers sort numerically, nulls last). */
  value(row: R): string | number | null;
  /** What the cell shows; the value by default. */
  cell?(row: R): Node | string;
  numeric?: boolean;
}

/**
 * A table whose headers sort it (again: the other way). Rows are redrawn in place, so
 * buttons in cells keep their listeners.
 */
export function sortableTable<R>(columns: Column<R>[], rows: R[], initial: { column: number; descending: boolean }, attrs: Record<string, string> = {}): HTMLTableElement {
  let sort = initial;
  const body = h("tbody");
  const headers = columns.map((c, i) =>
    h("th", { class: c.numeric ? "num" : "", title: w("sortBy") }, h("button", { class: "link th-sort", onclick: () => ((sort = { column: i, descending: sort.column === i ? !sort.descending : !!c.numeric }), draw()) }, c.label)),
  );
  const draw = () => {
    const c = columns[sort.column]!;
    const sorted = [...rows].sort((a, b) => {
      const x = c.value(a);
      const y = c.value(b);
      if (x === y) return 0;
      if (x === null) return 1;
      if (y === null) return -1;
      const cmp = typeof x === "number" && typeof y === "number" ? x - y : String(x).localeCompare(String(y), "zh");
      return sort.descending ? -cmp : cmp;
    });
    headers.forEach((th, i) => th.setAttribute("aria-sort", i === sort.column ? (sort.descending ? "descending" : "ascending") : "none"));
    replace(body, sorted.map((r) => h("tr", {}, columns.map((col) => h("td", { class: col.numeric ? "num" : "" }, col.cell ? col.cell(r) : String(col.value(r) ?? "–"))))));
  };
  draw();
  return h("table", { class: "analysis-table", ...attrs }, h("thead", {}, h("tr", {}, headers)), body);
}

/** The analysis's table as a CSV file, for the same parameters the view shows. */
export function csvLink(name: string, params: QueryParams): HTMLAnchorElement {
  return h("a", { class: "csv-link", href: api.analysisCsvUrl(name, params), download: "" }, w("csv"));
}

/** The year window as the URL holds it, as analysis parameters. */
export function yearParams(ctx: DiffusionContext): QueryParams {
  return { yearFrom: ctx.params.get("yearFrom") ?? undefined, yearTo: ctx.params.get("yearTo") ?? undefined };
}

/** Two year inputs that write yearFrom/yearTo into the URL and call `onChange`. */
export function yearWindow(ctx: DiffusionContext, onChange: () => void): HTMLElement {
  const input = (key: string, label: string) =>
    h("input", { type: "number", min: 1949, max: 2100, step: 1, class: "year-input", "aria-label": `${w("years")} ${label}`, "data-param": key, value: ctx.params.get(key) ?? "" });
  const from = input("yearFrom", w("from"));
  const to = input("yearTo", w("to"));
  const apply = () => {
    ctx.setParams({ yearFrom: from.value || undefined, yearTo: to.value || undefined });
    onChange();
  };
  return h("span", { class: "year-window" }, `${w("years")} `, from, "–", to, h("button", { class: "small", onclick: apply }, w("apply")));
}

export const loadingLine = () => h("p", { class: "muted" }, w("loading"));
export const emptyLine = (text = w("empty")) => h("p", { class: "muted empty-line" }, text);

/** 0.4401 → "44.0%". */
export const percent = (v: number) => `${(v * 100).toFixed(1)}%`;
