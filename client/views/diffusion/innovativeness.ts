/**
 * The innovativeness ranking: places by how early they adopt across items (score 0..1, the
 * formula stated under the title), with a bar for the score and the items behind it, each
 * coloured by whether the place was early, late or did not adopt.
 */
import type { InnovativenessResponse, PlaceScore } from "../../../server/schema/analysis/innovativeness.js";
import { api } from "../../api.js";
import { h, replace } from "../../dom.js";
import { words } from "../../i18n.js";
import { baseParams, basePickers, csvLink, failure, picker, toolbar, unassignedList, w } from "./controls.js";
import type { DiffusionContext } from "./index.js";

const iw = words({
  zh: {
    formula: "得分:对每个至少被 {min} 个地区采纳的{dimension},计算晚于该地区采纳的其他地区所占比例(最早采纳为 1,最晚为 0,未采纳为 0);地区得分为其可能采纳的对象(已采纳,或在该地区发文年份之前已有地区采纳)上的平均值。参考 Walker (1969)、Boehmke & Skinner (2012)。",
    rank: "排名",
    score: "创新性得分",
    adopted: "已采纳 / 可能采纳",
    items: "依据(年份与单项得分)",
    notAdopted: "未采纳",
    missed: "可能采纳而未采纳 {n} 项",
  },
  en: {
    formula: "Score: for each {dimension} adopted by at least {min} places, the share of other adopters that adopted later (first 1, last 0, not adopted 0); a place's score is the mean over the items it could have adopted (adopted, or adopted somewhere by a year the place issued documents). After Walker (1969) and Boehmke & Skinner (2012).",
    rank: "Rank",
    score: "Innovativeness",
    adopted: "Adopted / at risk",
    items: "Behind the score (year and item score)",
    notAdopted: "not adopted",
    missed: "{n} at risk but not adopted",
  },
});

export async function render(host: HTMLElement, ctx: DiffusionContext): Promise<void> {
  const draw = () => void render(host, ctx);
  const { dimension, level } = baseParams(ctx);
  const minAdopters = ctx.params.get("minAdopters") ?? "2";
  const params = { dimension, level, minAdopters };
  const controls = () =>
    toolbar(
      ...basePickers(ctx, draw),
      picker("minAdopters", w("minAdopters"), ["2", "3", "5", "10"].map((n) => [n, `≥ ${n}`]), minAdopters, (v) => (ctx.setParams({ minAdopters: v }), draw())),
      csvLink("innovativeness", params),
    );
  replace(host, controls(), h("p", { class: "muted" }, w("loading")));
  let data: InnovativenessResponse;
  try {
    data = await api.analysis<InnovativenessResponse>("innovativeness", params);
  } catch (err) {
    return void host.append(failure(err));
  }
  replace(
    host,
    controls(),
    h(
      "section",
      { class: "card wide" },
      h("p", { class: "muted small-note" }, iw("formula", { min: minAdopters, dimension: w(dimension) })),
      data.places.length ? ranking(data.places) : h("p", { class: "muted" }, w("none")),
    ),
    unassignedList(ctx, data.unassigned),
  );
}

function chip(i: PlaceScore["items"][number]): HTMLElement {
  const kind = i.year === null ? "missed" : i.score >= 0.5 ? "early" : "late";
  const title = `${i.item}: ${i.year ?? iw("notAdopted")} · ${i.score.toFixed(2)} · ${w("adopters", { n: i.adopters })}`;
  return h("span", { class: `score-item ${kind}`, title }, i.year === null ? i.item : `${i.item} ${i.year}`);
}

/** The items a place could have adopted and did not, folded away: they explain a low score. */
function missed(p: PlaceScore): HTMLElement | null {
  const items = p.items.filter((i) => i.year === null);
  if (!items.length) return null;
  return h("details", { class: "missed-items" }, h("summary", { class: "muted" }, iw("missed", { n: items.length })), h("div", { class: "score-items" }, items.map(chip)));
}

function ranking(places: PlaceScore[]): HTMLElement {
  return h(
    "table",
    { class: "ranking" },
    h("thead", {}, h("tr", {}, h("th", { class: "num" }, iw("rank")), h("th", {}, w("place")), h("th", {}, iw("score")), h("th", { class: "num nowrap" }, iw("adopted")), h("th", {}, iw("items")))),
    h(
      "tbody",
      {},
      places.map((p) =>
        h(
          "tr",
          { "data-place": p.place.code },
          h("td", { class: "num" }, String(p.rank)),
          h("th", { class: "nowrap", title: p.place.name }, p.place.shortName),
          h("td", { class: "score" }, h("span", { class: "score-bar", style: `width:${Math.round(p.score * 100)}%` }), h("span", { class: "score-value" }, p.score.toFixed(2))),
          h("td", { class: "num" }, `${p.adopted} / ${p.atRisk}`),
          h("td", {}, h("div", { class: "score-items" }, p.items.filter((i) => i.year !== null).map(chip)), missed(p)),
        ),
      ),
    ),
  );
}
