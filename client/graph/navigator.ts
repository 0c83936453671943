/**
 * The bird's-eye navigator: a canvas thumbnail of every visible node with a rectangle for
 * the viewport; clicking or dragging in it pans the main view there. The dots are redrawn only
 * when elements or positions change, the rectangle on every viewport change.
 */
import type { Core } from "cytoscape";
import { labelStyle } from "./style.js";

export function createNavigator(cy: Core, host: HTMLElement, width = 200, height = 140): { element: HTMLElement; refresh(): void } {
  const ratio = window.devicePixelRatio || 1;
  const canvas = document.createElement("canvas");
  canvas.width = width * ratio;
  canvas.height = height * ratio;
  canvas.style.width = `${width}px`;
  canvas.style.height = `${height}px`;
  canvas.className = "navigator";
  canvas.setAttribute("role", "img");
  host.append(canvas);
  const ctx = canvas.getContext("2d")!;
  const dots = document.createElement("canvas");
  dots.width = canvas.width;
  dots.height = canvas.height;
  const dctx = dots.getContext("2d")!;
  let frame = { x: 0, y: 0, scale: 1 };
  let dirtyDots = true;
  let scheduled = false;

  const schedule = (dotsToo: boolean) => {
    dirtyDots ||= dotsToo;
    if (scheduled) return;
    scheduled = true;
    requestAnimationFrame(() => {
      scheduled = false;
      draw();
    });
  };

  function draw() {
    // Asking for :visible nodes restyles thousands of them, so only when the dots change;
    // a pan only moves the rectangle.
    if (dirtyDots) {
      const visible = cy.nodes(":visible");
      canvas.hidden = visible.length < 40;
      if (canvas.hidden) return;
      dirtyDots = false;
      const bb = visible.boundingBox({ includeLabels: false });
      const pad = 8 * ratio;
      const scale = Math.min((dots.width - 2 * pad) / Math.max(1, bb.w), (dots.height - 2 * pad) / Math.max(1, bb.h));
      frame = { x: pad - bb.x1 * scale + (dots.width - 2 * pad - bb.w * scale) / 2, y: pad - bb.y1 * scale + (dots.height - 2 * pad - bb.h * scale) / 2, scale };
      dctx.clearRect(0, 0, dots.width, dots.height);
      const r = Math.max(1, Math.min(3, 2 * ratio));
      visible.forEach((n) => {
        const p = n.position();
        dctx.fillStyle = labelStyle(n.data("label")).color;
        dctx.fillRect(frame.x + p.x * frame.scale - r / 2, frame.y + p.y * frame.scale - r / 2, r, r);
      });
    }
    if (canvas.hidden) return;
    ctx.clearRect(0, 0, canvas.width, canvas.height);
    ctx.drawImage(dots, 0, 0);
    const ext = cy.extent();
    ctx.strokeStyle = "#2563eb";
    ctx.lineWidth = 1.5 * ratio;
    ctx.fillStyle = "rgba(37,99,235,0.08)";
    const rx = frame.x + ext.x1 * frame.scale;
    const ry = frame.y + ext.y1 * frame.scale;
    ctx.fillRect(rx, ry, ext.w * frame.scale, ext.h * frame.scale);
    ctx.strokeRect(rx, ry, ext.w * frame.scale, ext.h * frame.scale);
  }

  const panTo = (ev: PointerEvent) => {
    const rect = canvas.getBoundingClientRect();
    const mx = ((ev.clientX - rect.left) * ratio - frame.x) / frame.scale;
    const my = ((ev.clientY - rect.top) * ratio - frame.y) / frame.scale;
    const z = cy.zoom();
    cy.pan({ x: cy.width() / 2 - mx * z, y: cy.height() / 2 - my * z });
  };
  canvas.addEventListener("pointerdown", (ev) => {
    canvas.setPointerCapture(ev.pointerId);
    panTo(ev);
  });
  canvas.addEventListener("pointermove", (ev) => {
    if (canvas.hasPointerCapture(ev.pointerId)) panTo(ev);
  });

  cy.on("viewport resize", () => schedule(false));
  cy.on("add remove position class", () => schedule(true));
  schedule(true);
  return { element: canvas, refresh: () => schedule(true) };
}
