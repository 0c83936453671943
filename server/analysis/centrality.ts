/**
 * GET /api/analysis/centrality: degree, PageRank and betweenness of the entities in the
 * subgraph that the documents in the filter state. Neo4j Community has no GDS plugin, so the
 * subgraph is fetched and ranked with graphology.
 */
import { UndirectedGraph } from "graphology";
import betweennessCentrality from "graphology-metrics/centrality/betweenness.js";
import pagerank from "graphology-metrics/centrality/pagerank.js";
import { regionPrefix } from "../api/filters.js";
import { readCypher } from "../api/read.js";
import { CentralityQuery, CentralityResponse, RankedLabel, type CentralEntity } from "../schema/analysis/centrality.js";
import { defineAnalysis } from "./analysis.js";

interface NodeAttributes {
  label: string;
  name: string;
  docs: Set<string>;
}

export const centrality = defineAnalysis({
  name: "centrality",
  summary: "The most central entities of the chosen labels by degree, PageRank and betweenness over the documents in the filter",
  query: CentralityQuery,
  response: CentralityResponse,
  async run(store, q) {
    const records = await readCypher(store, "analysis/centrality", {
      yearFrom: q.yearFrom ?? null,
      yearTo: q.yearTo ?? null,
      regionPrefix: q.region ? regionPrefix(q.region) : null,
    });
    // One undirected edge per entity pair, weighted by how many statements join them.
    const graph = new UndirectedGraph<NodeAttributes, { weight: number }>();
    const documents = new Set<string>();
    for (const r of records) {
      const docId = r.get("docId") as string;
      documents.add(docId);
      const ends = (["a", "b"] as const).map((side) => {
        const id = r.get(`${side}Id`) as string;
        if (!graph.hasNode(id)) graph.addNode(id, { label: r.get(`${side}Label`) as string, name: (r.get(`${side}Name`) as string | null) ?? id, docs: new Set() });
        graph.getNodeAttributes(id).docs.add(docId);
        return id;
      });
      const [a, b] = ends as [string, string];
      if (a === b) continue;
      if (graph.hasEdge(a, b)) graph.updateEdgeAttribute(a, b, "weight", (w) => (w ?? 0) + 1);
      else graph.addEdge(a, b, { weight: 1 });
    }
    const ranks = graph.order > 0 ? pagerank(graph, { getEdgeWeight: "weight" }) : {};
    // Betweenness visits every shortest path (Brandes, O(nodes · edges)): only when asked for.
    const between = q.sort === "betweenness" && graph.order > 2 ? betweennessCentrality(graph, { normalized: true, getEdgeWeight: null }) : null;
    const wanted = new Set<string>(q.labels);
    const ranked: CentralEntity[] = [];
    graph.forEachNode((id, a) => {
      if (!wanted.has(a.label)) return;
      ranked.push({
        id,
        label: RankedLabel.parse(a.label),
        name: a.name,
        degree: graph.degree(id),
        documents: a.docs.size,
        pagerank: ranks[id] ?? 0,
        betweenness: between ? (between[id] ?? 0) : null,
      });
    });
    ranked.sort((x, y) => (y[q.sort] ?? 0) - (x[q.sort] ?? 0) || y.degree - x.degree || x.name.localeCompare(y.name, "zh"));
    const entities = ranked.slice(0, q.limit);
    return {
      body: { entities, graph: { nodes: graph.order, edges: graph.size, documents: documents.size } },
      table: {
        columns: ["rank", "id", "label", "name", "degree", "documents", "pagerank", "betweenness"],
        rows: entities.map((e, i) => [i + 1, e.id, e.label, e.name, e.degree, e.documents, e.pagerank, e.betweenness]),
        filename: `centrality-${q.labels.join("-")}`,
      },
    };
  },
});
