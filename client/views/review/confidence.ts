/**
 * How sure the graph is of an edge or entity, as one line under its panel's title: provenance,
 * confidence and the rule that produced it (server/schema/confidence.ts).
 */
import { provenanceOf } from "../../../server/schema/confidence.js";
import type { Props, RelType } from "../../../server/schema/graph.js";
import { h } from "../../dom.js";
import { t } from "../../i18n.js";

/** Below this an edge is worth a second look: the review queue and the canvas mark it. */
export const LOW_CONFIDENCE = 0.7;

export type ConfidenceLevel = "low" | "mid" | "high" | "none";

export function confidenceLevel(confidence: number | null): ConfidenceLevel {
  if (confidence === null) return "none";
  return confidence < LOW_CONFIDENCE ? "low" : confidence < 0.85 ? "mid" : "high";
}

/** `type` null for an entity, whose provenance is its own property. */
export function confidenceLine(type: RelType | null, props: Props): HTMLElement {
  const p = type ? provenanceOf(type, props) : { provenance: props.provenance === "inferred" ? "inferred" : "stated", rule: typeof props.rule === "string" ? props.rule : null, confidence: typeof props.confidence === "number" ? props.confidence : null };
  return h(
    "p",
    { class: `confidence confidence-${confidenceLevel(p.confidence)}`, "data-provenance": p.provenance },
    h("span", { class: "provenance" }, t(`provenance_${p.provenance}` as "provenance_stated")),
    p.confidence !== null ? h("span", { class: "score", title: t("confidence") }, `${t("confidence")} ${Math.round(p.confidence * 100)}%`) : null,
    p.rule ? h("span", { class: "rule", title: t("producedBy") }, p.rule) : null,
  );
}
