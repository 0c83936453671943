/**
 * Cuts a document's text into runs for highlighting: each run carries every kind of span that
 * covers it (an entity name inside a relation's sentence is both), and runs start wherever an
 * outline heading starts so the reader can jump there. Pure: offsets in, runs out.
 */
import type { Span } from "../../../server/schema/api.js";

export interface Run {
  start: number;
  end: number;
  /** Sorted, e.g. ["entity", "relation"]; "focus" for the quote the reader was opened on. */
  kinds: string[];
  /** The first entity span covering the run (for its colour and tooltip). */
  entity?: Span;
  relation?: Span;
  /** Outline items whose heading starts at this run. */
  anchors: string[];
}

/**
 * @example runs(10, [{ start: 2, end: 4, kind: "entity", … }]) // [0,2) plain, [2,4) entity, [4,10) plain
 */
export function runs(length: number, spans: Span[], focus?: { start: number; end: number } | null, anchors: { id: string; start: number }[] = []): Run[] {
  const clamp = (v: number) => Math.max(0, Math.min(length, v));
  // Measures cover whole paragraphs; the outline shows them, marking them would mark everything.
  const marks = spans.filter((s) => s.kind !== "measure" && s.end > s.start).map((s) => ({ ...s, start: clamp(s.start), end: clamp(s.end) }));
  const cuts = new Set<number>([0, length]);
  for (const s of marks) cuts.add(s.start).add(s.end);
  if (focus) cuts.add(clamp(focus.start)).add(clamp(focus.end));
  for (const a of anchors) cuts.add(clamp(a.start));
  const points = [...cuts].sort((a, b) => a - b);
  const anchorsAt = new Map<number, string[]>();
  for (const a of anchors) anchorsAt.set(clamp(a.start), [...(anchorsAt.get(clamp(a.start)) ?? []), a.id]);

  // Sweep: spans sorted by start enter the active set, leave once their end is passed.
  const byStart = [...marks].sort((a, b) => a.start - b.start);
  let next = 0;
  let active: typeof marks = [];
  const out: Run[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const a = points[i]!;
    const b = points[i + 1]!;
    while (next < byStart.length && byStart[next]!.start <= a) active.push(byStart[next++]!);
    active = active.filter((s) => s.end > a);
    const covering = active.filter((s) => s.start <= a && s.end >= b);
    const kinds = new Set(covering.map((s) => s.kind as string));
    if (focus && focus.start <= a && focus.end >= b && focus.end > focus.start) kinds.add("focus");
    const run: Run = { start: a, end: b, kinds: [...kinds].sort(), anchors: anchorsAt.get(a) ?? [] };
    const entity = covering.find((s) => s.kind === "entity");
    const relation = covering.find((s) => s.kind === "relation");
    if (entity) run.entity = entity;
    if (relation) run.relation = relation;
    out.push(run);
  }
  return out;
}
