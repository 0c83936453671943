/**
 * The canvas toolbar: undo/redo (with what they would undo in the tooltip), fit, expand the
 * selection, collapse/hide/pin it, the paths and Cypher panels, and the export menu.
 */
import { h, replace } from "../../dom.js";
import { t, type MessageKey } from "../../i18n.js";

export interface ToolbarActions {
  undo(): void;
  redo(): void;
  fit(): void;
  expandSelected(): void;
  hideSelected(): void;
  pinSelected(): void;
  clear(): void;
  openPaths(): void;
  openCypher(): void;
  exportAs(kind: ExportKind, title: string): void;
  copyLink(): void;
  defaultTitle(): string;
}

export type ExportKind = "png" | "png-transparent" | "svg" | "json" | "csv-nodes" | "csv-edges" | "graphml";

const EXPORTS: [ExportKind, MessageKey][] = [
  ["png", "exportPng"],
  ["png-transparent", "exportPngTransparent"],
  ["svg", "exportSvg"],
  ["csv-nodes", "exportCsvNodes"],
  ["csv-edges", "exportCsvEdges"],
  ["graphml", "exportGraphml"],
  ["json", "exportJson"],
];

export function renderToolbar(root: HTMLElement, a: ToolbarActions): { update(canUndo: string | null, canRedo: string | null): void } {
  const button = (key: MessageKey, icon: string, run: () => void, iconOnly = false) =>
    h(
      "button",
      { class: "tool", "aria-label": t(key), title: t(key), onclick: run, "data-action": key },
      icon ? h("span", { class: "tool-icon", "aria-hidden": "true" }, icon) : null,
      iconOnly ? null : h("span", { class: "tool-text" }, t(key)),
    );
  const undo = button("undo", "↶", a.undo, true);
  const redo = button("redo", "↷", a.redo, true);
  const titleInput = h("input", { type: "text", class: "export-title", "aria-label": t("exportTitle") });
  const exportMenu = h(
    "details",
    {
      class: "export-menu",
      ontoggle: (ev) => {
        if ((ev.target as HTMLDetailsElement).open && !titleInput.value) titleInput.value = a.defaultTitle();
      },
    },
    h("summary", { class: "tool", "aria-label": t("export") }, "⤓ ", t("export")),
    h(
      "div",
      { class: "export-items" },
      h("label", { class: "field" }, t("exportTitle"), titleInput),
      EXPORTS.map(([kind, key]) =>
        h(
          "button",
          {
            "data-export": kind,
            onclick: () => {
              a.exportAs(kind, titleInput.value || a.defaultTitle());
              exportMenu.open = false;
            },
          },
          t(key),
        ),
      ),
    ),
  );
  replace(
    root,
    h("div", { class: "tool-group" }, undo, redo, button("fit", "⤢", a.fit, true)),
    h(
      "div",
      { class: "tool-group" },
      button("expandSelected", "✚", a.expandSelected),
      button("hide", "⊘", a.hideSelected),
      button("pin", "", a.pinSelected),
      button("clear", "✕", a.clear),
    ),
    h("div", { class: "tool-group" }, button("paths", "⇢", a.openPaths), button("cypher", "", a.openCypher)),
    h("div", { class: "tool-group" }, exportMenu, button("copyLink", "", a.copyLink)),
  );
  return {
    update(canUndo, canRedo) {
      undo.disabled = canUndo === null;
      redo.disabled = canRedo === null;
      undo.title = canUndo ? `${t("undo")}: ${canUndo}` : t("undo");
      redo.title = canRedo ? `${t("redo")}: ${canRedo}` : t("redo");
    },
  };
}
