import { describe, expect, it } from "vitest";
import { GRAPH_HASH, parseRoute, readerHash, sceneHash } from "./router.js";

describe("addresses", () => {
  it("tells each view from its address", () => {
    expect(parseRoute("")).toEqual({ view: "start" });
    expect(parseRoute(GRAPH_HASH)).toEqual({ view: "graph", state: null });
    expect(parseRoute("#v=abc")).toEqual({ view: "graph", state: "abc" });
    expect(parseRoute("#diffusion/adoption?item=创新券")).toEqual({ view: "diffusion" });
    expect(parseRoute("#diffusion")).toEqual({ view: "diffusion" });
    expect(parseRoute(sceneHash("k3x9q2"))).toEqual({ view: "scene", id: "k3x9q2" });
  });

  it("reopens the reader at the same span of the same document", () => {
    const hash = readerHash("doc:000_8e12bc0a722c8d98", { start: 120, end: 128 });
    expect(hash).toBe("#doc/doc%3A000_8e12bc0a722c8d98?at=120-128");
    expect(parseRoute(hash)).toEqual({ view: "reader", docId: "doc:000_8e12bc0a722c8d98", focus: { start: 120, end: 128 } });
    expect(parseRoute(readerHash("doc:x", null))).toEqual({ view: "reader", docId: "doc:x", focus: null });
  });

  it("shows the start view for an address it cannot read", () => {
    expect(parseRoute("#doc/%E0%A4%A")).toEqual({ view: "start" });
    expect(parseRoute("#scene/a b")).toEqual({ view: "start" });
    expect(parseRoute("#nonsense")).toEqual({ view: "start" });
  });
});
