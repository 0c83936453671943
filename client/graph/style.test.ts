import { describe, expect, it } from "vitest";
import { NODE_LABELS } from "../../server/schema/graph.js";
import { displayName, LABEL_STYLES, MAX_SIZE, MIN_SIZE, nodeSize, stylesheet } from "./style.js";

describe("style mapping", () => {
  it("gives every label its own colour and its own shape", () => {
    const colours = NODE_LABELS.map((l) => LABEL_STYLES[l].color);
    const shapes = NODE_LABELS.map((l) => LABEL_STYLES[l].shape + (LABEL_STYLES[l].points?.join(",") ?? ""));
    expect(new Set(colours).size).toBe(NODE_LABELS.length);
    expect(new Set(shapes).size).toBe(NODE_LABELS.length);
  });

  it("keeps polygon corners inside the unit square", () => {
    for (const l of NODE_LABELS) for (const v of LABEL_STYLES[l].points ?? []) expect(Math.abs(v)).toBeLessThanOrEqual(1);
  });

  it("sizes nodes by degree between the minimum and maximum, hubs largest", () => {
    const max = { degree: 100, amount: 0 };
    expect(nodeSize({ degree: 0 }, "degree", max)).toBe(MIN_SIZE);
    expect(nodeSize({ degree: 100 }, "degree", max)).toBe(MAX_SIZE);
    expect(nodeSize({ degree: 10 }, "degree", max)).toBeGreaterThan(nodeSize({ degree: 3 }, "degree", max));
  });

  it("sizes a 1亿元 fund larger than a 500万元 one, and nodes without money small", () => {
    const max = { degree: 10, amount: 1e8 };
    expect(nodeSize({ amountYuan: 1e8 }, "fund", max)).toBe(MAX_SIZE);
    expect(nodeSize({ amountYuan: 5e6 }, "fund", max)).toBeLessThan(MAX_SIZE);
    expect(nodeSize({ amountYuan: null }, "fund", max)).toBe(MIN_SIZE);
  });

  it("shortens long document titles on the canvas but keeps short names whole", () => {
    expect(displayName("开州区")).toBe("开州区");
    const title = "中共重庆市开州区委重庆市开州区人民政府关于深化改革扩大开放加快实施创新驱动发展战略的实施意见";
    expect([...displayName(title)].length).toBe(16);
    expect(displayName(title).endsWith("…")).toBe(true);
  });

  it("drops labels and uses haystack edges in the simplified style", () => {
    const simple = stylesheet(true);
    expect(simple.find((b) => b.selector === "node")!.style.label).toBe("");
    expect(simple.find((b) => b.selector === "edge")!.style["curve-style"]).toBe("haystack");
    expect(stylesheet(false).find((b) => b.selector === "node")!.style.label).toBe("data(short)");
  });
});
