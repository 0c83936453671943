/**
 * What the adoption views share: the pickers for dimension, level and item (kept in the
 * view's URL), CSV download links, a button that opens an adoption's evidence sentence in
 * the document reader, the list of adoptions without a year or place, and the year colours.
 */
import type { AdopterPlace, Coverage, Dimension, Evidence, FirstAdoption, Unassigned } from "../../../server/schema/analysis/adoptions.js";
import type { PlaceLevel } from "../../../server/schema/analysis/common.js";
import type { TimelineOverview } from "../../../server/schema/analysis/timeline.js";
import * as Plot from "@observablehq/plot";
import { api, type QueryParams } from "../../api.js";
import { h } from "../../dom.js";
import { words } from "../../i18n.js";
import type { DiffusionContext } from "./index.js";

export const w = words({
  zh: {
    dimension: "采纳对象",
    instrument: "政策工具",
    industry: "重点产业",
    platform: "创新平台",
    indicator: "目标指标",
    level: "地区层级",
    province: "省级",
    city: "市级",
    district: "县级",
    item: "对象",
    csv: "下载 CSV",
    events: "事件史数据 (CSV)",
    unassigned: "未计入的采纳记录 ({n}):文件无年份或无地区",
    noYear: "无发布年份",
    noPlace: "无发文地区",
    year: "年份",
    firstYear: "首次采纳年份",
    place: "地区",
    document: "文件",
    loading: "加载中…",
    none: "没有数据",
    adopters: "{n} 地",
    firstAdopter: "首个采纳者",
    minAdopters: "最少采纳地区数",
    rollup: "计入下级文件",
    rollupTitle: "勾选后,下级地区(如县)的文件计入其上级地区(如市);不勾选时只计本级文件",
    coverage: "观测地区 {n} 个({from}–{to}年,每地从其第一份到最后一份文件的年份);所在省份中另有 {un} 个地区无文件:未观测,不计为未采纳",
    coverageNone: "此层级没有有年份的文件",
    aboveDocs: "上级文件 {n} 份另列,不作为行",
    belowDocs: "下级文件 {n} 份未计入(可勾选“计入下级文件”)",
    above: "上级政府文件的采纳 ({n}),另列",
    unobserved: "未观测的地区 ({n}):语料中没有其文件",
    panel: "风险集面板 (CSV)",
    cascades: "级联数据 (netinf CSV)",
  },
  en: {
    dimension: "Adopted",
    instrument: "Policy instruments",
    industry: "Priority industries",
    platform: "Innovation platforms",
    indicator: "Target indicators",
    level: "Level",
    province: "Province",
    city: "City",
    district: "County",
    item: "Item",
    csv: "Download CSV",
    events: "Event-history data (CSV)",
    unassigned: "Adoptions not counted ({n}): document without a year or a region",
    noYear: "no publication year",
    noPlace: "no issuing region",
    year: "Year",
    firstYear: "Year of first adoption",
    place: "Place",
    document: "Document",
    loading: "Loading…",
    none: "No data",
    adopters: "{n} places",
    firstAdopter: "First adopter",
    minAdopters: "Minimum adopters",
    rollup: "Count lower levels",
    rollupTitle: "Checked: documents of lower levels (a county's) count for their parent (its city); unchecked: only the level's own documents",
    coverage: "{n} places observed ({from}–{to}; each from its first to its last document's year); {un} more places of their provinces have no document: unobserved, not counted as non-adopters",
    coverageNone: "No dated document at this level",
    aboveDocs: "{n} documents of higher levels shown apart, not as rows",
    belowDocs: "{n} documents of lower levels not counted (tick “Count lower levels”)",
    above: "Adoptions by higher-level governments ({n}), shown apart",
    unobserved: "Unobserved places ({n}): the corpus has no document of them",
    panel: "Risk-set panel (CSV)",
    cascades: "Cascades (netinf CSV)",
  },
});

export const DIMENSIONS: Dimension[] = ["instrument", "industry", "platform", "indicator"];
export const LEVELS: PlaceLevel[] = ["province", "city", "district"];

/** The view's dimension, level and rollup from its URL, with the defaults the analyses use. */
export function baseParams(ctx: DiffusionContext): { dimension: Dimension; level: PlaceLevel; rollup: "true" | undefined } {
  const dimension = ctx.params.get("dimension") as Dimension | null;
  const level = ctx.params.get("level") as PlaceLevel | null;
  return {
    dimension: dimension && DIMENSIONS.includes(dimension) ? dimension : "instrument",
    level: level && LEVELS.includes(level) ? level : "city",
    rollup: ctx.params.get("rollup") === "true" ? "true" : undefined,
  };
}

/** A labelled <select>; `onPick` gets the chosen value. */
export function picker(name: string, label: string, options: [string, string][], value: string, onPick: (v: string) => void): HTMLElement {
  const select = h("select", { name, "aria-label": label, onchange: (ev) => onPick((ev.target as HTMLSelectElement).value) });
  for (const [v, text] of options) select.append(h("option", { value: v, selected: v === value }, text));
  return h("label", { class: "picker" }, h("span", { class: "muted" }, label), select);
}

