import { describe, expect, it } from "vitest";
import { escapeLucene, luceneAnyOf, luceneQuery } from "./lucene.js";

describe("luceneQuery", () => {
  it.each([
    ["引导基金", '"引导基金"'],
    ["乐山", '"乐山"'],
    ["乐", "乐*"],
    ["leshan", "leshan*"],
    ["Le Shan", "leshan*"],
    ["ls", "ls*"],
    ["5G基站", '"5G基站"'],
  ])("turns %s into %s", (q, expected) => {
    expect(luceneQuery(q)).toBe(expected);
  });

  it.each([
    ["' OR 1=1", '"\' OR 1=1"'],
    ['"; MATCH (n) DETACH DELETE n', '"\\"; MATCH \\(n\\) DETACH DELETE n"'],
    ["}) DETACH DELETE n //", '"\\}\\) DETACH DELETE n \\/\\/"'],
    ["a:b AND c*", '"a\\:b AND c\\*"'],
  ])("quotes and escapes %s so that it is searched as text", (q, expected) => {
    expect(luceneQuery(q)).toBe(expected);
  });

  it("finds nothing to search in punctuation or control characters alone", () => {
    expect(luceneQuery("***")).toBeNull();
    expect(luceneQuery("\u0000")).toBeNull();
    expect(luceneQuery("、。")).toBeNull();
  });

  it("escapes every Lucene operator", () => {
    expect(escapeLucene('+-&|!(){}[]^"~*?:\\/')).toBe('\\+\\-\\&\\|\\!\\(\\)\\{\\}\\[\\]\\^\\"\\~\\*\\?\\:\\\\\\/');
  });
});

describe("luceneAnyOf", () => {
  it("asks for every spelling as a phrase, joined by OR", () => {
    expect(luceneAnyOf(["创新券", "创新劵"])).toBe('"创新券" OR "创新劵"');
    expect(luceneAnyOf(["!!"])).toBeNull();
  });
});
