import { describe, expect, it } from "vitest";
import type { GraphEdge } from "../schema/api.js";
import { exportFileName, shownEdges } from "./export.js";

const edge = (id: string, type: GraphEdge["type"], source: string, target: string): GraphEdge => ({ id, type, source, target, props: {} });
const stored = [edge("1", "ADOPTS", "doc", "ins"), edge("2", "MENTIONS", "doc", "ins"), edge("3", "MENTIONS", "doc", "fund"), edge("4", "SUPPORTS", "fund", "ins")];

describe("data exports of the canvas", () => {
  it("keep exactly the edges on the canvas", () => {
    expect(shownEdges(stored, new Set(["1", "4"]), false).map((e) => e.id)).toEqual(["1", "4"]);
  });

  it("add, on request, the stored edges parallel to a shown one and no others", () => {
    expect(shownEdges(stored, new Set(["1"]), true).map((e) => e.id)).toEqual(["1", "2"]);
  });

  it("give each format and variant a file name of its own", () => {
    const names = (["json", "csv-nodes", "csv-edges", "graphml", "gexf"] as const).flatMap((f) => [exportFileName(f, false), exportFileName(f, true)]);
    expect(new Set(names.filter((n) => n.endsWith(".csv"))).size).toBe(4);
  });
});
