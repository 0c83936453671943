import { describe, expect, it } from "vitest";
import type { Span } from "../../../server/schema/api.js";
import { runs } from "./segments.js";

const span = (start: number, end: number, kind: Span["kind"], tag = "Industry"): Span => ({ start, end, kind, tag, ref: `${kind}:${start}`, name: "x" });

describe("reader runs", () => {
  it("marks an entity inside a relation sentence as both", () => {
    const r = runs(20, [span(0, 10, "relation", "SUPPORTS"), span(3, 6, "entity")]);
    expect(r.map((x) => [x.start, x.end, x.kinds.join("+")])).toEqual([
      [0, 3, "relation"],
      [3, 6, "entity+relation"],
      [6, 10, "relation"],
      [10, 20, ""],
    ]);
  });

  it("marks the quote the reader was opened on as focus and ignores measures", () => {
    const r = runs(10, [span(0, 10, "measure")], { start: 2, end: 5 });
    expect(r.map((x) => x.kinds.join("+"))).toEqual(["", "focus", ""]);
  });

  it("starts a run at every outline heading and clamps spans to the text", () => {
    const r = runs(10, [span(8, 30, "entity")], null, [{ id: "o1", start: 4 }]);
    expect(r.find((x) => x.start === 4)!.anchors).toEqual(["o1"]);
    expect(r.at(-1)!.end).toBe(10);
  });
});
