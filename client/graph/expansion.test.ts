import { describe, expect, it } from "vitest";
import { collapseSet } from "./expansion.js";

describe("collapse", () => {
  const origins = new Map<string, string | undefined>([
    ["root", undefined],
    ["a", "root"],
    ["b", "root"],
    ["a1", "a"],
    ["other", undefined],
  ]);

  it("removes the neighbours a node brought, and what they brought in turn", () => {
    expect([...collapseSet("root", origins)].sort()).toEqual(["a", "a1", "b"]);
    expect([...collapseSet("a", origins)]).toEqual(["a1"]);
  });

  it("keeps pinned or selected nodes and never removes the node itself", () => {
    expect([...collapseSet("root", origins, new Set(["a"]))]).toEqual(["b"]);
    expect(collapseSet("other", origins).size).toBe(0);
  });
});
