import { describe, expect, it } from "vitest";
import { provenanceOf } from "../schema/confidence.js";
import { entityConfidence, relationConfidence } from "./confidence.js";
import { run } from "./entities/testing.js";

describe("confidence and provenance", () => {
  it("says which finder stated each edge, how sure it is and that the sentence states it", () => {
    const { x, byId } = run("对首次认定的高新技术企业给予20万元奖励。支持衢州绿色产业集聚区发展新材料、新能源产业。");
    const adopts = x.relations.find((r) => r.type === "ADOPTS")!;
    expect(adopts).toMatchObject({ rule: "instruments", provenance: "stated", confidence: relationConfidence("ADOPTS") });
    const focus = x.relations.find((r) => r.type === "FOCUSES_ON")!;
    expect(`${byId.get(focus.from)?.name} → ${byId.get(focus.to)?.name}`).toBe("衢州绿色产业集聚区 → 新材料");
    expect(focus).toMatchObject({ rule: "parks", provenance: "stated" });
    for (const r of x.relations) {
      expect(typeof r.rule, `${r.type} ${r.from} → ${r.to}`).toBe("string");
      expect(r.confidence).toBeGreaterThan(0);
      expect(r.confidence).toBeLessThan(1);
    }
  });

  it("marks a place read off a zone's name as inferred", () => {
    const { x, byId } = run("做强做大乐山高新区,发挥乐山高新区牵引作用,乐山高新区要率先突破。建设乐山氢能产业园。加强与北京中关村科技园合作。");
    const located = x.relations.filter((r) => r.type === "LOCATED_IN");
    expect(located.map((r) => byId.get(r.to)?.name).sort()).toEqual(["乐山市", "北京市"]);
    for (const r of located) expect(r).toMatchObject({ rule: "parks", provenance: "inferred", props: { inferred: true } });
  });

  it("gives every entity the finder that first saw it, and its MENTIONS edge the same", () => {
    const { x } = run("大力发展新材料产业。");
    const industry = x.entities.find((e) => e.label === "Industry")!;
    expect(industry).toMatchObject({ rule: "industries", provenance: "stated", confidence: entityConfidence("Industry") });
    expect(x.relations.find((r) => r.type === "MENTIONS" && r.to === industry.id)?.rule).toBe("industries");
  });

  it("scores a relation type the gold never saw at one half", () => {
    expect(relationConfidence("NO_SUCH_TYPE")).toBe(0.5);
  });

  it("reads the provenance of stored edges no extractor stamped from their type", () => {
    expect(provenanceOf("SIMILAR_TO", { jaccard: 0.4 })).toEqual({ provenance: "derived", rule: "similarity", confidence: null });
    expect(provenanceOf("PART_OF", {})).toEqual({ provenance: "inferred", rule: "gazetteer", confidence: 1 });
    expect(provenanceOf("ADOPTS", { rule: "instruments", confidence: 0.71, provenance: "stated" })).toEqual({ provenance: "stated", rule: "instruments", confidence: 0.71 });
  });
});