/** Dimension and level pickers that write the URL and redraw the view. */
export function basePickers(ctx: DiffusionContext, redraw: () => void, dimensions: Dimension[] = DIMENSIONS): HTMLElement[] {
  const { dimension, level } = baseParams(ctx);
  const set = (k: string) => (v: string) => {
    ctx.setParams({ [k]: v, ...(k === "dimension" ? { item: undefined, place: undefined } : { place: undefined }) });
    redraw();
  };
  const rollup = h("input", {
    type: "checkbox",
    name: "rollup",
    checked: ctx.params.get("rollup") === "true",
    onchange: (ev) => (ctx.setParams({ rollup: (ev.target as HTMLInputElement).checked ? "true" : undefined, place: undefined }), redraw()),
  });
  return [
    picker("dimension", w("dimension"), dimensions.map((d) => [d, w(d)]), dimension, set("dimension")),
    picker("level", w("level"), LEVELS.map((l) => [l, w(l)]), level, set("level")),
    h("label", { class: "picker checkbox", title: w("rollupTitle") }, rollup, h("span", {}, w("rollup"))),
  ];
}

/** One line saying which places the view counts: observed, unobserved, and the documents of other levels left apart. */
export function coverageLine(c: Coverage): HTMLElement {
  const parts = [
    c.observed ? w("coverage", { n: c.observed, from: c.firstYear ?? "", to: c.lastYear ?? "", un: c.unobserved }) : w("coverageNone"),
    c.aboveDocuments ? w("aboveDocs", { n: c.aboveDocuments }) : null,
    c.belowDocuments ? w("belowDocs", { n: c.belowDocuments }) : null,
  ].filter(Boolean);
  return h("p", { class: "muted small-note coverage-line", "data-observed": c.observed, "data-unobserved": c.unobserved }, parts.join(" · "));
}

/** Adoptions by documents of higher levels, listed apart from the level's places. */
export function aboveList(ctx: DiffusionContext, above: FirstAdoption[]): HTMLElement | null {
  if (!above.length) return null;
  return h(
    "details",
    { class: "above-list" },
    h("summary", {}, w("above", { n: above.length })),
    h("ul", {}, above.map((a) => h("li", {}, h("strong", {}, String(a.year)), ` ${a.place.shortName} · ${a.item} · `, evidenceButton(ctx, a.evidence, a.evidence.docNumber ?? a.evidence.title)))),
  );
}

/** The places of the level with no document, named so a reader sees what the view does not cover. */
export function unobservedList(places: AdopterPlace[]): HTMLElement | null {
  if (!places.length) return null;
  return h("details", { class: "unobserved-list" }, h("summary", {}, w("unobserved", { n: places.length })), h("p", { class: "muted" }, places.map((p) => p.shortName).join("、")));
}

/** An <a download> for an analysis's CSV. */
export function csvLink(name: string, params: QueryParams, label = w("csv")): HTMLElement {
  return h("a", { class: "button-link", href: api.analysisCsvUrl(name, params), download: "", "data-csv": name }, label);
}

const itemCache = new Map<string, Promise<TimelineOverview["series"]>>();

/** Every item of a dimension that some place adopted, most adopters first (for the item picker). */
export function itemsOf(dimension: Dimension, level: PlaceLevel, rollup?: string): Promise<TimelineOverview["series"]> {
  const key = `${dimension}|${level}|${rollup}`;
  let items = itemCache.get(key);
  if (!items) {
    items = api.analysis<TimelineOverview>("timeline", { dimension, level, rollup, minAdopters: 1 }).then((r) => r.series);
    itemCache.set(key, items);
  }
  return items;
}

/** The item in the URL, else 创新券 when it is there, else the most adopted one. */
export function chosenItem(ctx: DiffusionContext, items: { item: string; itemId: string }[]): string | undefined {
  const asked = ctx.params.get("item");
  if (asked) return asked;
  return (items.find((i) => i.item === "创新券") ?? items[0])?.item;
}

/** A button that opens the document at the sentence stating the adoption. */
export function evidenceButton(ctx: DiffusionContext, ev: Evidence, label: string, cls = "link"): HTMLElement {
  const title = [ev.title, ev.docNumber, ev.quote].filter(Boolean).join("\n");
  return h("button", { class: cls, title, "data-doc": ev.docId, onclick: () => ctx.openDocument(ev.docId, { start: ev.start, end: ev.end }) }, label);
}

/** The adoptions that no analysis could count, with why and a way to read them. */
export function unassignedList(ctx: DiffusionContext, unassigned: Unassigned[]): HTMLElement | null {
  if (!unassigned.length) return null;
  return h(
    "details",
    { class: "unassigned" },
    h("summary", {}, w("unassigned", { n: unassigned.length })),
    h(
      "ul",
      {},
      unassigned.map((u) =>
        h(
          "li",
          {},
          h("span", { class: "muted" }, `${u.item} · ${u.reason === "no-year" ? w("noYear") : w("noPlace")}${u.place ? ` · ${u.place.shortName}` : ""} · `),
          evidenceButton(ctx, u.evidence, u.evidence.title),
        ),
      ),
    ),
  );
}

/** The colour scale of years of first adoption, shared by matrix, map and curves: early dark red, late pale yellow. */
export function yearScale(from: number, to: number, legend = false): Plot.ScaleOptions {
  return { type: "linear", scheme: "YlOrRd", reverse: true, domain: [from, Math.max(to, from + 1)], legend, label: w("firstYear"), tickFormat: "d" };
}

/** One year as a CSS colour on that scale. */
export const yearColour = (year: number, from: number, to: number): string => String(Plot.scale({ color: yearScale(from, to) }).apply(year));

/** A row of controls above a view. */
export const toolbar = (...children: (HTMLElement | null)[]) => h("div", { class: "diffusion-controls" }, children);

/** Shows an error where the view's content would be. */
export const failure = (err: unknown) => h("p", { class: "notice error" }, (err as Error).message);
