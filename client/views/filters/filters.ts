/**
 * The sidebar: the legend (one row per label, doubling as the label filter), relationship
 * types, document, region and a publication-year range, plus layout and node size. Changes
 * go straight to the canvas, which hides and shows elements in place.
 */
import type { DocumentSummary } from "../../../server/schema/api.js";
import { isMetadataColumn } from "../../../server/schema/sidecar.js";
import { h, replace } from "../../dom.js";
import { labelName, NODE_LABELS, REL_TYPES, relName, t } from "../../i18n.js";
import { NO_FILTERS, type FilterState } from "../../graph/filters.js";
import { LAYOUTS, type LayoutName } from "../../graph/layouts.js";
import { shapePath } from "../../../server/render/shapes.js";
import { labelStyle, type SizeMode } from "../../graph/style.js";

export interface SidebarState {
  filters: FilterState;
  layout: LayoutName;
  sizeBy: SizeMode;
  /** Labels and types present on the canvas, with counts. */
  labelCounts: Map<string, number>;
  typeCounts: Map<string, number>;
}

export interface SidebarActions {
  setFilters(f: FilterState): void;
  runLayout(name: LayoutName): void;
  setSizeBy(mode: SizeMode): void;
}

const LAYOUT_KEYS = { fcose: "layoutFcose", concentric: "layoutConcentric", breadthfirst: "layoutBreadthfirst", grid: "layoutGrid" } as const;

export function renderSidebar(root: HTMLElement, state: SidebarState, docs: DocumentSummary[], actions: SidebarActions): void {
  const f = state.filters;
  const update = (patch: Partial<FilterState>) => actions.setFilters({ ...state.filters, ...patch });
  const toggle = (list: string[], item: string, on: boolean) => (on ? list.filter((x) => x !== item) : [...list, item]);

  const years = docs.map((d) => Number(d.publishedOn?.slice(0, 4))).filter((y) => y > 0);
  const minYear = years.length ? Math.min(...years) : 2010;
  const maxYear = years.length ? Math.max(...years) : new Date().getFullYear();
  const from = f.yearFrom ?? minYear;
  const to = f.yearTo ?? maxYear;
  const yearOut = h("output", { class: "year-out" }, `${from} – ${to}`);
  const range = (which: "from" | "to") =>
    h("input", {
      type: "range",
      min: minYear,
      max: maxYear,
      step: 1,
      value: which === "from" ? from : to,
      "aria-label": which === "from" ? t("yearFrom") : t("yearTo"),
      class: `year-${which}`,
      oninput: () => {
        // Read both thumbs: the other one may have moved since this one was rendered.
        const a = Number(root.querySelector<HTMLInputElement>(".year-from")!.value);
        const b = Number(root.querySelector<HTMLInputElement>(".year-to")!.value);
        const lo = Math.min(a, b);
        const hi = Math.max(a, b);
        yearOut.textContent = `${lo} – ${hi}`;
        const all = lo === minYear && hi === maxYear;
        update({ yearFrom: all ? null : lo, yearTo: all ? null : hi });
      },
    });

  const regions = new Map<string, string>();
  for (const d of docs) if (d.regionCode) regions.set(d.regionCode, d.region ?? d.regionCode);

  replace(
    root,
    h(
      "section",
      { class: "side-section", "aria-label": t("legend") },
      h("h2", {}, t("legend"), " · ", t("labels")),
      h(
        "ul",
        { class: "legend" },
        NODE_LABELS.filter((l) => state.labelCounts.has(l) || f.hiddenLabels.includes(l)).map((label) =>
          h(
            "li",
            {},
            h(
              "label",
              {},
              h("input", { type: "checkbox", checked: !f.hiddenLabels.includes(label), onchange: (ev) => update({ hiddenLabels: toggle(f.hiddenLabels, label, (ev.target as HTMLInputElement).checked) }) }),
              swatch(label),
              h("span", {}, labelName(label)),
              h("span", { class: "count" }, state.labelCounts.get(label) ?? 0),
            ),
          ),
        ),
      ),
    ),
    h(
      "section",
      { class: "side-section", "aria-label": t("relTypes") },
      h("h2", {}, t("relTypes")),
      h(
        "ul",
        { class: "legend" },
        REL_TYPES.filter((r) => state.typeCounts.has(r) || f.hiddenTypes.includes(r)).map((type) =>
          h(
            "li",
            {},
            h(
              "label",
              {},
              h("input", { type: "checkbox", checked: !f.hiddenTypes.includes(type), onchange: (ev) => update({ hiddenTypes: toggle(f.hiddenTypes, type, (ev.target as HTMLInputElement).checked) }) }),
              h("span", {}, relName(type)),
              h("span", { class: "count" }, state.typeCounts.get(type) ?? 0),
            ),
          ),
        ),
      ),
    ),
    h(
      "section",
      { class: "side-section", "aria-label": t("filters") },
      h("h2", {}, t("filters")),
      h(
        "label",
        { class: "field" },
        t("document"),
        h(
          "select",
          { "aria-label": t("document"), class: "doc-filter", onchange: (ev) => update({ docIds: (ev.target as HTMLSelectElement).value ? [(ev.target as HTMLSelectElement).value] : [] }) },
          h("option", { value: "" }, t("allDocuments")),
          docs.map((d) => h("option", { value: d.id, selected: f.docIds.includes(d.id) }, d.title)),
        ),
      ),
      h(
        "label",
        { class: "field" },
        t("region"),
        h(
          "select",
          { "aria-label": t("region"), onchange: (ev) => update({ regionCodes: (ev.target as HTMLSelectElement).value ? [(ev.target as HTMLSelectElement).value] : [] }) },
          h("option", { value: "" }, t("allRegions")),
          [...regions].map(([code, name]) => h("option", { value: code, selected: f.regionCodes.includes(code) }, name)),
        ),
      ),
      h("div", { class: "field" }, h("span", {}, t("yearRange"), " ", yearOut), range("from"), range("to")),
      sidecarColumns(docs).map(([column, values]) =>
        h(
          "label",
          { class: "field" },
          column,
          h(
            "select",
            {
              "aria-label": column,
              class: "prop-filter",
              onchange: (ev) => {
                const { [column]: _, ...rest } = f.docProps;
                const value = (ev.target as HTMLSelectElement).value;
                update({ docProps: value ? { ...rest, [column]: value } : rest });
              },
            },
            h("option", { value: "" }, t("allDocuments")),
            values.map((v) => h("option", { value: v, selected: f.docProps[column] === v }, v)),
          ),
        ),
      ),
      h("button", { class: "small", onclick: () => actions.setFilters(NO_FILTERS) }, t("resetFilters")),
    ),
    h(
      "section",
      { class: "side-section" },
      h("h2", {}, t("layout")),
      h(
        "select",
        { "aria-label": t("layout"), class: "layout-select", onchange: (ev) => actions.runLayout((ev.target as HTMLSelectElement).value as LayoutName) },
        LAYOUTS.map((l) => h("option", { value: l, selected: l === state.layout }, t(LAYOUT_KEYS[l]))),
      ),
      h("button", { class: "small", onclick: () => actions.runLayout(state.layout) }, t("runLayout")),
      h("h2", {}, t("sizeBy")),
      h(
        "div",
        { class: "seg", role: "radiogroup", "aria-label": t("sizeBy") },
        (["degree", "fund"] as const).map((mode) =>
          h("label", {}, h("input", { type: "radio", name: "size-by", value: mode, checked: state.sizeBy === mode, onchange: () => actions.setSizeBy(mode) }), t(mode === "degree" ? "sizeByDegree" : "sizeByFund")),
        ),
      ),
    ),
  );
}

