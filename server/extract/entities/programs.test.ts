import { describe, expect, it } from "vitest";
import { run } from "./testing.js";

describe("programs", () => {
  it("names a campaign a quoted slogan runs on a thing after that thing, and leaves figures of speech", () => {
    const { named } = run("推动重点产业企业高价值发明专利“扫零”。推进新型研发机构“增质提效”,选取试点。推动科技成果在莞实现“开花结果”。");
    expect(named("Program")).toEqual(["新型研发机构“增质提效”", "高价值发明专利“扫零”"]);
  });

  it("finds quoted schemes and launched campaigns but not slogans", () => {
    const { named } = run("按照“五位一体”总体布局,大力实施“名品、名企、名家”工程和“十百千品牌培育工程”。实施全区领军企业培育计划。对接全市“特支计划”等人才专项。");
    expect(named("Program")).toEqual(["全区领军企业培育计划", "十百千品牌培育工程", "名品、名企、名家工程", "特支计划"]);
  });

  it("establishes what the document launches, not what it links to", () => {
    const { edges } = run("实施“雄鹰行动”和“凤凰行动”计划。积极对接国家“千人计划”。");
    expect(edges("ESTABLISHES").sort()).toEqual(["Document → 凤凰行动计划", "Document → 雄鹰行动"]);
  });

  it("finds unquoted schemes, titles and events by their head word", () => {
    const { named } = run("全力建设创新发展引领市。承办中国创新创业大赛。新设立中小企业、校企合作、创新联合体等科技专项。");
    expect(named("Program")).toEqual(["中国创新创业大赛", "中小企业科技专项", "创新发展引领市", "创新联合体科技专项", "校企合作科技专项"]);
  });

  it("finds quoted enterprise titles, reforms and launched slogans", () => {
    const { named, edges } = run("培育打造一批专精特新“小巨人”企业。深化“放管服”改革。开展“树标提质”。");
    expect(named("Program")).toEqual(["专精特新小巨人企业", "放管服改革", "树标提质"]);
    expect(edges("ESTABLISHES")).toHaveLength(3);
  });

  it("takes a quoted national slogan as a Program the document does not establish", () => {
    const { named, edges } = run("抓住“一带一路”建设机遇。");
    expect(named("Program")).toEqual(["一带一路"]);
    expect(edges("ESTABLISHES")).toEqual([]);
  });

  it("takes numbered slogans the document works within, quotes in a row, and not carriers, tools or modifiers", () => {
    const { named } = run("围绕“两都五基地”建设优化平台。定期开展“嘉州创新领军人才”“乐山工匠”等评选活动。支持建设“飞地孵化器”。大力开展“科创贷”“园区贷”等业务。推进“两化”深度融合。");
    expect(named("Program")).toEqual(["两都五基地", "乐山工匠", "嘉州创新领军人才"]);
  });

  it("finds campaigns, forums and contests launched by name, not a generic training or promotion", () => {
    const { named } = run("开展放心消费创建活动。举办中国创新创业大赛。开展宣传培训活动。组织开展各类招商推介活动。");
    expect(named("Program")).toEqual(["中国创新创业大赛", "放心消费创建活动"]);
  });
});
