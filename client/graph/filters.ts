/**
 * Which elements the filters hide. The canvas hides them in place (no re-layout), so this
 * only answers "hidden or not" for plain data; no DOM, no Cytoscape.
 *
 * Labels and relationship types hide their own elements. Document, region and year filters
 * act through the evidence: an edge stays when the document that states it passes, a Document
 * node when it passes itself, and any other node when at least one of its visible edges stays
 * (or it has no edges on the canvas at all, so a lone search result never vanishes).
 */

export interface FilterState {
  /** Labels switched off. */
  hiddenLabels: string[];
  /** Relationship types switched off. */
  hiddenTypes: string[];
  /** Only these documents; empty means all. */
  docIds: string[];
  /** Only documents of these regions (gazetteer codes); empty means all. */
  regionCodes: string[];
  yearFrom: number | null;
  yearTo: number | null;
  /** Only documents whose sidecar column has this value (column → value); empty means all. */
  docProps: Record<string, string>;
}

export const NO_FILTERS: FilterState = { hiddenLabels: [], hiddenTypes: [], docIds: [], regionCodes: [], yearFrom: null, yearTo: null, docProps: {} };

export interface DocInfo {
  year: number | null;
  regionCode: string | null;
  /** The document's sidecar row (DocumentSummary.extra). */
  extra: Record<string, string>;
}

export interface FilterNode {
  id: string;
  label: string;
}
export interface FilterEdge {
  id: string;
  type: string;
  source: string;
  target: string;
  docId?: string | undefined;
}

export function isFiltering(f: FilterState): boolean {
  return f.hiddenLabels.length > 0 || f.hiddenTypes.length > 0 || docFiltering(f);
}

function docFiltering(f: FilterState): boolean {
  return f.docIds.length > 0 || f.regionCodes.length > 0 || f.yearFrom !== null || f.yearTo !== null || Object.keys(f.docProps).length > 0;
}

/** True when a document passes the document, region and year filters. Unknown years pass only an open range. */
export function documentPasses(docId: string, info: DocInfo | undefined, f: FilterState): boolean {
  if (f.docIds.length > 0 && !f.docIds.includes(docId)) return false;
  if (f.regionCodes.length > 0 && !(info?.regionCode && f.regionCodes.some((c) => info.regionCode!.startsWith(trimCode(c))))) return false;
  if (Object.entries(f.docProps).some(([column, value]) => info?.extra[column] !== value)) return false;
  if (f.yearFrom !== null || f.yearTo !== null) {
    const y = info?.year ?? null;
    if (y === null) return false;
    if (f.yearFrom !== null && y < f.yearFrom) return false;
    if (f.yearTo !== null && y > f.yearTo) return false;
  }
  return true;
}

/** A province (510000) or city (511100) code matches the districts under it. */
const trimCode = (code: string) => code.replace(/(00)+$/, "");

/**
 * The ids of nodes and edges to hide.
 * @example hiddenElements(nodes, edges, docs, { ...NO_FILTERS, hiddenLabels: ["Measure"] })
 */
export function hiddenElements(nodes: FilterNode[], edges: FilterEdge[], docs: ReadonlyMap<string, DocInfo>, f: FilterState): Set<string> {
  const hidden = new Set<string>();
  if (!isFiltering(f)) return hidden;
  const byDoc = docFiltering(f);
  const labelOf = new Map(nodes.map((n) => [n.id, n.label]));
  const hiddenLabels = new Set(f.hiddenLabels);
  const hiddenTypes = new Set(f.hiddenTypes);

  for (const n of nodes) {
    if (hiddenLabels.has(n.label) || (byDoc && n.label === "Document" && !documentPasses(n.id, docs.get(n.id), f))) hidden.add(n.id);
  }
  const touched = new Set<string>();
  const supported = new Set<string>();
  for (const e of edges) {
    touched.add(e.source).add(e.target);
    let hide = hiddenTypes.has(e.type) || hidden.has(e.source) || hidden.has(e.target);
    if (!hide && byDoc && e.docId !== undefined) hide = !documentPasses(e.docId, docs.get(e.docId), f);
    if (hide) hidden.add(e.id);
    else supported.add(e.source).add(e.target);
  }
  if (byDoc) {
    for (const n of nodes) {
      if (hidden.has(n.id) || labelOf.get(n.id) === "Document") continue;
      if (touched.has(n.id) && !supported.has(n.id)) hidden.add(n.id);
    }
    // A node hidden in the second pass takes its remaining edges with it.
    for (const e of edges) if (hidden.has(e.source) || hidden.has(e.target)) hidden.add(e.id);
  }
  return hidden;
}