/** Sidecar columns of the researcher's own coding (效力级别, coder, source) with 2 to 30 values; title, issuer, date and place have filters of their own. */
const MAX_FILTER_VALUES = 30;

/**
 * A value that locates a file rather than codes a document: a commit hash, a URL, a path or an
 * owner/repository. Provenance columns hold them (the corpus's SOURCES.tsv has repo, path and
 * commit), and a list of hashes is no filter anyone picks from.
 */
const isLocator = (value: string) =>
  /^[0-9a-f]{7,64}$/i.test(value) || /^[a-z][a-z0-9+.-]*:\/\//i.test(value) || /^[\w.-]+\/[\w.-]+$/.test(value) || /[\\/].*\.[a-z0-9]{2,5}$/i.test(value);

/** The documents' sidecar columns with few enough distinct values to pick from, each with its values sorted. */
export function sidecarColumns(docs: DocumentSummary[]): [string, string[]][] {
  const values = new Map<string, Set<string>>();
  for (const d of docs) {
    for (const [k, v] of Object.entries(d.extra)) if (!isMetadataColumn(k)) (values.get(k) ?? values.set(k, new Set()).get(k)!).add(v);
  }
  return [...values]
    .filter(([, vs]) => vs.size >= 2 && vs.size <= MAX_FILTER_VALUES && ![...vs].some(isLocator))
    .map(([k, vs]) => [k, [...vs].sort()] as [string, string[]]);
}

const SVG = "http://www.w3.org/2000/svg";

/** The label's shape in its colour, as drawn on the canvas. */
export function swatch(label: string, size = 16): SVGSVGElement {
  const svg = document.createElementNS(SVG, "svg");
  svg.setAttribute("width", String(size));
  svg.setAttribute("height", String(size));
  svg.setAttribute("viewBox", `0 0 ${size} ${size}`);
  svg.setAttribute("aria-hidden", "true");
  svg.setAttribute("class", "swatch");
  const path = document.createElementNS(SVG, "path");
  path.setAttribute("d", shapePath(labelStyle(label), size / 2, size / 2, size - 2, size - 2));
  path.setAttribute("fill", labelStyle(label).color);
  svg.append(path);
  return svg;
}
