import { describe, expect, it } from "vitest";
import { normalSpelling, searchVariants } from "./variants.js";

describe("searchVariants", () => {
  it("asks for 维权援助 in simplified and traditional whichever was typed", () => {
    expect(searchVariants("維權援助")).toEqual(expect.arrayContaining(["維權援助", "维权援助"]));
    expect(searchVariants("维权援助")).toEqual(expect.arrayContaining(["维权援助", "維權援助"]));
  });

  it("finds 创新券 for the common misspelling 创新劵, and the misspelling for 创新券", () => {
    expect(searchVariants("创新劵")).toContain("创新券");
    expect(searchVariants("创新券")).toContain("创新劵");
    expect(searchVariants("創新券")).toEqual(expect.arrayContaining(["创新券", "创新劵"]));
  });

  it("keeps the typed text first and repeats nothing", () => {
    const forms = searchVariants("乐山");
    expect(forms[0]).toBe("乐山");
    expect(new Set(forms).size).toBe(forms.length);
    expect(searchVariants("leshan")).toEqual(["leshan"]);
  });

  it("normalises to simplified standard characters", () => {
    expect(normalSpelling("創新劵")).toBe("创新券");
  });
});
