import { describe, expect, it } from "vitest";
import { collapseBlankLines, normaliseLines } from "./layout.js";

describe("normaliseLines", () => {
  it("turns \\r\\n and lone \\r into \\n", () => {
    expect(normaliseLines("一\r\n二\r三\n四")).toBe("一\n二\n三\n四");
  });

  it("drops trailing spaces, tabs, full-width and no-break spaces but keeps indentation", () => {
    expect(normaliseLines("　　第一条 \t\u3000\u00a0\n  二  ")).toBe("　　第一条\n  二");
  });
});

describe("collapseBlankLines", () => {
  it("leaves at most one empty line in a row and none at the ends", () => {
    expect(collapseBlankLines("\n\n一\n\n\n\n二\n\n三\n\n\n")).toBe("一\n\n二\n\n三");
  });
});
