/**
 * The start view: what the corpus holds, before anyone has searched. Documents by region and
 * by year as plain SVG bars, the most connected entities as chips that open a graph in one
 * click, the documents themselves, and how many nodes of each label there are.
 */
import type { DocumentSummary, Stats } from "../../../server/schema/api.js";
import { h } from "../../dom.js";
import { labelName, t } from "../../i18n.js";
import { labelStyle } from "../../graph/style.js";
import { badge } from "../search/search.js";
import { findingsCard, type FindingActions } from "./findings.js";

export interface StartActions extends FindingActions {
  openEntity(id: string): void;
  openDocument(id: string): void;
}

const SVG = "http://www.w3.org/2000/svg";

export function renderStart(stats: Stats, docs: DocumentSummary[], actions: StartActions): HTMLElement {
  const totalNodes = Object.values(stats.labels).reduce((a, b) => a + b, 0);
  const totalRels = Object.values(stats.types).reduce((a, b) => a + b, 0);
  const regions = stats.documentsByRegion.map((r) => ({
    key: r.region ?? t("unknown"),
    count: r.count,
    open: r.regionCode ? () => actions.openEntity(`region:${r.regionCode}`) : undefined,
  }));
  const years = [...stats.documentsByYear].sort((a, b) => (a.year ?? 0) - (b.year ?? 0)).map((y) => ({ key: y.year === null ? t("unknown") : String(y.year), count: y.count }));

  return h(
    "div",
    { class: "start" },
    findingsCard(actions),
    h(
      "section",
      { class: "card summary", "aria-label": t("corpus") },
      h("h2", {}, t("corpus")),
      h(
        "p",
        { class: "big-numbers" },
        h("span", {}, h("strong", {}, stats.labels.Document ?? docs.length), " ", t("documents")),
        h("span", {}, h("strong", {}, totalNodes), " ", t("nodes")),
        h("span", {}, h("strong", {}, totalRels), " ", t("relationships")),
      ),
      h(
        "ul",
        { class: "label-counts" },
        Object.entries(stats.labels)
          .sort((a, b) => b[1] - a[1])
          .map(([label, n]) => h("li", {}, badge(label), h("span", {}, n))),
      ),
    ),
    h("section", { class: "card", "aria-label": t("topEntities") }, h("h2", {}, t("topEntities")), h("div", { class: "chips" }, stats.topEntities.map((e) => entityChip(e, actions)))),
    h("section", { class: "card", "aria-label": t("documentsByRegion") }, h("h2", {}, t("documentsByRegion")), barList(regions)),
    h("section", { class: "card", "aria-label": t("documentsByYear") }, h("h2", {}, t("documentsByYear")), columnChart(years)),
    h(
      "section",
      { class: "card wide", "aria-label": t("documents") },
      h("h2", {}, t("documents")),
      h(
        "ul",
        { class: "doc-list" },
        docs.map((d) =>
          h(
            "li",
            {},
            h("button", { class: "link", onclick: () => actions.openDocument(d.id) }, d.title),
            h("span", { class: "muted" }, [d.region, d.publishedOn, d.docNumber].filter(Boolean).join(" · ")),
            h("button", { class: "small", "aria-label": `${t("openGraph")}: ${d.title}`, onclick: () => actions.openEntity(d.id) }, t("openGraph")),
          ),
        ),
      ),
    ),
  );
}

function entityChip(e: Stats["topEntities"][number], actions: StartActions): HTMLElement {
  return h(
    "button",
    { class: "chip", style: `--chip:${labelStyle(e.label).color}`, title: `${labelName(e.label)} · ${t("degree")} ${e.degree}`, onclick: () => actions.openEntity(e.id) },
    h("span", { class: "chip-dot", "aria-hidden": "true" }),
    e.name,
    h("span", { class: "chip-count" }, e.degree),
  );
}

/** Horizontal bars, one row per item, longest first; rows with an action are buttons. */
function barList(items: { key: string; count: number; open?: (() => void) | undefined }[]): HTMLElement {
  const max = Math.max(1, ...items.map((i) => i.count));
  return h(
    "ul",
    { class: "bars" },
    items.map((i) => {
      const row = [h("span", { class: "bar-key" }, i.key), h("span", { class: "bar-track" }, h("span", { class: "bar", style: `width:${(100 * i.count) / max}%` })), h("span", { class: "bar-count" }, i.count)];
      return h("li", {}, i.open ? h("button", { class: "bar-row", onclick: i.open }, row) : h("div", { class: "bar-row" }, row));
    }),
  );
}

/** Vertical columns drawn in SVG; the year labels sit under each column. */
function columnChart(items: { key: string; count: number }[]): SVGSVGElement {
  const w = 34;
  const height = 120;
  const max = Math.max(1, ...items.map((i) => i.count));
  const svg = document.createElementNS(SVG, "svg");
  svg.setAttribute("viewBox", `0 0 ${Math.max(1, items.length) * w + 10} ${height + 36}`);
  svg.setAttribute("class", "columns");
  svg.setAttribute("role", "img");
  svg.setAttribute("aria-label", items.map((i) => `${i.key}: ${i.count}`).join(", "));
  items.forEach((item, i) => {
    const bh = (height * item.count) / max;
    const x = 8 + i * w;
    svg.append(
      el("rect", { x, y: 16 + height - bh, width: w - 10, height: bh, rx: 3, class: "column" }),
      text(item.count, x + (w - 10) / 2, 12 + height - bh, "column-count"),
      text(item.key, x + (w - 10) / 2, height + 32, "column-key"),
    );
  });
  return svg;
}

function el(name: string, attrs: Record<string, string | number>): SVGElement {
  const e = document.createElementNS(SVG, name);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  return e;
}

function text(content: string | number, x: number, y: number, cls: string): SVGElement {
  const e = el("text", { x, y, class: cls, "text-anchor": "middle" });
  e.textContent = String(content);
  return e;
}
