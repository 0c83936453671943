import { describe, expect, it } from "vitest";
import { hiddenElements, NO_FILTERS, type DocInfo } from "./filters.js";

const nodes = [
  { id: "d2017", label: "Document" },
  { id: "d2020", label: "Document" },
  { id: "fund", label: "Fund" },
  { id: "ind", label: "Industry" },
  { id: "lone", label: "Region" },
];
const edges = [
  { id: "e1", type: "ESTABLISHES", source: "d2017", target: "fund", docId: "d2017" },
  { id: "e2", type: "PRIORITIZES", source: "d2020", target: "ind", docId: "d2020" },
  { id: "e3", type: "SUPPORTS", source: "fund", target: "ind", docId: "d2017" },
];
const docs = new Map<string, DocInfo>([
  ["d2017", { year: 2017, regionCode: "500154", extra: { coder: "A" } }],
  ["d2020", { year: 2020, regionCode: "511100", extra: { coder: "B" } }],
]);

describe("filters", () => {
  it("hides nothing without filters", () => {
    expect(hiddenElements(nodes, edges, docs, NO_FILTERS).size).toBe(0);
  });

  it("keeps only what documents with a sidecar value state", () => {
    expect([...hiddenElements(nodes, edges, docs, { ...NO_FILTERS, docProps: { coder: "B" } })].sort()).toEqual(["d2017", "e1", "e3", "fund"]);
  });

  it("hides a label and the edges that touch it", () => {
    expect([...hiddenElements(nodes, edges, docs, { ...NO_FILTERS, hiddenLabels: ["Fund"] })].sort()).toEqual(["e1", "e3", "fund"]);
  });

  it("keeps what 2016–2018 documents state and drops the 2020 document's facts", () => {
    const hidden = hiddenElements(nodes, edges, docs, { ...NO_FILTERS, yearFrom: 2016, yearTo: 2018 });
    expect([...hidden].sort()).toEqual(["d2020", "e2"]);
  });

  it("filters by region through the document, a city code matching its districts", () => {
    const hidden = hiddenElements(nodes, edges, docs, { ...NO_FILTERS, regionCodes: ["500000"] });
    expect(hidden.has("d2020")).toBe(true);
    expect(hidden.has("ind")).toBe(false); // still supported by e3 from the 2017 document
    expect(hidden.has("lone")).toBe(false);
  });

  it("hides a node none of whose edges survive", () => {
    const hidden = hiddenElements(nodes, edges, docs, { ...NO_FILTERS, docIds: ["d2020"] });
    expect(hidden.has("fund")).toBe(true);
    expect(hidden.has("ind")).toBe(false);
  });
});
