/**
 * A sidecar row against what the text says. The text is the evidence, so its value is kept
 * wherever it has one; the sidecar fills what the text lacks (no title line, no date, no
 * place) or makes more precise what agrees with it (2017 → 2017-03-05; 台州市 → 仙居县, which
 * lies in it). Where the two really differ, both are kept and the difference is reported.
 */
import type { Disagreement, DocumentMeta } from "../schema/graph.js";
import type { SidecarHints } from "../schema/sidecar.js";
import type { ExtractionPart } from "./context.js";
import { regionChain, regionChainPart, resolveWrittenPlace } from "./gazetteer.js";

export interface MetadataWithSidecar {
  document: Omit<DocumentMeta, "fingerprint">;
  part: ExtractionPart;
  /** Whether the title came from the text (false: from the sidecar or the first sentence). */
  titleFound: boolean;
  /** Whether the text names its place (issuer, title, 文号) rather than it being inferred. */
  regionStated: boolean;
}

export function applySidecar(meta: MetadataWithSidecar, hints: SidecarHints, docId: string): MetadataWithSidecar {
  const d: MetadataWithSidecar["document"] = { ...meta.document, sidecar: hints.columns, disagreements: [] };
  const part = { ...meta.part, entities: [...meta.part.entities], relations: [...meta.part.relations], warnings: [...meta.part.warnings] };
  const disagree = (field: Disagreement["field"], text: string, sidecar: string, kept: Disagreement["kept"] = "text") =>
    d.disagreements.push({ field, text, sidecar, kept });

  if (hints.title) {
    if (!meta.titleFound) d.title = hints.title;
    else if (!sameTitle(d.title, hints.title)) disagree("title", d.title, hints.title);
  }
  if (hints.issuers?.length) {
    if (!d.issuers.length) d.issuers = hints.issuers;
    else if (!hints.issuers.some((s) => d.issuers.some((t) => comparable(t).includes(comparable(s)) || comparable(s).includes(comparable(t))))) {
      disagree("issuers", d.issuers.join("、"), hints.issuers.join("、"));
    }
  }
  if (hints.publishedOn) {
    if (!d.publishedOn || (hints.publishedOn.startsWith(d.publishedOn) && hints.publishedOn.length > d.publishedOn.length)) d.publishedOn = hints.publishedOn;
    else if (!d.publishedOn.startsWith(hints.publishedOn)) disagree("publishedOn", d.publishedOn, hints.publishedOn);
  }
  if (hints.docNumber) {
    if (!d.docNumber) d.docNumber = hints.docNumber;
    else if (comparable(d.docNumber) !== comparable(hints.docNumber)) disagree("docNumber", d.docNumber, hints.docNumber);
  }
  if (hints.region) {
    const place = resolveWrittenPlace(hints.region);
    if (!place) part.warnings.push(`${hints.source}: region "${hints.region}" is not a place in the gazetteer; the text's region is kept`);
    else if (place.code !== d.regionCode && !within(d.regionCode, place.code)) {
      // The sidecar's place lies inside the text's (仙居县 in 台州市), or differs from a place
      // the text never stated but that was inferred from the body's place names.
      const refines = d.regionCode === null || within(place.code, d.regionCode);
      if (!refines) disagree("region", d.region ?? d.regionCode!, hints.region, meta.regionStated ? "text" : "sidecar");
      if (refines || !meta.regionStated) {
        d.region = place.fullName;
        d.regionCode = place.code;
        const chain = regionChainPart(place.code, docId);
        part.entities.push(...chain.entities);
        part.relations.push(...chain.relations);
      }
    }
  }
  return { ...meta, document: d, part };
}

const within = (inner: string | null, outer: string) => inner !== null && regionChain(inner).some((r) => r.code === outer);

/**
 * One title written two ways: with or without its issuers in front (苍南县人民政府关于… / 关于…),
 * or with a note after it. Compared from 关于 on when both have it.
 */
function sameTitle(a: string, b: string): boolean {
  const core = (t: string) => {
    const c = comparable(t);
    const at = c.indexOf("关于");
    return at > 0 ? c.slice(at) : c;
  };
  const [x, y] = [core(a), core(b)];
  return x.includes(y) || y.includes(x);
}

/** Titles and numbers compared without spaces, brackets or punctuation: 《…》的通知 vs …通知. */
function comparable(s: string): string {
  return s.replace(/[\s《》〈〉“”"'‘’（）()【】\[\]〔〕、，,。.：:；;—–\-]/g, "");
}
