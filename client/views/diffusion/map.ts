/**
 * The adoption map: the regions of a province (by default the one with most adopters)
 * coloured by the year they first adopted the chosen item, beside the list of adopters with
 * their documents. Places outside the drawn province stay in the list.
 */
import type { MapResponse } from "../../../server/schema/analysis/map.js";
import { api } from "../../api.js";
import { h, replace } from "../../dom.js";
import { words } from "../../i18n.js";
import { drawMap, mapKey } from "./choropleth.js";
import { aboveList, baseParams, basePickers, chosenItem, coverageLine, csvLink, evidenceButton, failure, itemsOf, picker, toolbar, unassignedList, unobservedList, w } from "./controls.js";
import type { DiffusionContext } from "./index.js";

const mapWords = words({
  zh: {
    province: "省份",
    all: "全部有采纳的省份",
    title: "{item}:各地首次采纳年份({province})",
    coarser: "虚线轮廓:以上级政府文件采纳 ({places})",
    notAdopted: "有文件而未采纳 ({n})",
    window: "{from}–{to} 年 · {n} 份文件",
    unmapped: "边界数据中没有的地区: {places}",
  },
  en: {
    province: "Province",
    all: "All provinces with adopters",
    title: "{item}: year of first adoption ({province})",
    coarser: "Dashed outline: adopted by a higher-level government's document ({places})",
    notAdopted: "Observed, not adopted ({n})",
    window: "{from}–{to} · {n} documents",
    unmapped: "Places the boundary data lacks: {places}",
  },
});

export async function render(host: HTMLElement, ctx: DiffusionContext): Promise<void> {
  const draw = () => void render(host, ctx);
  const { dimension, level, rollup } = baseParams(ctx);
  replace(host, toolbar(...basePickers(ctx, draw)), h("p", { class: "muted" }, w("loading")));
  let data: MapResponse;
  let items: Awaited<ReturnType<typeof itemsOf>>;
  try {
    items = await itemsOf(dimension, level, rollup);
    const item = chosenItem(ctx, items);
    if (!item) return void host.append(h("p", { class: "muted" }, w("none")));
    data = await api.analysis<MapResponse>("map", { dimension, level, rollup, item, province: ctx.params.get("province") ?? undefined });
  } catch (err) {
    return void host.append(failure(err));
  }
  const params = { dimension, level, rollup, item: data.item.item };
  const set = (k: string) => (v: string) => (ctx.setParams({ [k]: v, ...(k === "item" ? { province: undefined } : {}) }), draw());
  const provinceName = data.province === "all" ? mapWords("all") : (data.provinces.find((p) => p.code === data.province)?.name ?? data.province);
  replace(
    host,
    toolbar(
      ...basePickers(ctx, draw),
      picker("item", w("item"), items.map((i) => [i.item, `${i.item} (${i.adopters})`]), data.item.item, set("item")),
      picker("province", mapWords("province"), [...data.provinces.map((p): [string, string] => [p.code, `${p.name} (${p.adopters})`]), ["all", mapWords("all")]], data.province, set("province")),
      csvLink("map", params),
    ),
    h(
      "div",
      { class: "map-layout" },
      h("section", { class: "card map-card" }, h("h3", {}, mapWords("title", { item: data.item.item, province: provinceName })), coverageLine(data.coverage), drawMap(data), mapKey(false), mapNotes(data)),
      adopterList(data, ctx),
    ),
    aboveList(ctx, data.above),
    unobservedList(data.unobserved),
    unassignedList(ctx, data.unassigned),
  );
}

export function mapNotes(data: MapResponse): HTMLElement | null {
  const coarser = data.shapes.coarser.map((f) => f.properties.name);
  const notes = [
    coarser.length ? mapWords("coarser", { places: coarser.join("、") }) : null,
    data.unmapped.length ? mapWords("unmapped", { places: data.unmapped.map((p) => p.shortName).join("、") }) : null,
  ].filter((n): n is string => n !== null);
  return notes.length ? h("p", { class: "muted small-note" }, notes.join(" · ")) : null;
}

function adopterList(data: MapResponse, ctx: DiffusionContext): HTMLElement {
  return h(
    "section",
    { class: "card adopter-list" },
    h("h3", {}, w("adopters", { n: data.adopters.length })),
    h(
      "ol",
      {},
      data.adopters.map((a) =>
        h("li", { "data-place": a.place.code }, h("strong", {}, String(a.year)), " ", a.place.shortName, " · ", evidenceButton(ctx, a.evidence, a.evidence.docNumber ?? a.evidence.title)),
      ),
    ),
    data.notAdopted.length
      ? h(
          "div",
          { class: "not-adopted-list" },
          h("h4", {}, mapWords("notAdopted", { n: data.notAdopted.length })),
          h("ul", {}, data.notAdopted.map((p) => h("li", { "data-place": p.place.code }, `${p.place.shortName} `, h("span", { class: "muted" }, mapWords("window", { from: p.firstYear, to: p.lastYear, n: p.documents }))))),
        )
      : null,
  );
}
