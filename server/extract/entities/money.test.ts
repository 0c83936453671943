import { describe, expect, it } from "vitest";
import { amountToYuan, findAmounts, parseNumber } from "./money.js";

describe("money", () => {
  it("reads Arabic and Chinese numerals", () => {
    expect(parseNumber("2.5")).toBe(2.5);
    expect(parseNumber("五千")).toBe(5000);
    expect(parseNumber("一百二十")).toBe(120);
    expect(parseNumber("两亿")).toBe(2e8);
    expect(parseNumber("十")).toBe(10);
  });

  it("converts 万元, 亿元, 千万元 and Chinese numerals to yuan", () => {
    expect(amountToYuan("1亿元")).toBe(1e8);
    expect(amountToYuan("5000万元")).toBe(5e7);
    expect(amountToYuan("五千万元")).toBe(5e7);
    expect(amountToYuan("3千万元")).toBe(3e7);
    expect(amountToYuan("5000元")).toBe(5000);
    expect(amountToYuan("2.5亿元")).toBe(2.5e8);
  });

  it("takes the upper bound of a range", () => {
    expect(amountToYuan("100-500万元")).toBe(5e6);
    expect(amountToYuan("5—20万元")).toBe(2e5);
    expect(amountToYuan("10万～30万元")).toBe(3e5);
  });

  it("finds amounts with offsets and skips 一元化", () => {
    const text = "初期设立1亿元区级产业引导基金,推进一元化管理,最高奖励50万元";
    const found = findAmounts(text);
    expect(found.map((a) => [a.text, a.yuan])).toEqual([
      ["1亿元", 1e8],
      ["50万元", 5e5],
    ]);
    expect(text.slice(found[0]!.start, found[0]!.end)).toBe("1亿元");
  });
});
