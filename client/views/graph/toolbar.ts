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
  exportAs(kind: ExportKind, title: string, options: ExportOptions): void;
  copyLink(): void;
  defaultTitle(): string;
}

export type ExportKind =
  | "png"
  | "svg"
  | "svg-portable"
  | "pdf-a4"
  | "pdf-16x9"
  | "json"
  | "csv-nodes"
  | "csv-edges"
  | "csv-nodes-plain"
  | "csv-edges-plain"
  | "graphml"
  | "gexf";

export interface ExportOptions {
  /** PNG pixels per screen pixel. */
  scale: 1 | 2 | 4;
  transparent: boolean;
  /** Data exports also carry the stored relationships parallel to a shown one. */
  parallel: boolean;
}

const IMAGES: [ExportKind, MessageKey][] = [
  ["svg", "exportSvg"],
  ["svg-portable", "exportSvgPortable"],
  ["pdf-a4", "exportPdfA4"],
  ["pdf-16x9", "exportPdfSlide"],
];
const DATA: [ExportKind, MessageKey][] = [
  ["csv-nodes", "exportCsvNodes"],
  ["csv-edges", "exportCsvEdges"],
  ["csv-nodes-plain", "exportCsvNodesPlain"],
  ["csv-edges-plain", "exportCsvEdgesPlain"],
  ["graphml", "exportGraphml"],
  ["gexf", "exportGexf"],
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
  const scaleSelect = h("select", { class: "export-scale", "aria-label": t("exportScale") }, ...[1, 2, 4].map((s) => h("option", { value: String(s), ...(s === 2 ? { selected: true } : {}) }, `${s}×`)));
  const transparentBox = h("input", { type: "checkbox", class: "export-transparent" });
  const parallelBox = h("input", { type: "checkbox", class: "export-parallel" });
  const options = (): ExportOptions => ({ scale: Number(scaleSelect.value) as ExportOptions["scale"], transparent: transparentBox.checked, parallel: parallelBox.checked });
  const item = ([kind, key]: [ExportKind, MessageKey]) =>
    h(
      "button",
      {
        "data-export": kind,
        onclick: () => {
          a.exportAs(kind, titleInput.value || a.defaultTitle(), options());
          exportMenu.open = false;
        },
      },
      t(key),
    );
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
      h("div", { class: "export-row" }, item(["png", "exportPng"]), h("label", { class: "field" }, t("exportScale"), scaleSelect)),
      h("label", { class: "check" }, transparentBox, t("exportTransparent")),
      IMAGES.map(item),
      h("hr"),
      h("label", { class: "check" }, parallelBox, t("exportParallel")),
      DATA.map(item),
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
