/**
 * Document similarity: the most similar pairs, by shared policy content or by reused text, and
 * for a chosen pair both texts side by side with the reused passages marked.
 */
import type { PairDetail, SimilarityResponse, SimilarPair } from "../../../server/schema/analysis/similarity.js";
import { api } from "../../api.js";
import { h, replace } from "../../dom.js";
import { words } from "../../i18n.js";
import type { DiffusionContext } from "./index.js";
import { csvLink, emptyLine, loadingLine, percent, sortableTable, yearParams, yearWindow } from "./widgets.js";

const w = words({
  zh: {
    sortBy: "排序依据", textReuse: "文本复用率", jaccard: "内容相似度 (Jaccard)", pairs: "共 {total} 对相似文件,显示前 {n} 对",
    a: "文件 A", b: "文件 B", shared: "共同的政策工具 / 产业 / 指标", longest: "最长复用段 (字)", compare: "对照",
    passages: "复用段落 {n} 处 (高亮)", open: "在原文中查看", none: "没有相似的文件对", pick: "在表中点击“对照”查看复用的段落",
    noPassages: "这对文件没有复用的段落:它们相似在政策内容",
    boilerplate: "文本复用不计公文套话:印发通知语、主送/抄送行、印发日期与落款、联系方式,以及“本办法自…起施行”“由…负责解释”“原《…》同时废止”等结尾条款;也不计出现在五分之一以上文件中的常用短语。",
  },
  en: {
    sortBy: "Rank by", textReuse: "Text reuse", jaccard: "Content similarity (Jaccard)", pairs: "{total} similar pairs, top {n} shown",
    a: "Document A", b: "Document B", shared: "Shared instruments / industries / indicators", longest: "Longest passage (chars)", compare: "Compare",
    passages: "{n} reused passages (highlighted)", open: "Show in text", none: "No similar document pairs", pick: "Click “Compare” in the table to see the reused passages",
    noPassages: "These documents share no passage: they are similar in policy content",
    boilerplate: "Text reuse leaves out boilerplate: transmittal lines, addressee and 抄送 lines, the 印发 date and signature, contact lines, and standard closing clauses (本办法自…起施行, 由…负责解释, 原《…》同时废止); and phrases found in over a fifth of the documents.",
  },
});

export async function render(host: HTMLElement, ctx: DiffusionContext): Promise<void> {
  const bar = h("div", { class: "analysis-bar" });
  const list = h("div", {}, loadingLine());
  const detail = h("section", { class: "reuse-detail", "aria-live": "polite" });
  replace(host, bar, h("p", { class: "muted small-note", "data-note": "boilerplate" }, w("boilerplate")), list, detail);

  const showPair = async (a: string, b: string) => {
    ctx.setParams({ a, b });
    replace(detail, loadingLine());
    const data = await api.analysis<SimilarityResponse>("similarity", { ...yearParams(ctx), limit: 1, a, b });
    replace(detail, data.detail ? sideBySide(data.detail, ctx) : emptyLine());
    detail.scrollIntoView({ block: "start" });
  };
  const load = async () => {
    const sort = ctx.params.get("sort") === "jaccard" ? "jaccard" : "textReuse";
    const params = { ...yearParams(ctx), sort };
    replace(list, loadingLine());
    const data = await api.analysis<SimilarityResponse>("similarity", params);
    const pick = h(
      "select",
      { "aria-label": w("sortBy"), onchange: () => (ctx.setParams({ sort: pick.value }), void load()) },
      (["textReuse", "jaccard"] as const).map((k) => h("option", { value: k, selected: k === sort }, w(k))),
    );
    replace(bar, h("label", {}, `${w("sortBy")} `, pick), yearWindow(ctx, () => void load()), h("span", { class: "muted" }, w("pairs", { total: data.total, n: data.pairs.length })), csvLink("similarity", params));
    replace(list, data.pairs.length ? pairTable(data.pairs, sort, showPair) : emptyLine(w("none")));
    const a = ctx.params.get("a");
    const b = ctx.params.get("b");
    if (a && b) await showPair(a, b);
    else replace(detail, h("p", { class: "muted" }, w("pick")));
  };
  await load();
}

