/**
 * The fCoSE layout in a Web Worker: a headless Cytoscape holds a copy of the visible graph,
 * fCoSE runs on it without animation, and only the positions go back. Pinned nodes are fixed
 * constraints, so they keep their place.
 */
import cytoscape from "cytoscape";
import fcose from "cytoscape-fcose";
import type { WorkerRequest, WorkerResponse } from "./layouts.js";

cytoscape.use(fcose);

self.onmessage = (ev: MessageEvent<WorkerRequest>) => {
  const { id, nodes, edges, randomize } = ev.data;
  const started = performance.now();
  try {
    const cy = cytoscape({
      headless: true,
      styleEnabled: true,
      style: [{ selector: "node", style: { width: "data(w)", height: "data(h)" } }],
      elements: [
        ...nodes.map((n) => ({ group: "nodes" as const, data: { id: n.id, w: n.w, h: n.h }, position: { x: n.x, y: n.y } })),
        ...edges.map((e, i) => ({ group: "edges" as const, data: { id: `e${i}`, source: e.source, target: e.target } })),
      ],
    });
    const fixed = nodes.filter((n) => n.fixed).map((n) => ({ nodeId: n.id, position: { x: n.x, y: n.y } }));
    cy.layout({
      name: "fcose",
      animate: false,
      randomize,
      // The spectral start (draft) is linear; the force-directed polish is what costs, so it gets
      // fewer rounds as the graph grows and none past 1,500 nodes, where detail is invisible anyway.
      quality: nodes.length > 1500 ? "draft" : "default",
      fit: false,
      nodeSeparation: 60,
      idealEdgeLength: () => 110,
      nodeRepulsion: () => 12000,
      gravity: 0.3,
      numIter: nodes.length > 600 ? 600 : 2500,
      packComponents: true,
      ...(fixed.length ? { fixedNodeConstraint: fixed } : {}),
    } as never).run();
    const positions: WorkerResponse["positions"] = {};
    cy.nodes().forEach((n) => {
      positions[n.id()] = n.position();
    });
    postMessage({ id, positions, ms: performance.now() - started } satisfies WorkerResponse);
  } catch (err) {
    postMessage({ id, positions: {}, ms: performance.now() - started, error: (err as Error).message } satisfies WorkerResponse);
  }
};
