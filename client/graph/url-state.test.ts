import { describe, expect, it } from "vitest";
import { NO_FILTERS } from "./filters.js";
import { decodeViewState, encodeViewState, viewParam, type ViewState } from "./url-state.js";

const state: ViewState = {
  nodes: [
    { id: "region:511100", x: 10.04, y: -20.26, pinned: true },
    { id: "industry:新材料", x: 130, y: 40.5, origin: "region:511100" },
    { id: "doc:000_8e12bc0a722c8d98", x: -80, y: 12 },
  ],
  edges: ["5:4f2a:17", "5:4f2a:18"],
  selected: ["industry:新材料"],
  filters: { ...NO_FILTERS, hiddenLabels: ["Measure"], yearFrom: 2016, yearTo: 2019 },
  layout: "concentric",
  sizeBy: "fund",
  zoom: 1.23456,
  pan: { x: 401.26, y: -33 },
  lang: "en",
};

describe("URL view state", () => {
  it("reopens the same nodes, positions, selection, filters, layout and viewport", async () => {
    const back = await decodeViewState(await encodeViewState(state));
    expect(back).toEqual({
      ...state,
      nodes: [
        { id: "region:511100", x: 10, y: -20.3, pinned: true },
        { id: "industry:新材料", x: 130, y: 40.5, origin: "region:511100" },
        { id: "doc:000_8e12bc0a722c8d98", x: -80, y: 12 },
      ],
      zoom: 1.235,
      pan: { x: 401.3, y: -33 },
    });
  });

  it("is URL-safe and compact for a few hundred nodes", async () => {
    const many: ViewState = { ...state, nodes: Array.from({ length: 300 }, (_, i) => ({ id: `organization:企业${i}`, x: i * 3.3, y: i * -1.7 })) };
    const encoded = await encodeViewState(many);
    expect(encoded).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(encoded.length).toBeLessThan(8000);
  });

  it("answers null for a hash it cannot read instead of throwing", async () => {
    expect(await decodeViewState("not-a-view")).toBeNull();
    expect(await decodeViewState("")).toBeNull();
  });

  it("finds the view in a hash with other parameters", () => {
    expect(viewParam("#x=1&v=abc")).toBe("abc");
    expect(viewParam("")).toBeNull();
  });
});
