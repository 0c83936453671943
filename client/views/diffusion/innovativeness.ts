/**
 * The innovativeness ranking: places by how early they adopt across items (score 0..1, the
 * formula stated under the title), with a bar for the score and the items behind it, each
 * coloured by whether the place was early, late or did not adopt.
 */
import type { InnovativenessResponse, PlaceScore } from "../../../server/schema/analysis/innovativeness.js";
import { api } from "../../api.js";
import { h, replace } from "../../dom.js";
import { words } from "../../i18n.js";
import { baseParams, basePickers, coverageLine, csvLink, failure, picker, toolbar, unassignedList, w } from "./controls.js";
import type { DiffusionContext } from "./index.js";

const iw = words({
  zh: {
    formula: "得分:对每个至少被 {min} 个地区采纳的{dimension},把都采纳了它的两地配成对:较早采纳者采纳的那一年,另一地处于观测期(该年在其第一份与最后一份文件的年份之间)且尚未采纳,这对才可比;只比较采纳时间,不因提到的工具多(文件多)而得分高;得分 = 较早采纳的对数(同年采纳各计半)÷ 可比对数(类似生存分析的 Harrell C)。观测年份少于 2 年或可比对少于 {pairs} 的地区只列出、不排名。",
    rank: "排名",
    compare: "比较",
    pairsAdopters: "只比较都采纳的地区(时间)",
    pairsAll: "也计入观测期内未采纳的地区",
    score: "创新性得分",
    pairs: "可比对(早/同/晚)",
    coverage: "文件数 · 观测年份",
    adopted: "已采纳 / 可比项目",
    items: "依据(年份与单项得分)",
    notAdopted: "未采纳",
    missed: "观测期内他地已采纳而本地未采纳 {n} 项",
    flagged: "覆盖不足,未排名 ({n})",
    fewYears: "观测年份太少",
    fewComparisons: "可比对太少",
    correlation: "得分与文件数的 Spearman 相关系数: {rho}(接近 0 表示排名不随文件数多少而变)",
  },
  en: {
    formula: "Score: for each {dimension} adopted by at least {min} places, places that both adopted it are compared in pairs; a pair counts when, in the year the earlier one adopted, the other was observed (that year lies between its first and last documents' years) and had not adopted: timing only, so naming more tools (having more documents) earns nothing; score = pairs adopted earlier (same-year ties count half) ÷ comparable pairs (a concordance, like Harrell's C). Places observed in fewer than 2 years or with fewer than {pairs} pairs are listed, not ranked.",
    rank: "Rank",
    compare: "Compare",
    pairsAdopters: "only places that both adopted (timing)",
    pairsAll: "also observed non-adopters",
    score: "Innovativeness",
    pairs: "Pairs (earlier/tied/later)",
    coverage: "Documents · years observed",
    adopted: "Adopted / items compared",
    items: "Behind the score (year and item score)",
    notAdopted: "not adopted",
    missed: "{n} adopted elsewhere while observed, not here",
    flagged: "Too little coverage, not ranked ({n})",
    fewYears: "observed in too few years",
    fewComparisons: "too few comparable pairs",
    correlation: "Spearman correlation of score and documents: {rho} (near 0: the ranking does not follow document counts)",
  },
});

export async function render(host: HTMLElement, ctx: DiffusionContext): Promise<void> {
  const draw = () => void render(host, ctx);
  const { dimension, level, rollup } = baseParams(ctx);
  const minAdopters = ctx.params.get("minAdopters") ?? "2";
  const pairs = ctx.params.get("pairs") === "all" ? "all" : "adopters";
  const params = { dimension, level, rollup, minAdopters, pairs };
  const controls = () =>
    toolbar(
      ...basePickers(ctx, draw),
      picker("minAdopters", w("minAdopters"), ["2", "3", "5", "10"].map((n) => [n, `≥ ${n}`]), minAdopters, (v) => (ctx.setParams({ minAdopters: v }), draw())),
      picker("pairs", iw("compare"), [["adopters", iw("pairsAdopters")], ["all", iw("pairsAll")]], pairs, (v) => (ctx.setParams({ pairs: v }), draw())),
      csvLink("innovativeness", params),
    );
  replace(host, controls(), h("p", { class: "muted" }, w("loading")));
  let data: InnovativenessResponse;
  try {
    data = await api.analysis<InnovativenessResponse>("innovativeness", params);
  } catch (err) {
    return void host.append(failure(err));
  }
  const ranked = data.places.filter((p) => p.rank !== null);
  const flagged = data.places.filter((p) => p.rank === null);
  replace(
    host,
    controls(),
    h(
      "section",
      { class: "card wide" },
      h("p", { class: "muted small-note" }, iw("formula", { min: minAdopters, dimension: w(dimension), pairs: 20 })),
      coverageLine(data.coverage),
      data.documentsCorrelation === null ? null : h("p", { class: "muted small-note", "data-correlation": data.documentsCorrelation.toFixed(2) }, iw("correlation", { rho: data.documentsCorrelation.toFixed(2) })),
      ranked.length ? ranking(ranked) : h("p", { class: "muted" }, w("none")),
    ),
    flagged.length ? h("section", { class: "card wide flagged" }, h("h3", {}, iw("flagged", { n: flagged.length })), ranking(flagged)) : null,
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
    h(
      "thead",
      {},
      h("tr", {}, h("th", { class: "num" }, iw("rank")), h("th", {}, w("place")), h("th", {}, iw("score")), h("th", { class: "num nowrap" }, iw("pairs")), h("th", { class: "num nowrap" }, iw("coverage")), h("th", { class: "num nowrap" }, iw("adopted")), h("th", {}, iw("items"))),
    ),
    h(
      "tbody",
      {},
      places.map((p) =>
        h(
          "tr",
          { "data-place": p.place.code, "data-flag": p.flag ?? "" },
          h("td", { class: "num" }, p.rank === null ? "–" : String(p.rank)),
          h("th", { class: "nowrap", title: p.place.name }, p.place.shortName, p.flag ? h("div", { class: "muted small-note flag" }, p.flag === "few-years" ? iw("fewYears") : iw("fewComparisons")) : null),
          h("td", { class: "score" }, p.score === null ? "–" : [h("span", { class: "score-bar", style: `width:${Math.round(p.score * 100)}%` }), h("span", { class: "score-value" }, p.score.toFixed(2))]),
          h("td", { class: "num nowrap" }, `${p.comparisons} (${p.earlier}/${p.ties}/${p.later})`),
          h("td", { class: "num nowrap" }, `${p.documents} · ${p.years} (${p.firstYear}–${p.lastYear})`),
          h("td", { class: "num" }, `${p.adopted} / ${p.atRisk}`),
          h("td", {}, h("div", { class: "score-items" }, p.items.filter((i) => i.year !== null).map(chip)), missed(p)),
        ),
      ),
    ),
  );
}
