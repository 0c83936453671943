import { describe, expect, it } from "vitest";
import { run } from "./testing.js";

const HEADER = "乐山市人民政府关于实施创新驱动发展的意见\n\n";

describe("cooperation", () => {
  it("pairs the document's region with the places after 与 in a 合作/协同 clause", () => {
    const { edges } = run(`${HEADER}深化与重庆市武隆区、大足区等文旅科技创新合作。探索建立与成都、重庆等区域协同创新机制。`);
    expect(edges("COOPERATES_WITH").sort()).toEqual(["乐山市 → 大足区", "乐山市 → 成都市", "乐山市 → 武隆区", "乐山市 → 重庆市"]);
  });

  it("takes the partner a named partnership lists, not the province written before its city", () => {
    const { edges } = run(`${HEADER}完善与山东潍坊等东西扶贫协作创新机制。`);
    expect(edges("COOPERATES_WITH")).toEqual(["乐山市 → 潍坊市"]);
  });

  it("needs 与 before the partner of a bare 合作 or 协同", () => {
    const { edges } = run(`${HEADER}加强成都产学研合作,推动协同创新。`);
    expect(edges("COOPERATES_WITH")).toEqual([]);
  });
});
