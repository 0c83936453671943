/**
 * Gathers what the finders see in one document: entities (one per id, props merged),
 * every mention's span for the MENTIONS edge, and evidence-bearing relations.
 */
import type { Entity, NodeLabel, Props, RelType } from "../../schema/graph.js";
import { evidence, sentenceAt, type DocContext, type ExtractionPart, type Sentence } from "../context.js";

export interface Found {
  id: string;
  label: NodeLabel;
  name: string;
  aliases?: string[];
  props?: Props;
}

export interface Collector {
  readonly ctx: DocContext;
  /** Registers the entity (merging props and aliases) and records a mention at [start, end). */
  mention(e: Found, start: number, end: number): string;
  /** Registers the entity without a mention (an endpoint the text implies, e.g. the document's region). */
  entity(e: Found): string;
  /** An evidence-bearing relation stated in `sentence`; duplicates (same type, ends, sentence) are dropped. */
  relate(type: RelType, from: string, to: string, sentence: Sentence, props?: Props): void;
  /**
   * Runs a finder with `rule` as the producer of what it registers: each relation and each
   * entity it is first to see get its `rule` (the reviewer's answer to "which rule said this").
   */
  by<T>(rule: string, find: () => T): T;
  has(id: string): boolean;
  get(id: string): Entity | undefined;
  warn(message: string): void;
  part(): ExtractionPart;
}

export function createCollector(ctx: DocContext): Collector {
  const entities = new Map<string, Entity>();
  const spans = new Map<string, number[]>();
  const relations = new Map<string, ExtractionPart["relations"][number]>();
  const warnings: string[] = [];
  let rule: string | null = null;
  const ruled = () => (rule !== null ? { rule } : {});

  function entity(e: Found): string {
    const seen = entities.get(e.id);
    if (!seen) {
      entities.set(e.id, { id: e.id, label: e.label, name: e.name, aliases: [...new Set(e.aliases ?? [])].filter((a) => a !== e.name), props: { ...(e.props ?? {}) }, ...ruled() });
      return e.id;
    }
    for (const a of [...(e.aliases ?? []), e.name]) if (a !== seen.name && !seen.aliases.includes(a)) seen.aliases.push(a);
    for (const [k, v] of Object.entries(e.props ?? {})) if (seen.props[k] === undefined || seen.props[k] === null) seen.props[k] = v;
    return e.id;
  }

  function mention(e: Found, start: number, end: number): string {
    const id = entity(e);
    const list = spans.get(id);
    if (!list) spans.set(id, [start, end]);
    else {
      for (let i = 0; i < list.length; i += 2) if (list[i] === start && list[i + 1] === end) return id;
      list.push(start, end);
    }
    return id;
  }

  function relate(type: RelType, from: string, to: string, sentence: Sentence, props: Props = {}): void {
    if (from === to) return;
    const key = `${type}|${from}|${to}|${sentence.start}`;
    const seen = relations.get(key);
    if (seen) {
      for (const [k, v] of Object.entries(props)) if (seen.props[k] === undefined || seen.props[k] === null) seen.props[k] = v;
      return;
    }
    relations.set(key, { type, from, to, ...evidence(ctx, sentence), props: { ...props }, ...ruled() });
  }

  function by<T>(name: string, find: () => T): T {
    const outer = rule;
    rule = name;
    try {
      return find();
    } finally {
      rule = outer;
    }
  }

  /** The finder that first saw an entity, for its MENTIONS edge. */
  const seenBy = (e: Entity | undefined) => (e?.rule !== undefined ? { rule: e.rule } : {});

  function part(): ExtractionPart {
    const mentions: ExtractionPart["relations"] = [];
    for (const [id, list] of spans) {
      const pairs: [number, number][] = [];
      for (let i = 0; i < list.length; i += 2) pairs.push([list[i]!, list[i + 1]!]);
      pairs.sort((a, b) => a[0] - b[0]);
      // MENTIONS needs no quote, but the first mention's sentence lets a reader jump to it.
      const first = sentenceAt(ctx.sentences, pairs[0]![0]);
      mentions.push({
        type: "MENTIONS",
        from: ctx.docId,
        to: id,
        ...(first ? evidence(ctx, first) : { docId: ctx.docId, quote: null, start: null, end: null }),
        props: { count: pairs.length, spans: pairs.flat() },
        ...seenBy(entities.get(id)),
      });
    }
    return { entities: [...entities.values()], relations: [...relations.values(), ...mentions], warnings };
  }

  return {
    ctx,
    mention,
    entity,
    relate,
    by,
    has: (id) => entities.has(id),
    get: (id) => entities.get(id),
    warn: (m) => warnings.push(m),
    part,
  };
}
