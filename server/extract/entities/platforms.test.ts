import { describe, expect, it } from "vitest";
import { run } from "./testing.js";

describe("platforms", () => {
  it("names carriers by their head word, grading words stripped into aliases", () => {
    const { named, x } = run("积极争创全国重点实验室、自治区实验室。建设示范性众创空间。");
    expect(named("Platform")).toEqual(["众创空间", "自治区实验室", "重点实验室"]);
    expect(x.entities.find((e) => e.name === "重点实验室")?.aliases).toContain("全国重点实验室");
  });

  it("drops umbrella words and splits distributive lists", () => {
    const { named } = run("依托科技金融服务平台、技术创新导航专利平台等公共服务平台。建立一批高质量的院士、专家工作站。");
    expect(named("Platform")).toEqual(["专家工作站", "技术创新导航专利平台", "科技金融服务平台", "院士工作站"]);
  });

  it("establishes what the document builds, not what it relies on or rewards", () => {
    const { edges } = run("依托科技金融服务平台开展服务。对新认定的企业研发中心给予奖励。鼓励企业与高校组建产业技术创新联盟。");
    expect(edges("ESTABLISHES")).toEqual(["Document → 产业技术创新联盟"]);
  });

  it("takes an establishing heading as the statement", () => {
    const { edges } = run("(十二)打造一批众创空间\n对众创空间给予补助。");
    expect(edges("ESTABLISHES")).toEqual(["Document → 众创空间"]);
  });

  it("knows trade and data carriers (海外仓, 数据专区, 直销中心) and starts them after the verb or body before", () => {
    const { named } = run("鼓励企业租用跨境电商公共海外仓。由市经济和信息化局负责数据专区建设。通过设立农产品直销中心等方式深耕境外市场。鼓励跨国公司设立全球或者区域资金管理中心。");
    expect(named("Platform")).toEqual(["农产品直销中心", "区域资金管理中心", "数据专区", "跨境电商公共海外仓"]);
  });
});
