/**
 * Every extracted edge and entity gets the rule that produced it, a confidence and its
 * provenance (schema/confidence.ts). The confidence of an edge is the measured precision of its
 * relation type, of an entity that of its label: fair-mode true positives over predictions on
 * both gold sets (confidence.json, written by `npm run eval -- --confidence`), smoothed as
 * (tp + 1) / (pred + 2) so that a type the gold never saw scores 0.5, not 0 or 1.
 */
import type { Entity, Relation } from "../schema/graph.js";
import { provenanceOf } from "../schema/confidence.js";
import type { Provenance } from "../schema/graph.js";
import type { ExtractionPart } from "./context.js";
import measured from "./confidence.json" with { type: "json" };

type Counts = Record<string, { tp: number; pred: number } | undefined>;

const smoothed = (c: { tp: number; pred: number } | undefined) => Math.round(((c?.tp ?? 0) + 1) / ((c?.pred ?? 0) + 2) * 100) / 100;

/** The measured precision of a relation type (MENTIONS: of the entity's label). */
export function relationConfidence(type: string): number {
  return smoothed((measured.relations as Counts)[type]);
}

export function entityConfidence(label: string): number {
  return smoothed((measured.entities as Counts)[label]);
}

/** Marks what a part without a Collector (metadata, outline) produced with its own rule. */
export function stampRule(part: ExtractionPart, rule: string): ExtractionPart {
  for (const x of [...part.entities, ...part.relations]) x.rule ??= rule;
  return part;
}

/**
 * Adds confidence and provenance to every relation and entity, in place. An edge read off a
 * name (`inferred: true`, e.g. LOCATED_IN) or the gazetteer (PART_OF) is inferred, and so is an
 * entity that only such edges reach (a district's city and province).
 */
export function scoreExtraction(entities: Entity[], relations: Relation[]): void {
  const labelOf = new Map(entities.map((e) => [e.id, e.label]));
  const stated = new Set<string>();
  for (const r of relations) {
    const provenance: Provenance = r.props.inferred === true ? "inferred" : provenanceOf(r.type, r.props).provenance;
    const label = r.type === "MENTIONS" ? labelOf.get(r.to) : undefined;
    Object.assign(r, { confidence: label ? entityConfidence(label) : relationConfidence(r.type), provenance });
    if (provenance === "stated") stated.add(r.from).add(r.to);
  }
  for (const e of entities) {
    const provenance: Provenance = stated.has(e.id) ? "stated" : "inferred";
    Object.assign(e, { confidence: entityConfidence(e.label), provenance });
  }
}
