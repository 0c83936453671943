/** Fitting the view to the graph without zooming a small graph up to poster size. */
import type { Core } from "cytoscape";

/** Most zoom a fit may reach: a handful of nodes should look like a diagram, not a poster. */
const FIT_MAX_ZOOM = 1.25;

/** Fits the visible elements into the view, but never zooms past FIT_MAX_ZOOM. */
export function fitTo(cy: Core, duration: number): void {
  const eles = cy.elements(":visible");
  if (eles.empty()) return;
  const bb = eles.boundingBox({});
  const pad = 40;
  const zoom = Math.min(FIT_MAX_ZOOM, (cy.width() - 2 * pad) / Math.max(1, bb.w), (cy.height() - 2 * pad) / Math.max(1, bb.h));
  const z = Math.max(cy.minZoom(), zoom);
  const pan = { x: cy.width() / 2 - z * (bb.x1 + bb.w / 2), y: cy.height() / 2 - z * (bb.y1 + bb.h / 2) };
  if (duration > 0) cy.animate({ zoom: z, pan } as never, { duration });
  else cy.viewport({ zoom: z, pan });
}
