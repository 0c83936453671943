import { describe, expect, it } from "vitest";
import { sentenceAt, splitSentences } from "./context.js";

describe("splitSentences", () => {
  const text = "一、总体要求\n  加快发展新材料产业。设立1亿元引导基金；支持企业上市！\n";
  const sentences = splitSentences(text);

  it("cuts at 。；！ and line breaks, trimming blanks", () => {
    expect(sentences.map((s) => text.slice(s.start, s.end))).toEqual([
      "一、总体要求",
      "加快发展新材料产业。",
      "设立1亿元引导基金；",
      "支持企业上市！",
    ]);
  });

  it("finds the sentence around an offset", () => {
    const at = text.indexOf("引导基金");
    const s = sentenceAt(sentences, at)!;
    expect(text.slice(s.start, s.end)).toBe("设立1亿元引导基金；");
    expect(sentenceAt(sentences, text.length + 5)).toBeNull();
  });
});
