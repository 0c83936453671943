/**
 * The paths panel: two entities, picked from the selection or by search, and the shortest
 * (or all) paths between them, which the canvas then highlights.
 */
import type { PathsResult } from "../../../server/schema/api.js";
import { api } from "../../api.js";
import { h, replace } from "../../dom.js";
import { t } from "../../i18n.js";
import { createSearch } from "../search/search.js";

export interface PathEnds {
  from: { id: string; name: string } | null;
  to: { id: string; name: string } | null;
}

export interface PathsActions {
  selection(): { id: string; name: string }[];
  show(result: PathsResult): Promise<void>;
}

export function renderPaths(ends: PathEnds, actions: PathsActions): HTMLElement {
  const status = h("p", { class: "status", role: "status" });
  const endLabel = (which: "from" | "to") => h("span", { class: "path-end" }, ends[which]?.name ?? "—");
  const fromLabel = endLabel("from");
  const toLabel = endLabel("to");
  const setEnd = (which: "from" | "to", v: { id: string; name: string }) => {
    ends[which] = v;
    replace(which === "from" ? fromLabel : toLabel, v.name);
  };
  const mode = h("select", { "aria-label": t("pathModeShortest") }, h("option", { value: "shortest" }, t("pathModeShortest")), h("option", { value: "all" }, t("pathModeAll")));
  const maxLength = h("input", { type: "number", min: 1, max: 6, value: 4, "aria-label": t("maxLength") });

  const run = async () => {
    if (!ends.from || !ends.to) return;
    replace(status, t("loading"));
    try {
      const res = await api.paths(ends.from.id, ends.to.id, mode.value as "shortest" | "all", Number(maxLength.value) || 4);
      replace(status, res.paths.length ? t("pathsFound", { n: res.paths.length }) : t("noPath"));
      if (res.paths.length) await actions.show(res);
    } catch (err) {
      replace(status, `${t("error")}: ${(err as Error).message}`);
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
    h("div", { class: "row" }, mode, h("label", {}, t("maxLength"), " ", maxLength)),
    h("button", { class: "primary", onclick: run }, t("findPaths")),
    status,
  );
}
