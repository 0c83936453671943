import { describe, expect, it } from "vitest";
import { observe } from "./observation.js";

const doc = (docId: string, regionCode: string, year: number) => ({ docId, regionCode, year });
const DOCS = [doc("jx-2016", "330400", 2016), doc("jx-2018", "330400", 2018), doc("ph-2020", "330482", 2020), doc("zj-2019", "330000", 2019)];

describe("observe", () => {
  it("observes a city from its first to its last document's year, counting a county's only on rollup", () => {
    const own = observe(DOCS, "city", false);
    expect(own.places.get("330400")).toMatchObject({ firstYear: 2016, lastYear: 2018, documents: 2, years: 2, parent: { code: "330000" } });
    expect(own.coverage).toMatchObject({ observed: 1, firstYear: 2016, lastYear: 2018, aboveDocuments: 1, belowDocuments: 1 });
    const rolled = observe(DOCS, "city", true);
    expect(rolled.places.get("330400")).toMatchObject({ firstYear: 2016, lastYear: 2020, documents: 3, years: 3 });
    expect(rolled.documents.get("330400|2020")).toEqual(["ph-2020"]);
  });

  it("names the province's other cities as unobserved, and never the province itself as a place", () => {
    const obs = observe(DOCS, "city", true);
    expect(obs.unobserved).toHaveLength(10); // Zhejiang's 11 cities but 嘉兴市
    expect(obs.unobserved.map((p) => p.shortName)).toContain("杭州市");
    expect(obs.places.has("330000")).toBe(false);
  });
});
