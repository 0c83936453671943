/**
 * How sure the graph is of a stored edge: the rule that produced it, a score in [0, 1] and its
 * provenance, kept as the `rule`, `confidence` and `provenance` properties (server/extract/
 * confidence.ts); edges no extractor wrote (PART_OF, SIMILAR_TO) get theirs from their type.
 */
import { Provenance, type RelType } from "./graph.js";

export { PROVENANCES, Provenance } from "./graph.js";
/** Edges an analysis computes after ingest, not an extractor. */
const DERIVED: ReadonlySet<RelType> = new Set(["SIMILAR_TO"]);
/** Edges that are facts of the gazetteer, stored without properties (rel-part-of.cypher). */
const GAZETTEER: ReadonlySet<RelType> = new Set(["PART_OF"]);

/** An edge's provenance from its stored properties, with the rule for types no extractor stamps. */
export function provenanceOf(type: RelType, props: Record<string, unknown>): { provenance: Provenance; rule: string | null; confidence: number | null } {
  const stored = Provenance.safeParse(props.provenance);
  const confidence = typeof props.confidence === "number" ? props.confidence : null;
  const rule = typeof props.rule === "string" ? props.rule : null;
  if (stored.success) return { provenance: stored.data, rule, confidence };
  // A similarity is measured, not guessed: it has no confidence to review.
  if (DERIVED.has(type)) return { provenance: "derived", rule: rule ?? "similarity", confidence };
  if (GAZETTEER.has(type)) return { provenance: "inferred", rule: rule ?? "gazetteer", confidence: confidence ?? 1 };
  return { provenance: props.inferred === true ? "inferred" : "stated", rule, confidence };
}
