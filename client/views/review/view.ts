/**
 * The review tab: the queue of unreviewed edges (least sure and most used by the diffusion views
 * first), each reviewable in place against its sentence; the counts of what reviewers did per
 * label; one document's extraction report; and the reviewed documents as gold annotations.
 */
import type { DocumentSummary } from "../../../server/schema/api.js";
import type { ReviewItem } from "../../../server/schema/review.js";
import { ReviewableType } from "../../../server/schema/review.js";
import { h, replace } from "../../dom.js";
import { errorText } from "../../errors.js";
import { labelName, relName } from "../../i18n.js";
import { reviewApi } from "./api.js";
import { confidenceLevel } from "./confidence.js";
import { reviewControls, reviewerForm, type OnCorrected } from "./controls.js";
import { reviewer } from "./session.js";
import { rw } from "./words.js";

export interface ReviewViewActions {
  openDocument(docId: string, focus: { start: number; end: number } | null): void;
  openEntity(id: string): void;
  /** Told of every correction made here, so that other views drop what they keep. */
  corrected: OnCorrected;
  documents(): DocumentSummary[];
}

/** Kept between renders: the queue's type filter and the report's document. */
const state: { type: string; docId: string } = { type: "", docId: "" };

export function renderReviewView(host: HTMLElement, actions: ReviewViewActions): void {
  const queue = h("section", { class: "card wide review-queue" });
  // Asked once, here, rather than in every queued edge; the view is drawn again once known.
  if (!reviewer()) queue.append(reviewerForm(() => renderReviewView(host, actions)));
  const counts = h("section", { class: "card review-counts" });
  const report = h("section", { class: "card wide review-report" });
  const exports = h("section", { class: "card review-export" });
  replace(host, h("div", { class: "review-grid" }, queue, counts, exports, report));
  const refresh = () => {
    void drawCounts(counts);
    void drawExports(exports);
    if (state.docId) void drawReport(report, actions, onCorrected);
  };
  const onCorrected: OnCorrected = (c, target) => {
    actions.corrected(c, target);
    refresh();
  };
  if (reviewer()) void drawQueue(queue, actions, onCorrected);
  drawReportPicker(report, actions, onCorrected);
  refresh();
}

async function drawQueue(host: HTMLElement, actions: ReviewViewActions, onCorrected: OnCorrected): Promise<void> {
  const redraw = () => void drawQueue(host, actions, onCorrected);
  const types = h(
    "select",
    { class: "queue-type", "aria-label": rw("type"), onchange: (ev: Event) => ((state.type = (ev.target as HTMLSelectElement).value), redraw()) },
    h("option", { value: "" }, rw("allTypes")),
    ReviewableType.options.map((t) => h("option", { value: t, selected: t === state.type }, relName(t))),
  );
  replace(host, h("h2", {}, rw("queue")), types, h("p", { class: "muted" }, "…"));
  try {
    const q = await reviewApi.queue({ limit: 50, ...(state.type ? { type: state.type } : {}) });
    replace(
      host,
      h("h2", {}, rw("queue")),
      h("p", { class: "muted small-note" }, rw("queueNote", { n: q.unreviewed })),
      types,
      q.items.length ? h("ol", { class: "queue-items" }, q.items.map((item) => queueItem(item, actions, onCorrected))) : h("p", { class: "muted" }, rw("queueEmpty")),
    );
  } catch (err) {
    replace(host, h("h2", {}, rw("queue")), h("p", { class: "notice error" }, errorText(err)));
  }
}

function queueItem(item: ReviewItem, actions: ReviewViewActions, onCorrected: OnCorrected): HTMLElement {
  const li = h("li", { class: "queue-item", "data-type": item.type, "data-from": item.from.id, "data-to": item.to.id, "data-doc": item.docId });
  const evidence = { docId: item.docId, start: item.start, end: item.end, quote: item.quote };
  // Once reviewed, the item says what became of it and leaves the queue at the next redraw.
  const done: OnCorrected = (c, target) => {
    li.dataset.reviewed = c.action;
    onCorrected(c, target);
  };
  const confidence = item.confidence === null ? "–" : `${Math.round(item.confidence * 100)}%`;
  li.append(
    h(
      "div",
      { class: "queue-head" },
      h("span", { class: "badge rel" }, relName(item.type)),
      " ",
      h("button", { class: "link", onclick: () => actions.openEntity(item.from.id) }, item.from.name),
      " → ",
      h("button", { class: "link", onclick: () => actions.openEntity(item.to.id) }, item.to.name),
      " ",
      h("span", { class: `score confidence-${confidenceLevel(item.confidence)}`, title: rw("confidence") }, `${rw("confidence")} ${confidence}`),
      " ",
      h("span", { class: "muted", title: rw("impact") }, `${rw("impact")} ${item.impact}`),
      item.rule ? h("span", { class: "rule muted" }, ` · ${item.rule}`) : null,
    ),
    h("blockquote", {}, item.quote),
    h("button", { class: "link doc-link", onclick: () => actions.openDocument(item.docId, { start: item.start, end: item.end }) }, "↗ ", item.docTitle ?? item.docId),
    reviewControls({ kind: "edge", type: item.type, from: item.from.id, to: item.to.id, docId: item.docId, evidence }, done),
  );
  return li;
}

