/**
 * The evidence panel: a node's or an edge's properties and every sentence that supports it,
 * each linking to the document reader at that sentence. Quotes and names are text nodes.
 */
import type { EntityDetail, Evidence } from "../../../server/schema/api.js";
import type { Props, RelType } from "../../../server/schema/graph.js";
import { h } from "../../dom.js";
import { relName, t } from "../../i18n.js";
import { confidenceLine } from "../review/confidence.js";
import { badge } from "../search/search.js";

export interface EvidenceActions {
  openDocument(docId: string, focus: { start: number; end: number } | null): void;
  focusEntity(id: string): void;
  expand(id: string): void;
  docTitle(docId: string): string;
}

export function nodeEvidence(detail: EntityDetail, actions: EvidenceActions): HTMLElement {
  const n = detail.node;
  const groups = new Map<string, Evidence[]>();
  for (const ev of detail.evidence) {
    const key = `${ev.type}:${ev.direction}`;
    groups.set(key, [...(groups.get(key) ?? []), ev]);
  }
  return h(
    "div",
    { class: "evidence" },
    h("header", {}, badge(n.label), h("h2", { class: "entity-name" }, n.name)),
    n.label === "Document" ? null : confidenceLine(null, n.props),
    h("div", { class: "actions" }, h("button", { onclick: () => actions.expand(n.id) }, t("expand"))),
    propsTable(n.props, n.label === "Document" ? n.id : null, actions),
    Object.keys(detail.degreeByType).length
      ? h(
          "ul",
          { class: "degree-by-type" },
          Object.entries(detail.degreeByType).map(([type, count]) => h("li", {}, relName(type), h("span", { class: "count" }, count))),
        )
      : null,
    h("h3", {}, t("evidence"), " ", h("span", { class: "count" }, detail.evidenceTotal > detail.evidence.length ? `${detail.evidence.length} / ${detail.evidenceTotal}` : detail.evidence.length)),
    detail.evidence.length === 0
      ? h("p", { class: "muted" }, t("noEvidence"))
      : [...groups.values()].map((list) =>
          h(
            "section",
            { class: "evidence-group" },
            h("h4", {}, list[0]!.direction === "out" ? `→ ${relName(list[0]!.type)}` : `← ${relName(list[0]!.type)}`),
            h(
              "ol",
              { class: "quotes" },
              list.map((ev) =>
                quoteItem(
                  { docId: ev.docId, docTitle: ev.docTitle, quote: ev.quote, start: ev.start, end: ev.end },
                  h("button", { class: "link other", onclick: () => actions.focusEntity(ev.other.id) }, badge(ev.other.label), ev.other.name),
                  actions,
                ),
              ),
            ),
          ),
        ),
  );
}

export function edgeEvidence(edge: { type: string; sourceName: string; targetName: string; props: Props }, actions: EvidenceActions): HTMLElement {
  const p = edge.props;
  const docId = typeof p.docId === "string" ? p.docId : null;
  const quote = typeof p.quote === "string" ? p.quote : null;
  return h(
    "div",
    { class: "evidence" },
    h("header", {}, h("span", { class: "badge rel" }, relName(edge.type)), h("h2", { class: "entity-name" }, `${edge.sourceName} → ${edge.targetName}`)),
    confidenceLine(edge.type as RelType, p),
    propsTable(p, null, actions),
    h("h3", {}, t("evidence")),
    docId && quote
      ? h(
          "ol",
          { class: "quotes" },
          quoteItem({ docId, docTitle: actions.docTitle(docId), quote, start: num(p.start), end: num(p.end) }, null, actions),
        )
      : h("p", { class: "muted" }, t("noEvidence")),
  );
}

function quoteItem(q: { docId: string; docTitle: string; quote: string; start: number | null; end: number | null }, head: HTMLElement | null, actions: EvidenceActions): HTMLElement {
  const focus = q.start !== null && q.end !== null ? { start: q.start, end: q.end } : null;
  return h(
    "li",
    {},
    head,
    h("blockquote", {}, q.quote),
    h("button", { class: "link doc-link", "aria-label": `${t("openDocument")}: ${q.docTitle}`, onclick: () => actions.openDocument(q.docId, focus) }, "↗ ", q.docTitle || q.docId),
  );
}

// rule, confidence and provenance have their own line (confidenceLine).
const HIDDEN_PROPS = new Set(["quote", "start", "end", "aliasText", "contentHash", "text", "rule", "confidence", "provenance"]);

function propsTable(props: Props, documentId: string | null, actions: EvidenceActions): HTMLElement {
  const rows = Object.entries(props).filter(([k, v]) => !HIDDEN_PROPS.has(k) && v !== null && v !== "" && !(Array.isArray(v) && v.length === 0));
  return h(
    "details",
    { class: "props", open: true },
    h("summary", {}, t("properties")),
    h(
      "table",
      {},
      rows.map(([k, v]) =>
        h(
          "tr",
          {},
          h("th", { scope: "row" }, k),
          h("td", {}, k === "docId" && typeof v === "string" ? h("button", { class: "link", onclick: () => actions.openDocument(v, null) }, actions.docTitle(v)) : Array.isArray(v) ? v.join("、") : formatValue(k, v as string | number | boolean)),
        ),
      ),
    ),
    documentId ? h("button", { class: "small", onclick: () => actions.openDocument(documentId, null) }, t("openDocument")) : null,
  );
}

function formatValue(key: string, v: string | number | boolean): string {
  if (key === "amountYuan" && typeof v === "number") return v >= 1e8 ? `${v / 1e8} 亿元` : v >= 1e4 ? `${v / 1e4} 万元` : `${v} 元`;
  return String(v);
}

const num = (v: unknown) => (typeof v === "number" ? v : null);
