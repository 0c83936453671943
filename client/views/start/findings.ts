/**
 * The start view's first card: what the corpus says about diffusion, before anyone searches.
 * The instruments adopted by the most places, each with its adoption curve in miniature and its
 * first adopters; a click opens the full curve with its adopters and their evidence. 创新券 leads
 * when the corpus has it, since it is the instrument the diffusion literature on China follows.
 */
import type { TimelineOverview, TimelineSeries } from "../../../server/schema/analysis/timeline.js";
import { api } from "../../api.js";
import { h, replace } from "../../dom.js";
import { lang, words } from "../../i18n.js";

const FEATURED = "创新券";
const SHOWN = 6;
const SVG = "http://www.w3.org/2000/svg";

const w = words({
  zh: {
    title: "扩散发现",
    lead: "{item}:语料中有文件的 {observed} 个市级地区里,{n} 个先后采纳({from}–{to}),最早:{first}({year})。",
    open: "查看扩散曲线",
    row: "{n} 地 · 最早 {first}({year})",
    all: "全部扩散曲线",
    none: "语料中还没有被 3 个以上地区采纳的政策工具。",
  },
  en: {
    title: "Diffusion findings",
    lead: "{item}: adopted by {n} of the {observed} cities the corpus has documents of ({from}–{to}); first: {first} ({year}).",
    open: "Open the adoption curve",
    row: "{n} places · first {first} ({year})",
    all: "All adoption curves",
    none: "No policy instrument in the corpus is adopted by 3 or more places yet.",
  },
});

export interface FindingActions {
  openDiffusion(view: string, params: Record<string, string>): void;
}

/** The card, filled once the overview arrives; an error leaves a one-line notice. */
export function findingsCard(actions: FindingActions): HTMLElement {
  const body = h("div", { class: "findings-body" }, h("p", { class: "muted" }, "…"));
  const card = h("section", { class: "card wide findings", "aria-label": w("title") }, h("h2", {}, w("title")), body);
  api
    .analysis<TimelineOverview>("timeline", { dimension: "instrument", level: "city" })
    .then((data) => replace(body, findings(data.series, data.coverage.observed, actions)))
    .catch((err: Error) => replace(body, h("p", { class: "notice error" }, err.message)));
  return card;
}

function findings(series: TimelineSeries[], observed: number, actions: FindingActions): HTMLElement[] {
  if (!series.length) return [h("p", { class: "muted" }, w("none"))];
  const ranked = [...series].sort((a, b) => b.adopters - a.adopters || a.firstYear - b.firstYear);
  const lead = ranked.find((s) => s.item === FEATURED) ?? ranked[0]!;
  const open = (s: TimelineSeries) => () => actions.openDiffusion("timeline", { item: s.item });
  const first = (s: TimelineSeries) => s.firstAdopters.map((p) => p.shortName).join("、");
  const lastYear = (s: TimelineSeries) => s.curve[s.curve.length - 1]?.year ?? s.firstYear;
  return [
    h(
      "div",
      { class: "finding-lead" },
      sparkline(lead, 220, 80),
      h(
        "div",
        {},
        h("p", {}, w("lead", { item: lead.item, observed, n: lead.adopters, from: lead.firstYear, to: lastYear(lead), first: first(lead), year: lead.firstYear })),
        h("button", { class: "primary", "data-finding": lead.item, onclick: open(lead) }, `${w("open")} →`),
      ),
    ),
    h(
      "ul",
      { class: "finding-list" },
      ranked
        .filter((s) => s !== lead)
        .slice(0, SHOWN - 1)
        .map((s) =>
          h(
            "li",
            {},
            h(
              "button",
              { class: "finding", "data-finding": s.item, onclick: open(s) },
              sparkline(s, 90, 28),
              h("strong", {}, s.item),
              h("span", { class: "muted" }, w("row", { n: s.adopters, first: first(s), year: s.firstYear })),
            ),
          ),
        ),
    ),
    h("button", { class: "link", onclick: () => actions.openDiffusion("timeline", {}) }, `${w("all")} →`),
  ];
}

/** The cumulative adoption curve as a step line, first year left, last right. */
function sparkline(s: TimelineSeries, width: number, height: number): SVGSVGElement {
  const svg = document.createElementNS(SVG, "svg");
  svg.setAttribute("viewBox", `0 0 ${width} ${height}`);
  svg.setAttribute("width", String(width));
  svg.setAttribute("height", String(height));
  svg.setAttribute("class", "sparkline");
  svg.setAttribute("role", "img");
  svg.setAttribute("aria-label", s.curve.map((p) => `${p.year}: ${p.cumulative}`).join(lang() === "zh" ? "," : ", "));
  const years = s.curve.map((p) => p.year);
  const [y0, y1] = [Math.min(...years), Math.max(...years)];
  const x = (year: number) => 2 + ((width - 4) * (year - y0)) / Math.max(1, y1 - y0);
  const y = (n: number) => height - 2 - ((height - 4) * n) / Math.max(1, s.adopters);
  let d = `M${x(y0)},${y(0)}`;
  for (const p of s.curve) d += ` V${y(p.cumulative)} H${x(p.year + (p.year === y1 ? 0 : 1))}`;
  const path = document.createElementNS(SVG, "path");
  path.setAttribute("d", d);
  svg.append(path);
  return svg;
}
