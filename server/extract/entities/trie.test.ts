import { describe, expect, it } from "vitest";
import { buildDictionary } from "./trie.js";

describe("buildDictionary", () => {
  const dict = buildDictionary([
    ["新能源", "新能源"],
    ["新能源汽车", "新能源汽车"],
    ["汽车", "汽车"],
    ["材料", "材料"],
  ]);

  it("prefers the longest term at a position and does not overlap", () => {
    const text = "发展新能源汽车和新材料";
    expect(dict.find(text).map((m) => [text.slice(m.start, m.end), m.value])).toEqual([
      ["新能源汽车", "新能源汽车"],
      ["材料", "材料"],
    ]);
  });

  it("scans only the range it is given", () => {
    const text = "汽车、材料";
    expect(dict.find(text, 2).map((m) => m.value)).toEqual(["材料"]);
    expect(dict.find(text, 0, 2).map((m) => m.value)).toEqual(["汽车"]);
  });
});