async function drawCounts(host: HTMLElement): Promise<void> {
  try {
    const { items } = await reviewApi.counts();
    const cols = ["accepted", "rejected", "corrected", "added", "orphaned"] as const;
    replace(
      host,
      h("h2", {}, rw("counts")),
      items.length
        ? h(
            "table",
            { class: "review-count-table" },
            h("thead", {}, h("tr", {}, h("th", {}, rw("label")), cols.map((c) => h("th", {}, rw(c))))),
            h("tbody", {}, items.map((r) => h("tr", { "data-label": r.label }, h("th", { scope: "row" }, nameOf(r.label)), cols.map((c) => h("td", { "data-col": c }, r[c]))))),
          )
        : h("p", { class: "muted" }, rw("noCounts")),
    );
  } catch (err) {
    replace(host, h("h2", {}, rw("counts")), h("p", { class: "notice error" }, errorText(err)));
  }
}

const nameOf = (label: string) => (/^[A-Z_]+$/.test(label) ? relName(label) : labelName(label));

function drawReportPicker(host: HTMLElement, actions: ReviewViewActions, onCorrected: OnCorrected): void {
  if (!state.docId) replace(host, h("h2", {}, rw("report")), picker(host, actions, onCorrected));
}

function picker(host: HTMLElement, actions: ReviewViewActions, onCorrected: OnCorrected): HTMLElement {
  return h(
    "select",
    { class: "report-document", "aria-label": rw("pickDocument"), onchange: (ev: Event) => ((state.docId = (ev.target as HTMLSelectElement).value), void drawReport(host, actions, onCorrected)) },
    h("option", { value: "" }, rw("pickDocument")),
    actions.documents().map((d) => h("option", { value: d.id, selected: d.id === state.docId }, d.title ?? d.id)),
  );
}

async function drawReport(host: HTMLElement, actions: ReviewViewActions, onCorrected: OnCorrected): Promise<void> {
  const select = picker(host, actions, onCorrected);
  if (!state.docId) return replace(host, h("h2", {}, rw("report")), select);
  try {
    const r = await reviewApi.report(state.docId);
    const pct = (x: number | null) => (x === null ? "–" : `${Math.round(x * 100)}%`);
    const rows = (list: { key: string; count: number; meanConfidence: number | null; low: number; reviewed?: number }[]) =>
      list.map((x) => h("tr", { "data-label": x.key }, h("th", { scope: "row" }, nameOf(x.key)), h("td", {}, x.count), h("td", {}, pct(x.meanConfidence)), h("td", {}, x.low), h("td", {}, x.reviewed ?? "")));
    replace(
      host,
      h("h2", {}, rw("report")),
      select,
      h("h3", {}, r.title ?? r.docId, " ", h("button", { class: "link", onclick: () => actions.openDocument(r.docId, null) }, "↗ ", rw("openDoc"))),
      h(
        "table",
        { class: "report-table" },
        h("thead", {}, h("tr", {}, h("th", {}, rw("found")), h("th", {}, rw("count")), h("th", {}, rw("meanConfidence")), h("th", {}, rw("low")), h("th", {}, rw("reviewed")))),
        h("tbody", {}, rows(r.labels.map((l) => ({ key: l.label, ...l }))), rows(r.types.map((t) => ({ key: t.type, ...t })))),
      ),
    );
  } catch (err) {
    replace(host, h("h2", {}, rw("report")), select, h("p", { class: "notice error" }, errorText(err)));
  }
}

async function drawExports(host: HTMLElement): Promise<void> {
  try {
    const { items } = await reviewApi.reviewed();
    replace(
      host,
      h("h2", {}, rw("export")),
      h("p", { class: "muted small-note" }, rw("exportNote")),
      items.length
        ? h("ul", { class: "annotation-links" }, items.map((d) => h("li", {}, h("a", { href: reviewApi.annotationUrl(d.docId), download: d.file, "data-doc": d.docId }, d.file), " ", h("span", { class: "muted" }, `${d.title ?? ""} · ${rw("corrections", { n: d.corrections })}`))))
        : h("p", { class: "muted" }, rw("noReviewed")),
      h("p", {}, h("a", { href: "/api/corrections/export", download: "corrections.json" }, rw("exportAll"))),
    );
  } catch (err) {
    replace(host, h("h2", {}, rw("export")), h("p", { class: "notice error" }, errorText(err)));
  }
}
