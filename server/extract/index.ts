/**
 * text → document structure → entities → relations: the extraction pipeline.
 * Pure: a ReadResult in, an Extraction (schema/graph.ts) out.
 */
import type { ReadResult } from "../read/types.js";
import type { Entity, Extraction, Relation } from "../schema/graph.js";
import type { SidecarHints } from "../schema/sidecar.js";
import { splitSentences, type DocContext, type ExtractionPart } from "./context.js";
import { extractMetadata } from "./metadata.js";
import { extractOutline } from "./outline.js";
import { applySidecar } from "./sidecar.js";
import { extractEntities } from "./entities/index.js";
import { onePerFact } from "./facts.js";
import { scoreExtraction, stampRule } from "./confidence.js";

/**
 * Changes whenever extraction would read the same file differently (rules, vocabularies), so
 * that re-ingesting re-extracts files whose bytes did not change. Bump it with such changes.
 * EXTRACTOR_VERSION_TAG in the environment is appended to it: a trial of rules, or a test, can
 * have every document re-extracted as a bumped version would, without editing this line.
 * Read from the environment when the module loads, so extraction workers started after it is
 * set see it too (they inherit the environment).
 */
export const EXTRACTOR_VERSION = withTag("2026-12-07.5", process.env.EXTRACTOR_VERSION_TAG);

function withTag(version: string, tag: string | undefined): string {
  if (!tag) return version;
  // "@" and "+" separate a fingerprint's parts (below).
  if (!/^[\w.-]{1,40}$/.test(tag)) throw new Error(`EXTRACTOR_VERSION_TAG: expected up to 40 letters, digits, '.', '_' or '-', got ${JSON.stringify(tag)}`);
  return `${version}-${tag}`;
}

/** What a document is extracted from; an unchanged fingerprint means nothing to redo. */
export function fingerprint(contentHash: string, sidecar?: SidecarHints): string {
  return `${contentHash}@${EXTRACTOR_VERSION}${sidecar ? `+${sidecar.hash}` : ""}`;
}

export function extractDocument(read: ReadResult, docId: string, sidecar?: SidecarHints): Extraction {
  const sentences = splitSentences(read.matchText);
  const found = extractMetadata(read, docId, sentences);
  const meta = sidecar ? applySidecar(found, sidecar, docId) : found;
  const ctx: DocContext = {
    docId,
    text: read.text,
    matchText: read.matchText,
    sentences,
    region: meta.document.region && meta.document.regionCode ? { name: meta.document.region, code: meta.document.regionCode } : null,
    publishedYear: meta.document.publishedOn ? Number(meta.document.publishedOn.slice(0, 4)) : null,
  };
  const parts = [stampRule(meta.part, "metadata"), stampRule(extractOutline(ctx), "outline"), extractEntities(ctx)];
  const merged = mergeParts(parts);
  scoreExtraction(merged.entities, merged.relations);
  return {
    document: { ...meta.document, fingerprint: fingerprint(read.contentHash, sidecar) },
    text: read.text,
    ...merged,
    warnings: [...read.warnings, ...parts.flatMap((p) => p.warnings)],
  };
}

/**
 * Entities with the same id become one (aliases and props unioned, first name kept);
 * relations are deduplicated on type, endpoints and evidence span, then to one per fact.
 */
export function mergeParts(parts: ExtractionPart[]): { entities: Entity[]; relations: Relation[] } {
  const entities = new Map<string, Entity>();
  for (const e of parts.flatMap((p) => p.entities)) {
    const seen = entities.get(e.id);
    if (!seen) {
      entities.set(e.id, { ...e, aliases: [...new Set(e.aliases)] });
      continue;
    }
    seen.aliases = [...new Set([...seen.aliases, ...e.aliases, ...(e.name !== seen.name ? [e.name] : [])])];
    seen.props = { ...e.props, ...seen.props };
  }
  const relations = new Map<string, Relation>();
  for (const r of parts.flatMap((p) => p.relations)) {
    const key = `${r.type}|${r.from}|${r.to}|${r.start}|${r.end}`;
    if (!relations.has(key)) relations.set(key, r);
  }
  return { entities: [...entities.values()], relations: onePerFact([...relations.values()]) };
}
