import { describe, expect, it } from "vitest";
import { run } from "./testing.js";

describe("organizations", () => {
  it("finds universities and firms by their heads, not inside longer words", () => {
    const { named } = run("支持清华大学与企业共建研究院。吸引在校大学生来吴实训,选树女大学生创业典型。");
    expect(named("Organization")).toEqual(["清华大学"]);
  });

  it("reads brands listed before 等企业, not trades", () => {
    const { named } = run("以华兰生物、艾迪威等龙头企业为抓手。引导家具、钢铁、水泥等企业转型。");
    expect(named("Organization")).toEqual(["华兰生物工程股份有限公司", "艾迪威"]);
  });
});
