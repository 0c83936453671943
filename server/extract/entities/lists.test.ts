import { describe, expect, it } from "vitest";
import { distribute } from "./lists.js";
import { nameStart, stopWords } from "./names.js";

const stops = stopWords();
const at = (text: string, name: string, head: string) => {
  const s = text.indexOf(name);
  return distribute(text, s, s + name.indexOf(head), s + name.length, { itemStart: (e) => nameStart(text, e, stops, 8), complete: (i) => /园区|中心|实验室$/.test(i) });
};

describe("distributive lists", () => {
  it("copies the whole name after 等 onto each member", () => {
    expect(at("加快推进渠口、临港等物流园区建设", "物流园区", "园区")?.map((m) => [m.name, m.bare])).toEqual([
      ["渠口物流园区", "渠口"],
      ["临港物流园区", "临港"],
    ]);
  });

  it("copies the head onto members that run into it", () => {
    expect(at("建立一批高质量的院士、专家工作站", "专家工作站", "工作站")?.map((m) => m.name)).toEqual(["院士工作站", "专家工作站"]);
    expect(at("新设立中小企业、校企合作、创新联合体等科技专项", "科技专项", "专项")?.map((m) => m.name)).toEqual([
      "中小企业科技专项",
      "校企合作科技专项",
      "创新联合体科技专项",
    ]);
  });

  it("does not split a list of levels grading one kind", () => {
    expect(at("对成功入围国家级、省级服务业产业平台的", "省级服务业产业平台", "平台")).toBeNull();
  });

  it("shares nothing when the members are whole names or there is no list", () => {
    expect(at("支持重点实验室和工程技术研究中心", "工程技术研究中心", "中心")).toBeNull();
    expect(at("依托临港等物流园区", "物流园区", "园区")).toBeNull();
    expect(at("建设专家工作站", "专家工作站", "工作站")).toBeNull();
  });
});
