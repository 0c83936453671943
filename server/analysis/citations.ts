/**
 * GET /api/analysis/citations: the CITES network with every document placed at its issuer's
 * level, and the upstream documents that several documents cite in common (the channel a
 * policy diffuses down the hierarchy). A document naming its own title is no citation and is
 * left out; one repealing an earlier version links to it as a revision, which counts neither
 * as a citation nor as a shared upstream (revisions.ts).
 */
import { readCypher } from "../api/read.js";
import type { AnalysisQuery } from "../schema/analysis/common.js";
import type { Store } from "../store/connect.js";
import { CitationsQuery, CitationsResponse, type CitationEdge, type CitationNode, type SharedUpstream } from "../schema/analysis/citations.js";
import { defineAnalysis } from "./analysis.js";
import { documentIssuer, policyIssuer, type Issuer } from "./issuer-level.js";
import { citationKind } from "./revisions.js";

/** One CITES edge with what the issuer levels are read from. */
export interface CitesRow {
  fromId: string;
  fromTitle: string;
  fromYear: number | null;
  fromIssuers: string[];
  fromRegion: string | null;
  toId: string;
  toTitle: string;
  toIsDocument: boolean;
  toYear: number | null;
  toIssuers: string[];
  toRegion: string | null;
  toNumber: string | null;
  quote: string;
  start: number;
  end: number;
}

const num = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));

/** Every CITES edge stated by a document published in the window. */
export async function loadCitesRows(store: Store, q: Pick<AnalysisQuery, "yearFrom" | "yearTo">): Promise<CitesRow[]> {
  const records = await readCypher(store, "analysis/citations", { yearFrom: q.yearFrom ?? null, yearTo: q.yearTo ?? null });
  return records.map((r) => {
    const o = r.toObject() as Record<string, unknown>;
    return { ...(o as unknown as CitesRow), fromYear: num(o.fromYear), toYear: num(o.toYear), start: Number(o.start), end: Number(o.end) };
  });
}

export const citations = defineAnalysis({
  name: "citations",
  summary: "Citation network by issuer level (central → provincial → city → district) and the upstream documents cited in common",
  query: CitationsQuery,
  response: CitationsResponse,
  async run(store, q) {
    const rows = await loadCitesRows(store, q);

    const nodes = new Map<string, CitationNode>();
    const place = (id: string, name: string, kind: CitationNode["kind"], year: number | null, issuer: Issuer) => {
      if (!nodes.has(id)) nodes.set(id, { id, name, kind, year, level: issuer.level, place: issuer.place, citedBy: 0 });
      return nodes.get(id)!;
    };
    const edges: CitationEdge[] = [];
    const citers = new Map<string, SharedUpstream["citers"]>();
    let selfCitations = 0;
    for (const r of rows) {
      const kind = citationKind(r);
      if (kind === "self") {
        selfCitations++;
        continue;
      }
      const from = place(r.fromId, r.fromTitle, "Document", r.fromYear, documentIssuer(r.fromIssuers, r.fromRegion));
      const issuer = r.toIsDocument ? documentIssuer(r.toIssuers, r.toRegion) : policyIssuer(r.toTitle, r.toNumber, r.fromRegion);
      const to = place(r.toId, r.toTitle, r.toIsDocument ? "Document" : "Policy", r.toYear, issuer);
      edges.push({ from: r.fromId, to: r.toId, kind, docId: r.fromId, quote: r.quote, start: r.start, end: r.end });
      if (kind === "revises") continue;
      const list = citers.get(r.toId) ?? [];
      // A document that cites the same upstream twice counts once; its first citation is the evidence.
      if (!list.some((c) => c.docId === r.fromId)) {
        list.push({ docId: r.fromId, title: r.fromTitle, year: r.fromYear, place: from.place, start: r.start, end: r.end });
        to.citedBy++;
      }
      citers.set(r.toId, list);
    }
    const shared: SharedUpstream[] = [...citers]
      .filter(([, list]) => list.length >= 2)
      .map(([id, list]) => ({ id, name: nodes.get(id)!.name, level: nodes.get(id)!.level, citers: list.sort((a, b) => (a.year ?? 9999) - (b.year ?? 9999)) }))
      .sort((a, b) => b.citers.length - a.citers.length || a.name.localeCompare(b.name, "zh"));

    const citedBy = (id: string) => nodes.get(id)!.citedBy;
    return {
      body: { nodes: [...nodes.values()], edges, shared, selfCitations },
      table: {
        columns: ["citing_id", "citing_title", "citing_year", "citing_level", "citing_place", "kind", "cited_id", "cited_title", "cited_kind", "cited_level", "cited_place", "cited_by_documents", "quote"],
        rows: edges.map((e) => {
          const a = nodes.get(e.from)!;
          const b = nodes.get(e.to)!;
          return [a.id, a.name, a.year, a.level, a.place, e.kind, b.id, b.name, b.kind, b.level, b.place, citedBy(b.id), e.quote];
        }),
        filename: "citations",
      },
    };
  },
});
