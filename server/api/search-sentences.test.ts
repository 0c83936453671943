import { describe, expect, it } from "vitest";
import { sentenceAround, sentencesOf } from "./search-sentences.js";
import { searchVariants } from "./variants.js";

const doc = (text: string) => ({ id: "d1", title: "某市若干政策", region: "某市", publishedOn: "2020-01-01", text });

describe("sentencesOf", () => {
  it("cuts the sentence that holds the match, with offsets into the text", () => {
    const text = "一、总则。\n建立健全科研人员维权援助机制。在乐山高新区建设人才之家。";
    const [hit, ...rest] = sentencesOf(doc(text), searchVariants("維權援助"));
    expect(rest).toEqual([]);
    expect(hit!.sentence).toBe("建立健全科研人员维权援助机制。");
    expect(text.slice(hit!.start, hit!.end)).toBe(hit!.sentence);
    expect(text.slice(hit!.matchStart, hit!.matchEnd)).toBe("维权援助");
    expect(hit).toMatchObject({ docId: "d1", title: "某市若干政策", region: "某市" });
  });

  it("finds a document's own misspelling 创新劵 for 创新券, one hit per sentence", () => {
    const hits = sentencesOf(doc("推广创新劵，创新券可以通用。发放创新券。"), searchVariants("创新券"));
    expect(hits.map((h) => h.sentence)).toEqual(["推广创新劵，创新券可以通用。", "发放创新券。"]);
  });
});

describe("sentenceAround", () => {
  it("stops at a line end and at most 160 characters", () => {
    const text = "甲".repeat(300) + "维权" + "乙".repeat(300);
    const { start, end } = sentenceAround(text, 300, 302);
    expect(end - start).toBeLessThanOrEqual(160);
    expect(start).toBeLessThan(300);
    expect(end).toBeGreaterThan(302);
  });
});
