import { describe, expect, it } from "vitest";
import { looksTraditional, toMatchText } from "./match-text.js";

describe("toMatchText", () => {
  it("makes full-width letters, digits, brackets and the ideographic space half-width", () => {
    expect(toMatchText("（试行）ＡＢＣ　１２３％！～", false)).toBe("(试行)ABC 123%!~");
  });

  it("keeps Chinese punctuation ，。；：、 as it is", () => {
    expect(toMatchText("一、研发，投入；补助：万元。", false)).toBe("一、研发，投入；补助：万元。");
  });

  it("turns traditional characters simplified when the text is traditional", () => {
    expect(toMatchText("臺灣省１２３號（試行）", true)).toBe("台湾省123号(试行)");
  });

  it("uses phrase conversion where it keeps the length (乾隆 stays, 乾燥 becomes 干燥)", () => {
    expect(toMatchText("乾隆年間氣候乾燥", true)).toBe("乾隆年间气候干燥");
  });

  it("leaves simplified text alone apart from width (显著 keeps its 著)", () => {
    expect(toMatchText("成效显著", false)).toBe("成效显著");
  });

  it("keeps astral characters unchanged, both surrogate halves in place", () => {
    const text = "𠀀發展𠀀（一）";
    const match = toMatchText(text, true);
    expect(match).toBe("𠀀发展𠀀(一)");
    expect(match.length).toBe(text.length);
  });

  it("always has exactly the length of its input", () => {
    const text = "關於推進創新驅動發展的意見\n第一條　為了規範管理，制定本辦法。ＡＢ𠀀\r";
    expect(toMatchText(text, true)).toHaveLength(text.length);
  });
});

describe("looksTraditional", () => {
  it("says yes for a traditional paragraph", () => {
    expect(looksTraditional("為深入實施創新驅動發展戰略，加快建設創新型城市，現提出如下意見。")).toBe(true);
  });

  it("says no for simplified text that happens to contain 著", () => {
    expect(looksTraditional("成效显著，著力推进创新驱动发展战略，加快建设创新型城市。")).toBe(false);
  });
});
