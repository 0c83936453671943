/**
 * The document reader: the whole text with its outline on the side, entity names and
 * relation sentences highlighted, and the quote it was opened on scrolled into view. Every
 * piece of the document goes in as a text node, so markup in a document stays text.
 */
import type { DocumentDetail } from "../../../server/schema/api.js";
import { h, replace } from "../../dom.js";
import { labelName, relName, t } from "../../i18n.js";
import { labelStyle } from "../../graph/style.js";
import { runs } from "./segments.js";

export interface ReaderActions {
  openEntity(id: string): void;
}

/** Fills `root` with the document; `focus` is the quote to show first. */
export function renderReader(root: HTMLElement, doc: DocumentDetail, focus: { start: number; end: number } | null, actions: ReaderActions): void {
  const d = doc.document;
  const textEl = h("div", { class: "doc-text", tabindex: "0", "aria-label": d.title });
  const anchorEls = new Map<string, HTMLElement>();
  let focusEl: HTMLElement | null = null;

  const pieces: Node[] = [];
  for (const run of runs(doc.text.length, doc.spans, focus, doc.outline)) {
    for (const id of run.anchors) {
      const anchor = h("span", { class: "anchor", "data-outline": id });
      anchorEls.set(id, anchor);
      pieces.push(anchor);
    }
    const content = doc.text.slice(run.start, run.end);
    if (run.kinds.length === 0) {
      pieces.push(document.createTextNode(content));
      continue;
    }
    const title = [run.entity ? `${run.entity.name} · ${labelName(run.entity.tag)}` : null, run.relation ? relName(run.relation.tag) : null].filter(Boolean).join(" — ");
    const mark = h("mark", { class: run.kinds.join(" "), title, style: run.entity ? `--mark:${labelStyle(run.entity.tag).color}` : null }, content);
    if (run.entity) {
      const ref = run.entity.ref;
      mark.addEventListener("click", () => actions.openEntity(ref));
    }
    if (run.kinds.includes("focus") && !focusEl) focusEl = mark;
    pieces.push(mark);
  }
  textEl.append(...pieces);

  const outline = h(
    "nav",
    { class: "outline", "aria-label": t("outline") },
    h("h3", {}, t("outline")),
    h(
      "ol",
      {},
      doc.outline.map((item) =>
        h(
          "li",
          { style: `--depth:${item.depth}` },
          h(
            "button",
            {
              class: "link",
              onclick: () => anchorEls.get(item.id)?.scrollIntoView({ block: "start", behavior: "smooth" }),
            },
            [item.path, item.title].filter(Boolean).join(" "),
          ),
        ),
      ),
    ),
  );

  const meta = [
    d.issuers.length ? `${t("issuers")}: ${d.issuers.join("、")}` : null,
    d.publishedOn ? `${t("publishedOn")}: ${d.publishedOn}` : null,
    d.docNumber ? `${t("docNumber")}: ${d.docNumber}` : null,
    d.region,
  ].filter((x): x is string => Boolean(x));

  replace(
    root,
    h("header", { class: "reader-head" }, h("h2", { id: "reader-title" }, d.title), h("p", { class: "muted" }, meta.join(" · "))),
    h("div", { class: "reader-body" }, outline, textEl),
  );
  const target = focusEl as HTMLElement | null;
  if (target) requestAnimationFrame(() => target.scrollIntoView({ block: "center" }));
}
