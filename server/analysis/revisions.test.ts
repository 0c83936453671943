import { describe, expect, it } from "vitest";
import { citationKind, versionKey } from "./revisions.js";

const edge = (fromTitle: string, toTitle: string, quote: string, ids: [string, string] = ["a", "b"]) => ({ fromId: ids[0], fromTitle, toId: ids[1], toTitle, quote });

describe("citationKind", () => {
  it("reads a document repealing its earlier version as a revision (仙居县 2016, same title)", () => {
    expect(citationKind(edge("关于促进新材料产业发展的若干意见", "关于促进新材料产业发展的若干意见", "原《关于促进新材料产业发展的若干意见》（仙政发〔2016〕189号）同时废止。"))).toBe("revises");
  });

  it("reads a repealed predecessor of another title as a revision too", () => {
    expect(citationKind(edge("嘉兴市企业股改、上市（挂牌）新政二十条", "嘉兴市人民政府关于推动现代企业制度建设对接资本市场加快发展的若干意见", "原《嘉兴市人民政府关于推动现代企业制度建设对接资本市场加快发展的若干意见》（嘉政发〔2014〕69号）同时废止。"))).toBe("revises");
  });

  it("reads the 公布 line naming the document's own title as no citation", () => {
    expect(citationKind(edge("中山市政务数据管理办法", "中山市政务数据管理办法", "《中山市政务数据管理办法》已经2020年4月29日中山市人民政府十五届94次常务会议审议通过，现予公布，自2020年6月15日起施行。"))).toBe("self");
    expect(citationKind(edge("天台县扶持企业股改10条意见", "关于印发天台县扶持企业股改10条意见的通知", "现印发给你们", ["d", "d"]))).toBe("self");
  });

  it("keeps a citation of an upstream document, and one kept in force (除…继续执行外)", () => {
    expect(citationKind(edge("台州市椒江区科技计划项目管理办法", "浙江省科技计划项目管理办法", "根据《浙江省科技计划项目管理办法》，制定本办法。"))).toBe("cites");
    expect(citationKind(edge("衢州市人民政府关于推进创新驱动加快绿色发展的若干政策", "关于建设衢州市金融投资基金中心的政策意见（试行）", "除市政府《关于建设衢州市金融投资基金中心的政策意见（试行）》（衢政发〔2016〕11号）和招商引资政策继续执行外，其他市级有关政策同时废止。"))).toBe("cites");
  });
});

describe("versionKey", () => {
  it("compares titles without the 印发 wrapper, year and (试行)", () => {
    expect(versionKey("关于印发《苍南县质量强县建设奖励资金管理办法（2018年修订）》的通知")).toBe(versionKey("苍南县质量强县建设奖励资金管理办法"));
  });
});
