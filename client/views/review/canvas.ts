/**
 * What a stored correction changes on the graph canvas: a rejected or corrected edge leaves it
 * (a corrected one comes back with its new ends when they are expanded), a renamed entity takes
 * its new name, a rejected or merged one leaves it (merged: its target is expanded instead).
 */
import type { Core } from "cytoscape";
import type { CorrectionWithStatus } from "../../../server/schema/review.js";
import { ReviewableType } from "../../../server/schema/review.js";
import type { ReviewTarget } from "./controls.js";

export function reflectOnCanvas(cy: Core, c: CorrectionWithStatus, expand: (ids: string[]) => void): void {
  if (c.status !== "applied") return;
  if ("edge" in c) {
    const edges = cy.edges().filter((e) => e.data("type") === c.edge.type && e.source().id() === c.edge.from && e.target().id() === c.edge.to);
    if (c.action === "reject" || c.action === "correct") edges.remove();
    const from = c.action === "correct" ? (c.change.from ?? c.edge.from) : c.edge.from;
    if ((c.action === "correct" || c.action === "add") && cy.getElementById(from).nonempty()) expand([from]);
    return;
  }
  const node = cy.getElementById(c.entity);
  if (c.action === "rename") node.data("name", c.name);
  if (c.action === "reject-entity") node.remove();
  if (c.action === "merge") {
    node.remove();
    expand([c.into]);
  }
}

/** The review target of an edge the panel shows, or null when it cannot be reviewed (no sentence, or bookkeeping). */
export function edgeTarget(type: string, from: string, to: string, props: Record<string, unknown>): ReviewTarget | null {
  const t = ReviewableType.safeParse(type);
  const { docId, quote, start, end } = props;
  if (!t.success || typeof docId !== "string" || typeof quote !== "string" || typeof start !== "number" || typeof end !== "number") return null;
  return { kind: "edge", type: t.data, from, to, docId, evidence: { docId, start, end, quote } };
}
