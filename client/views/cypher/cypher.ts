/**
 * The read-only Cypher console: graph answers open in the canvas, everything else is shown
 * as a table. Cells are text; nodes and relationships are summarised by their name or type.
 */
import type { CypherResult, GraphResult } from "../../../server/schema/api.js";
import { api } from "../../api.js";
import { h, replace } from "../../dom.js";
import { t } from "../../i18n.js";

export function renderCypher(openGraph: (g: GraphResult) => Promise<void>, initial = ""): HTMLElement {
  const area = h("textarea", { class: "cypher-input", rows: 6, spellcheck: "false", "aria-label": t("cypher"), placeholder: t("cypherHint") });
  area.value = initial;
  const status = h("p", { class: "status", role: "status" });
  const out = h("div", { class: "cypher-out" });
  const run = async () => {
    if (!area.value.trim()) return;
    replace(status, t("loading"));
    replace(out);
    try {
      const res = await api.cypher(area.value);
      replace(status, `${t("rows", { n: res.rows.length })}${res.truncated ? " (truncated)" : ""} · ${Math.round(res.ms)} ms`);
      replace(out, table(res));
      if (res.graph && res.graph.nodes.length) await openGraph(res.graph);
    } catch (err) {
      replace(status, `${t("error")}: ${(err as Error).message}`);
    }
  };
  area.addEventListener("keydown", (ev) => {
    if (ev.key === "Enter" && (ev.ctrlKey || ev.metaKey)) void run();
  });
  return h("div", { class: "cypher" }, h("h2", {}, t("cypher")), area, h("button", { class: "primary", onclick: run }, t("cypherRun"), " (Ctrl+Enter)"), status, out);
}

function table(res: CypherResult): HTMLElement {
  return h(
    "table",
    { class: "result-table" },
    h("thead", {}, h("tr", {}, res.columns.map((c) => h("th", { scope: "col" }, c)))),
    h("tbody", {}, res.rows.slice(0, 500).map((row) => h("tr", {}, row.map((cell) => h("td", {}, cellText(cell)))))),
  );
}

/** A cell as text: scalars as they are, nodes by name, anything else as compact JSON. */
export function cellText(v: unknown): string {
  if (v === null || v === undefined) return "";
  if (typeof v !== "object") return String(v);
  const o = v as Record<string, unknown>;
  if (typeof o.name === "string") return o.name;
  if (typeof o.type === "string" && "source" in o) return String(o.type);
  return JSON.stringify(v);
}
