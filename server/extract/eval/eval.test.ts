import { describe, expect, it } from "vitest";
import { evaluate, formatTable, rows } from "./evaluate.js";
import { normaliseName, prf, scoreExtraction } from "./score.js";
import type { Extraction } from "../../schema/graph.js";

describe("evaluation on the annotated fixtures", () => {
  it("stays above the floor: micro entity F1 ≥ 0.8 and relation F1 ≥ 0.65", async () => {
    const result = await evaluate();
    const table = rows(result);
    const entities = table.find((r) => r.key === "entities (micro)")!;
    const relations = table.find((r) => r.key === "relations (micro)")!;
    expect(result.fixtures.length).toBeGreaterThanOrEqual(15);
    expect(entities.f1, formatTable(table)).toBeGreaterThanOrEqual(0.8);
    expect(relations.f1, formatTable(table)).toBeGreaterThanOrEqual(0.65);
  }, 60_000);
});

describe("scoring", () => {
  const extraction = {
    document: { id: "d" },
    entities: [
      { id: "fund:x:区级产业引导基金", label: "Fund", name: "区级产业引导基金", aliases: [], props: {} },
      { id: "industry:新材料", label: "Industry", name: "新材料", aliases: ["新型材料"], props: {} },
      { id: "industry:材料", label: "Industry", name: "材料", aliases: [], props: {} },
    ],
    relations: [
      { type: "SUPPORTS", from: "fund:x:区级产业引导基金", to: "industry:新材料", props: {} },
      { type: "ESTABLISHES", from: "d", to: "fund:x:区级产业引导基金", props: {} },
    ],
  } as unknown as Extraction;

  it("matches entities by alias and scores only the fixture's scope", () => {
    const s = scoreExtraction(
      {
        name: "t",
        source: "written",
        text: "…",
        scope: { labels: ["Industry"], types: ["SUPPORTS"] },
        expected: {
          entities: [{ label: "Industry", name: "新型材料" }],
          relations: [{ type: "SUPPORTS", from: { label: "Fund", name: "区级产业引导基金" }, to: { label: "Industry", name: "新材料" } }],
        },
      },
      extraction,
    );
    expect(s.entities.get("Industry")).toEqual({ tp: 1, fp: 1, fn: 0 });
    expect(s.entities.has("Fund")).toBe(false);
    expect(s.relations.get("SUPPORTS")).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(s.relations.has("ESTABLISHES")).toBe(false);
  });

  it("folds quotes, brackets and spacing in names", () => {
    expect(normaliseName("“万开云” 板块（一体化）")).toBe(normaliseName("万开云板块(一体化)"));
  });

  it("computes precision, recall and F1", () => {
    expect(prf({ tp: 3, fp: 1, fn: 1 })).toEqual({ precision: 0.75, recall: 0.75, f1: 0.75 });
  });
});
