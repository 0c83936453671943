/**
 * One edge per fact per document (annotation guide §1.6): a (type, from, to) stated in several
 * sentences keeps one edge, quoting its fullest statement. SETS_TARGET edges with different
 * values are different facts. ADOPTS edges pass through: which sentences are separate
 * provisions of one tool is the instrument finder's call (entities/instruments.ts).
 */
import type { Relation } from "../schema/graph.js";

const NOT_FACTS = new Set(["MENTIONS", "HAS_MEASURE", "LED_BY", "ASSIGNED_TO", "ADOPTS"]);

function factKey(r: Relation): string {
  const base = `${r.type}|${r.from}|${r.to}`;
  return r.type === "SETS_TARGET" ? `${base}|${String(r.props.value ?? "")}|${String(r.props.unit ?? "")}` : base;
}

/** How much a statement says: an edge with money, a year or a count beats a bare one. */
function fullness(r: Relation): number {
  let n = 0;
  for (const k of ["amountYuan", "value", "year", "count", "capYuan"]) if (r.props[k] !== undefined && r.props[k] !== null) n++;
  return n;
}

/** Keeps one edge per fact, where it was first stated, with the fullest statement's quote. */
export function onePerFact(relations: Relation[]): Relation[] {
  const kept = new Map<string, number>();
  const out: Relation[] = [];
  for (const r of relations) {
    if (NOT_FACTS.has(r.type)) {
      out.push(r);
      continue;
    }
    const key = factKey(r);
    const at = kept.get(key);
    if (at === undefined) {
      kept.set(key, out.length);
      out.push(r);
    } else if (fullness(r) > fullness(out[at]!)) out[at] = r;
  }
  return out;
}
