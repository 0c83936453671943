/**
 * Spatial diffusion: for each adopter of an item, its bordering places and which of them had
 * adopted before it. Picking an adopter outlines it on the map and rings those earlier
 * neighbours; the headline counts the later adopters that had such a neighbour.
 */
import type { MapResponse } from "../../../server/schema/analysis/map.js";
import type { NeighbourRow, NeighboursResponse } from "../../../server/schema/analysis/neighbours.js";
import { api, type QueryParams } from "../../api.js";
import { h, replace } from "../../dom.js";
import { words } from "../../i18n.js";
import { drawMap, mapKey } from "./choropleth.js";
import { baseParams, basePickers, chosenItem, coverageLine, csvLink, evidenceButton, failure, itemsOf, picker, toolbar, unassignedList, w } from "./controls.js";
import type { DiffusionContext } from "./index.js";
import { mapNotes } from "./map.js";

const nw = words({
  zh: {
    headline: "{item}:{later} 个后续采纳地区中,{with} 个在采纳前已有相邻地区采纳",
    earlier: "此前已采纳的相邻地区",
    noEarlier: "无相邻地区更早采纳",
    neighbours: "相邻 {n} 个,其中 {un} 个未观测",
    show: "在地图上显示",
    mapTitle: "{place} 及其相邻地区",
  },
  en: {
    headline: "{item}: {with} of {later} later adopters had a bordering place that adopted before them",
    earlier: "Neighbours that adopted earlier",
    noEarlier: "no neighbour adopted earlier",
    neighbours: "{n} neighbours, {un} of them unobserved",
    show: "Show on map",
    mapTitle: "{place} and its neighbours",
  },
});

export async function render(host: HTMLElement, ctx: DiffusionContext): Promise<void> {
  const draw = () => void render(host, ctx);
  const { dimension, level, rollup } = baseParams(ctx);
  replace(host, toolbar(...basePickers(ctx, draw)), h("p", { class: "muted" }, w("loading")));
  let data: NeighboursResponse;
  let items: Awaited<ReturnType<typeof itemsOf>>;
  try {
    items = await itemsOf(dimension, level, rollup);
    const item = chosenItem(ctx, items);
    if (!item) return void host.append(h("p", { class: "muted" }, w("none")));
    data = await api.analysis<NeighboursResponse>("neighbours", { dimension, level, rollup, item });
  } catch (err) {
    return void host.append(failure(err));
  }
  // The adopter shown on the map: the one in the URL, else the first with an earlier neighbour.
  const chosen = data.adopters.find((r) => r.adopter.place.code === ctx.params.get("place")) ?? data.adopters.find((r) => r.earlier > 0) ?? data.adopters[0];
  const params = { dimension, level, rollup, item: data.item.item };
  const mapHost = h("section", { class: "card map-card" }, h("p", { class: "muted" }, w("loading")));
  replace(
    host,
    toolbar(
      ...basePickers(ctx, draw),
      picker("item", w("item"), items.map((i) => [i.item, `${i.item} (${i.adopters})`]), data.item.item, (v) => (ctx.setParams({ item: v, place: undefined }), draw())),
      csvLink("neighbours", params),
    ),
    h("p", { class: "headline" }, nw("headline", { item: data.item.item, later: data.laterAdopters, with: data.withEarlierNeighbour })),
    coverageLine(data.coverage),
    h("div", { class: "map-layout" }, mapHost, adopterList(data, chosen, ctx, (code) => (ctx.setParams({ place: code }), draw()))),
    unassignedList(ctx, data.unassigned),
  );
  if (chosen) await drawNeighbourMap(mapHost, chosen, params);
}

async function drawNeighbourMap(host: HTMLElement, row: NeighbourRow, params: QueryParams): Promise<void> {
  try {
    const province = `${row.adopter.place.code.slice(0, 2)}0000`;
    const data = await api.analysis<MapResponse>("map", { ...params, province });
    const highlight = { place: row.adopter.place.code, earlier: row.neighbours.filter((n) => n.before).map((n) => n.place.code) };
    replace(host, h("h3", {}, nw("mapTitle", { place: row.adopter.place.shortName })), drawMap(data, highlight), mapKey(true), mapNotes(data));
  } catch (err) {
    replace(host, failure(err));
  }
}

function adopterList(data: NeighboursResponse, chosen: NeighbourRow | undefined, ctx: DiffusionContext, show: (code: string) => void): HTMLElement {
  return h(
    "section",
    { class: "card adopter-list" },
    h("h3", {}, w("adopters", { n: data.adopters.length })),
    h(
      "ol",
      {},
      data.adopters.map((r) =>
        h(
          "li",
          { "data-place": r.adopter.place.code, class: r === chosen ? "chosen" : "" },
          h("div", {}, h("strong", {}, String(r.adopter.year)), " ", h("button", { class: "link", title: nw("show"), onclick: () => show(r.adopter.place.code) }, r.adopter.place.shortName), " · ", evidenceButton(ctx, r.adopter.evidence, r.adopter.evidence.docNumber ?? r.adopter.evidence.title)),
          h(
            "div",
            { class: "muted small-note" },
            r.earlier
              ? [`${nw("earlier")}: `, ...r.neighbours.filter((n) => n.before).flatMap((n, i) => [i ? "、" : "", n.evidence ? evidenceButton(ctx, n.evidence, `${n.place.shortName} ${n.year}`) : `${n.place.shortName} ${n.year}`])]
              : `${nw("noEarlier")} (${nw("neighbours", { n: r.neighbours.length, un: r.neighbours.filter((n) => !n.observed).length })})`,
          ),
        ),
      ),
    ),
  );
}
