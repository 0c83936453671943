/**
 * Collects nodes and edges into a GraphResult under an element cap: nodes + edges ≤ limit.
 * Callers add elements best first, so what the cap cuts is the least relevant.
 */
import type { GraphEdge, GraphNode, GraphResult } from "../schema/api.js";
import { toGraphEdge, toGraphNode, type EdgeRow, type NodeRow } from "./elements.js";

export interface Subgraph {
  /** Adds the node; false when the cap left no room for it. */
  addNode(row: NodeRow): boolean;
  /** Adds the edge and its far end `node` when both fit (an edge is never sent without its ends). */
  addEdge(edge: EdgeRow, node: NodeRow): boolean;
  has(id: string): boolean;
  /** Records that the answer is incomplete for a reason other than the cap (a fan-out limit). */
  markCut(): void;
  result(): GraphResult;
}

/** @example const g = subgraph(500); g.addNode(seed); g.addEdge(edge, neighbour); g.result() */
export function subgraph(limit: number): Subgraph {
  const nodes = new Map<string, GraphNode>();
  const edges = new Map<string, GraphEdge>();
  let capped = false;
  const room = () => limit - nodes.size - edges.size;

  function addNode(row: NodeRow): boolean {
    if (nodes.has(row.id)) return true;
    if (room() < 1) return !(capped = true);
    const node = toGraphNode(row);
    if (node) nodes.set(node.id, node);
    return node !== null;
  }

  function addEdge(row: EdgeRow, node: NodeRow): boolean {
    if (edges.has(row.id)) return true;
    const needed = 1 + (nodes.has(node.id) ? 0 : 1);
    if (room() < needed) return !(capped = true);
    const edge = toGraphEdge(row);
    if (!edge || !addNode(node)) return false;
    if (!nodes.has(edge.source) || !nodes.has(edge.target)) return false;
    edges.set(edge.id, edge);
    return true;
  }

  return {
    addNode,
    addEdge,
    has: (id) => nodes.has(id),
    markCut: () => void (capped = true),
    result: () => ({ nodes: [...nodes.values()], edges: [...edges.values()], capped, limit }),
  };
}
