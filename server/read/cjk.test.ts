import { describe, expect, it } from "vitest";
import iconv from "iconv-lite";
import { commonHanShare, countHan } from "./cjk.js";

describe("countHan", () => {
  it("counts Han characters once each, astral extension characters included", () => {
    expect(countHan("关于2020年𠀀的通知，OK")).toBe(7);
  });
});

describe("commonHanShare", () => {
  it("scores a policy sentence high in simplified and in traditional", () => {
    expect(commonHanShare("为深入实施创新驱动发展战略，现提出如下意见")).toBeGreaterThan(0.8);
    expect(commonHanShare("為深入實施創新驅動發展戰略，現提出如下意見")).toBeGreaterThan(0.8);
  });

  it("scores the same Big5 bytes decoded as GB18030 low", () => {
    const wrong = iconv.decode(iconv.encode("為深入實施創新驅動發展戰略，現提出如下意見", "big5"), "gb18030");
    expect(commonHanShare(wrong)).toBeLessThan(0.5);
  });

  it("is 0 without Han characters", () => {
    expect(commonHanShare("no Chinese here")).toBe(0);
  });
});