function pairTable(pairs: SimilarPair[], sort: "textReuse" | "jaccard", onCompare: (a: string, b: string) => void): HTMLElement {
  const doc = (d: SimilarPair["a"]) => h("span", {}, d.title, h("br"), h("span", { class: "muted" }, `${d.place ?? "–"} · ${d.year ?? "–"}`));
  return h(
    "div",
    { style: "max-height: 420px; overflow: auto" },
    sortableTable(
      [
        { label: w("a"), value: (p) => p.a.title, cell: (p) => doc(p.a) },
        { label: w("b"), value: (p) => p.b.title, cell: (p) => doc(p.b) },
        { label: w("textReuse"), value: (p) => p.textReuse, cell: (p) => percent(p.textReuse), numeric: true },
        { label: w("jaccard"), value: (p) => p.jaccard, cell: (p) => p.jaccard.toFixed(2), numeric: true },
        { label: w("longest"), value: (p) => p.longestPassage, numeric: true },
        { label: w("shared"), value: (p) => p.sharedInstruments.length + p.sharedIndustries.length + p.sharedIndicators.length, cell: (p) => h("span", { class: "shared-items" }, [...p.sharedInstruments, ...p.sharedIndustries, ...p.sharedIndicators].join("、") || "–") },
        { label: "", value: () => null, cell: (p) => h("button", { class: "small compare", onclick: () => onCompare(p.a.id, p.b.id) }, w("compare")) },
      ],
      pairs,
      { column: sort === "jaccard" ? 3 : 2, descending: true },
      { "data-testid": "similar-pairs" },
    ),
  );
}

/** The text with the given spans wrapped in <mark>, as text nodes only. */
function marked(text: string, spans: { start: number; end: number; index: number }[]): HTMLElement {
  const pane = h("div", { class: "reuse-text" });
  let at = 0;
  for (const s of [...spans].sort((x, y) => x.start - y.start)) {
    if (s.start < at) continue;
    pane.append(text.slice(at, s.start), h("mark", { "data-passage": s.index }, text.slice(s.start, s.end)));
    at = s.end;
  }
  pane.append(text.slice(at));
  return pane;
}

function sideBySide(d: PairDetail, ctx: DiffusionContext): HTMLElement {
  const aPane = marked(d.aText, d.passages.map((p, index) => ({ start: p.aStart, end: p.aEnd, index })));
  const bPane = marked(d.bText, d.passages.map((p, index) => ({ start: p.bStart, end: p.bEnd, index })));
  // Both panes scroll to the same passage, so the reader compares like with like.
  const focus = (index: number) => {
    for (const pane of [aPane, bPane]) {
      pane.querySelectorAll("mark.current").forEach((m) => m.classList.remove("current"));
      const mark = pane.querySelector(`mark[data-passage="${index}"]`);
      mark?.classList.add("current");
      if (mark instanceof HTMLElement) pane.scrollTop = mark.offsetTop - pane.offsetTop - 40;
    }
  };
  const pane = (doc: PairDetail["pair"]["a"], text: HTMLElement) =>
    h("div", { class: "reuse-pane" }, h("h4", {}, doc.title), h("p", { class: "muted" }, `${doc.place ?? "–"} · ${doc.year ?? "–"}`), text);
  const view = h(
    "div",
    {},
    h("h3", {}, d.passages.length ? w("passages", { n: d.passages.length }) : w("noPassages")),
    h(
      "ol",
      { class: "passage-list" },
      d.passages.map((p, i) =>
        h("li", {}, h("button", { class: "link", onclick: () => focus(i) }, p.text.length > 60 ? `${p.text.slice(0, 60)}…` : p.text), " ", h("button", { class: "small open-evidence", onclick: () => ctx.openDocument(d.pair.a.id, { start: p.aStart, end: p.aEnd }) }, w("open"))),
      ),
    ),
    h("div", { class: "reuse-panes", "data-testid": "reuse-panes" }, pane(d.pair.a, aPane), pane(d.pair.b, bPane)),
  );
  if (d.passages.length) requestAnimationFrame(() => focus(0));
  return view;
}
