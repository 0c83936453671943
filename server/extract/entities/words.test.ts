import { describe, expect, it } from "vitest";
import { crossesWord } from "./words.js";

describe("crossesWord", () => {
  it("finds 化工 inside 优化工艺 but not in 绿色化工", () => {
    expect(crossesWord("优化工艺流程", 1, 3)).toBe(true);
    expect(crossesWord("发展绿色化工产业", 4, 6)).toBe(false);
  });
  it("keeps a term that jieba splits into smaller words (新材料 → 新/材料)", () => {
    expect(crossesWord("紧扣新材料、电子信息", 2, 5)).toBe(false);
  });
});
