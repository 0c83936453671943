/** Fitting the view to the graph without zooming a small graph up to poster size. */
import type { Core } from "cytoscape";

/** Most zoom a fit may reach: a handful of nodes should look like a diagram, not a poster. */
const FIT_MAX_ZOOM = 1.25;

/** Fits the visible elements into the view, but never zooms past FIT_MAX_ZOOM. */
export function fitTo(cy: Core, duration: number): void {
  const eles = cy.elements(":visible");
  if (eles.empty()) return;
  // The panel may have opened since Cytoscape last measured its container.
  cy.resize();
  const bb = eles.boundingBox({});
  const pad = 40;
  const zoom = Math.min(FIT_MAX_ZOOM, (cy.width() - 2 * pad) / Math.max(1, bb.w), (cy.height() - 2 * pad) / Math.max(1, bb.h));
  const z = Math.max(cy.minZoom(), zoom);
  const pan = { x: cy.width() / 2 - z * (bb.x1 + bb.w / 2), y: cy.height() / 2 - z * (bb.y1 + bb.h / 2) };
  if (duration > 0) cy.animate({ zoom: z, pan } as never, { duration });
  else cy.viewport({ zoom: z, pan });
}

/**
 * After the container changed size (the side panel opening or closing), keeps what the user
 * was looking at: the same point stays in the centre, and a graph that was wholly in view is
 * fitted again instead of being cut at the panel's edge.
 */
export function keepInView(cy: Core): void {
  // Cytoscape measures its container once and keeps the size until told to resize.
  const before = { width: cy.width(), height: cy.height() };
  if (before.width <= 0 || before.height <= 0) return void cy.resize();
  // A fit under way was aimed at the old size: it is done again for the new one.
  if (cy.animated()) {
    cy.stop(true, false);
    return fitTo(cy, 0);
  }
  const wasWhole = wholeInView(cy, before);
  cy.resize();
  if (cy.width() <= 0 || cy.height() <= 0) return;
  const pan = cy.pan();
  cy.pan({ x: pan.x + (cy.width() - before.width) / 2, y: pan.y + (cy.height() - before.height) / 2 });
  if (wasWhole && !wholeInView(cy, { width: cy.width(), height: cy.height() })) fitTo(cy, 0);
}

function wholeInView(cy: Core, size: { width: number; height: number }): boolean {
  const eles = cy.elements(":visible");
  if (eles.empty()) return false;
  const bb = eles.renderedBoundingBox({});
  return bb.x1 >= 0 && bb.y1 >= 0 && bb.x2 <= size.width && bb.y2 <= size.height;
}
