/**
 * The paths panel: two entities, picked from the selection or by search, and the shortest
 * (or all) paths between them, optionally not through documents or MENTIONS hops. The paths
 * are listed one by one with their length and each hop's sentence; a path's row highlights it
 * on the canvas, a sentence opens the reader there. The limit is said when the search stopped at it.
 */
import type { GraphEdge, PathsResult } from "../../../server/schema/api.js";
import { api } from "../../api.js";
import { h, replace } from "../../dom.js";
import { errorText } from "../../errors.js";
import { relName, t } from "../../i18n.js";
import { createSearch } from "../search/search.js";
import { validatePaths } from "./validate.js";

export interface PathEnds {
  from: { id: string; name: string } | null;
  to: { id: string; name: string } | null;
}

export interface PathsActions {
  selection(): { id: string; name: string }[];
  show(result: PathsResult): Promise<void>;
  /** Highlights these paths (edge ids) on the canvas. */
  highlight(paths: string[][]): void;
  openDocument(docId: string, focus: { start: number; end: number } | null): void;
}

export function renderPaths(ends: PathEnds, actions: PathsActions): HTMLElement {
  const status = h("p", { class: "status", role: "status" });
  const list = h("ol", { class: "path-list" });
  const endLabel = (which: "from" | "to") => h("span", { class: "path-end" }, ends[which]?.name ?? "—");
  const fromLabel = endLabel("from");
  const toLabel = endLabel("to");
  const setEnd = (which: "from" | "to", v: { id: string; name: string }) => {
    ends[which] = v;
    replace(which === "from" ? fromLabel : toLabel, v.name);
  };
  const mode = h("select", { "aria-label": t("pathModeShortest") }, h("option", { value: "shortest" }, t("pathModeShortest")), h("option", { value: "all" }, t("pathModeAll")));
  const maxLength = h("input", { type: "number", min: 1, max: 6, value: 4, "aria-label": t("maxLength") });
  const limit = h("input", { type: "number", min: 1, max: 100, value: 10, "aria-label": t("pathLimit") });
  const skipDocuments = h("input", { type: "checkbox", checked: true });
  const skipMentions = h("input", { type: "checkbox", checked: true });

  const run = async () => {
    const checked = validatePaths({
      from: ends.from?.id,
      to: ends.to?.id,
      mode: mode.value,
      maxLength: maxLength.value,
      limit: limit.value,
      skipDocuments: skipDocuments.checked,
      skipMentions: skipMentions.checked,
    });
    replace(list);
    if (!checked.ok) {
      status.classList.add("invalid");
      return replace(status, checked.problems.join(" "));
    }
    status.classList.remove("invalid");
    replace(status, t("loading"));
    try {
      const res = await api.paths(checked.query);
      const skipping = checked.query.skipDocuments || checked.query.skipMentions;
      replace(
        status,
        res.paths.length === 0
          ? t(skipping ? "noPathSkipping" : "noPath")
          : res.more
            ? t("pathsCapped", { n: res.paths.length })
            : t("pathsFound", { n: res.paths.length }),
      );
      if (res.paths.length === 0) return;
      await actions.show(res);
      replace(list, pathItems(res, actions));
    } catch (err) {
      replace(status, errorText(err));
    }
  };

  return h(
    "div",
    { class: "paths" },
    h("h2", {}, t("paths")),
    h(
      "button",
      {
        onclick: () => {
          const sel = actions.selection();
          if (sel[0]) setEnd("from", sel[0]);
          if (sel[1]) setEnd("to", sel[1]);
        },
      },
      t("useSelection"),
    ),
    h("div", { class: "field" }, h("label", {}, t("pathFromLabel"), ": ", fromLabel), createSearch((hit) => setEnd("from", hit), { compact: true })),
    h("div", { class: "field" }, h("label", {}, t("pathToLabel"), ": ", toLabel), createSearch((hit) => setEnd("to", hit), { compact: true })),
    h("div", { class: "row" }, mode, h("label", {}, t("maxLength"), " ", maxLength), h("label", {}, t("pathLimit"), " ", limit)),
    h("label", { class: "check" }, skipDocuments, " ", t("skipDocuments")),
    h("label", { class: "check" }, skipMentions, " ", t("skipMentions")),
    h("button", { class: "primary", onclick: run }, t("findPaths")),
    status,
    list,
  );
}

/** One row per path: its length, then each hop with the sentence that states it. */
function pathItems(res: PathsResult, actions: PathsActions): HTMLElement[] {
  const names = new Map(res.nodes.map((n) => [n.id, n.name]));
  const edges = new Map(res.edges.map((e) => [e.id, e]));
  return res.paths.map((path, i) => {
    const hops = path.map((id) => edges.get(id)).filter((e): e is GraphEdge => e !== undefined);
    const item = h(
      "li",
      { class: "path-item" },
      h("button", { class: "link path-title", onclick: () => actions.highlight([path]) }, t("pathTitle", { i: i + 1, n: path.length })),
      h("ol", { class: "path-hops" }, hops.map((e) => hopItem(e, names, actions))),
    );
    return item;
  });
}

function hopItem(e: GraphEdge, names: Map<string, string>, actions: PathsActions): HTMLElement {
  const quote = typeof e.props.quote === "string" ? e.props.quote : null;
  const docId = typeof e.props.docId === "string" ? e.props.docId : null;
  const start = typeof e.props.start === "number" ? e.props.start : null;
  const end = typeof e.props.end === "number" ? e.props.end : null;
  return h(
    "li",
    { class: "path-hop" },
    h("span", {}, names.get(e.source) ?? e.source, " —", relName(e.type), "→ ", names.get(e.target) ?? e.target),
    quote && docId
      ? h("button", { class: "link path-quote", title: t("openInReader"), onclick: () => actions.openDocument(docId, start !== null && end !== null ? { start, end } : null) }, `“${quote}”`)
      : h("span", { class: "muted path-quote" }, t("noQuote")),
  );
}
