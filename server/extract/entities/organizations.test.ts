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

  it("keeps firms and banks as Organizations, the government's own companies and the central bank as Agencies", () => {
    const { named } = run("结合新航集团机载产品研制。完成乐山市商业银行IPO上市。由经办银行发放贷款,及时报告中国人民银行。");
    expect(named("Organization")).toEqual(["乐山市商业银行", "新航集团"]);
  });
});
