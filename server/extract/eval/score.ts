/**
 * Precision, recall and F1 of an extraction against a fixture: entities matched on (label, name
 * or any alias), relations on (type, from, to), names compared after normalising whitespace,
 * quotes and brackets. Only the fixture's scope is scored.
 */
import type { Entity, Extraction } from "../../schema/graph.js";
import { scopeOf, type Fixture } from "./fixtures.js";

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Score {
  entities: Map<string, Counts>;
  relations: Map<string, Counts>;
  /** What was missed and what was extra, for reading the failures. */
  misses: string[];
  extras: string[];
}

/** Folds spacing, quotes, book-title marks and full-width brackets away. */
export function normaliseName(name: string): string {
  return name
    .replace(/[\s“”"'‘’《》〈〉<>「」『』]/g, "")
    .replace(/（/g, "(")
    .replace(/）/g, ")")
    .toLowerCase();
}

const bump = (m: Map<string, Counts>, key: string, field: keyof Counts) => {
  const c = m.get(key) ?? { tp: 0, fp: 0, fn: 0 };
  c[field]++;
  m.set(key, c);
};

const namesOf = (e: Entity) => new Set([e.name, ...e.aliases].map(normaliseName));

export function scoreExtraction(fixture: Fixture, x: Extraction): Score {
  const scope = scopeOf(fixture);
  const score: Score = { entities: new Map(), relations: new Map(), misses: [], extras: [] };
  const byId = new Map(x.entities.map((e) => [e.id, e]));

  const predicted = x.entities.filter((e) => scope.labels.has(e.label));
  const used = new Set<string>();
  for (const exp of fixture.expected.entities) {
    const n = normaliseName(exp.name);
    const hit = predicted.find((e) => !used.has(e.id) && e.label === exp.label && namesOf(e).has(n));
    if (hit) {
      used.add(hit.id);
      bump(score.entities, exp.label, "tp");
    } else {
      bump(score.entities, exp.label, "fn");
      score.misses.push(`${exp.label} ${exp.name}`);
    }
  }
  for (const e of predicted) {
    if (used.has(e.id)) continue;
    bump(score.entities, e.label, "fp");
    score.extras.push(`${e.label} ${e.name}`);
  }

  const endpointMatches = (id: string, want: Fixture["expected"]["relations"][number]["from"]) => {
    if (want.label === "Document") return id === x.document.id && want.name === undefined;
    const e = byId.get(id);
    return !!e && e.label === want.label && want.name !== undefined && namesOf(e).has(normaliseName(want.name));
  };
  const describe = (id: string) => (id === x.document.id ? "Document" : `${byId.get(id)?.label ?? "?"}:${byId.get(id)?.name ?? id}`);
  const triples = new Map<string, { type: string; from: string; to: string }>();
  for (const r of x.relations) if (scope.types.has(r.type)) triples.set(`${r.type}|${r.from}|${r.to}`, r);
  const matched = new Set<string>();
  for (const exp of fixture.expected.relations) {
    const hit = [...triples].find(([k, r]) => !matched.has(k) && r.type === exp.type && endpointMatches(r.from, exp.from) && endpointMatches(r.to, exp.to));
    if (hit) {
      matched.add(hit[0]);
      bump(score.relations, exp.type, "tp");
    } else {
      bump(score.relations, exp.type, "fn");
      score.misses.push(`${exp.type} ${exp.from.label}:${exp.from.name ?? ""} → ${exp.to.label}:${exp.to.name ?? ""}`);
    }
  }
  for (const [k, r] of triples) {
    if (matched.has(k)) continue;
    bump(score.relations, r.type, "fp");
    score.extras.push(`${r.type} ${describe(r.from)} → ${describe(r.to)}`);
  }
  return score;
}

/** Adds `b`'s counts into `a`. */
export function addCounts(a: Map<string, Counts>, b: Map<string, Counts>): void {
  for (const [k, c] of b) {
    const t = a.get(k) ?? { tp: 0, fp: 0, fn: 0 };
    t.tp += c.tp;
    t.fp += c.fp;
    t.fn += c.fn;
    a.set(k, t);
  }
}

export function total(m: Map<string, Counts>): Counts {
  const t = { tp: 0, fp: 0, fn: 0 };
  for (const c of m.values()) {
    t.tp += c.tp;
    t.fp += c.fp;
    t.fn += c.fn;
  }
  return t;
}

export function prf(c: Counts): { precision: number; recall: number; f1: number } {
  const precision = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}
