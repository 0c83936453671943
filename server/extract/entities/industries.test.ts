import { describe, expect, it } from "vitest";
import { run } from "./testing.js";
import { listItems } from "./industries.js";

describe("industries", () => {
  it("splits a priority list and normalises it to the vocabulary", () => {
    const text = "紧扣新材料、电子信息、绿色食品加工、汽车配件、现代轻纺服装、医药健康等重点产业发展需求";
    expect(listItems(text).map((i) => i.canonical)).toEqual(["新材料", "电子信息", "食品加工", "汽车零部件", "纺织服装", "生物医药"]);
    expect(run(text).edges("PRIORITIZES")).toHaveLength(6);
  });

  it("keeps unknown items of a 主导产业 list as their own industries", () => {
    const { named } = run("围绕粮油、生猪、柑橘、饲料桑等主导产业,加快引进先进技术。");
    expect(named("Industry")).toEqual(["柑橘", "生猪", "粮油", "饲料桑"]);
  });

  it("splits 和/与 pairs and cuts the count off the last item", () => {
    const text = "做大做优做强生命科学和生物技术、动力电池与新能源汽车、航空航天、大数据四大主导产业";
    expect(listItems(text).map((i) => i.canonical)).toEqual(["生命科学", "生物技术", "动力电池", "新能源汽车", "航空航天", "大数据"]);
  });

  it("ends a list at its 等 and reads product lines given one zone each as industries", () => {
    expect(listItems("推动纺织、生物制药等传统产业结构、绿色、技术、智能改造升级").map((i) => i.canonical)).toEqual(["纺织服装", "生物医药"]);
    const { named } = run("做强茶叶、晚熟柑橘、林竹、畜牧科技园,带动现代农业发展。");
    expect(named("Industry")).toEqual(expect.arrayContaining(["晚熟柑橘", "林竹", "畜牧"]));
    expect(named("Park")).toEqual(expect.arrayContaining(["晚熟柑橘科技园"]));
    // A zone a list's partner runs, or a grade listed before the zone, is no product line.
    expect(listItems("支持批发市场、大型商超、供销企业与种植基地加强产销对接")).toEqual([]);
    expect(listItems("对新评为国家级、省级小微企业创业创新示范园的给予奖励")).toEqual([]);
  });

  it("reads a pair joined by 和 before a sector's head as a list, not a pair of bodies", () => {
    expect(listItems("做优晶硅料和拉棒等前端环节").map((i) => i.canonical)).toEqual(["晶硅料", "拉棒"]);
    expect(listItems("市大数据中心汇聚的公安和住建等行业数据")).toEqual([]);
  });

  it("reads a trade named by its 业 after a development verb as an industry", () => {
    const { named } = run("大力发展鲜活农产品加工业，加快畜禽屠宰。共同推进我区农家乐休闲旅游业发展。");
    expect(named("Industry")).toEqual(expect.arrayContaining(["鲜活农产品加工业", "农家乐休闲旅游业"]));
    expect(named("Industry")).not.toContain("我区农家乐休闲旅游业");
  });

  it("does not read organizations or places listed before 等 as industries", () => {
    expect(listItems("鼓励企业与高校、科研院所、名企等组建产业技术创新联盟")).toEqual([]);
  });

  it("needs the priority cue in the industry's own clause", () => {
    const { edges } = run("加快农业物联网、大数据等信息技术应用示范,大力发展“三品一标”产品。");
    expect(edges("PRIORITIZES")).toEqual([]);
  });

  it("relates another named place to the industries the sentence gives it, but not the document's own place", () => {
    const { edges } = run("中共乐山市委关于深入推进创新驱动引领乐山高质量发展的决定\n把乐山打造成晶硅光伏、民用核技术、稀土等领域战略科技力量重要承载区。重点对接成都电子信息、德阳高端装备等优势产业集群。");
    expect(edges("FOCUSES_ON").sort()).toEqual(["德阳市 → 高端装备", "成都市 → 电子信息"]);
  });

  it("makes a zone the carrier of the industries a 以…为载体 sentence names", () => {
    const { edges } = run("动力电池与新能源汽车产业,依托河南电池研究院科技优势,以氢能产业园为载体,引进氢燃料电池、动力锂电池等优质企业项目。");
    expect(edges("FOCUSES_ON").sort()).toEqual(expect.arrayContaining(["氢能产业园 → 动力电池", "氢能产业园 → 动力锂电池", "氢能产业园 → 新能源汽车", "氢能产业园 → 氢燃料电池"]));
  });

  it("names industries as the text does and reads sectors no vocabulary knows after a development verb", () => {
    const { named } = run("大力发展轻纺服装、特色农产品、食品、饮料、工艺品和旅游纪念品等消费品。加快发展3D打印产业。");
    expect(named("Industry")).toEqual(expect.arrayContaining(["3D打印", "工艺品", "旅游纪念品", "特色农产品", "轻纺服装", "食品", "饮料"]));
  });

  it("reads no industry inside a longer word, another thing's name or an applied technology", () => {
    const { named } = run("支持企业优化工艺流程。建设工业互联网平台和乐山市中医药研究院。加强互联网、大数据、物联网等技术应用。");
    expect(named("Industry")).toEqual([]);
  });

  it("reads a list of fields of work as sectors only when most of it is known sectors", () => {
    const { named } = run("新片区聚焦投资、贸易、金融、网络、生态环境、文化安全、人员进出、反恐反分裂、公共道德等重点领域。聚焦新一代信息技术、生物医药、新材料等重点领域。");
    expect(named("Industry")).toEqual(["新一代信息技术", "新材料", "生物医药", "金融"]);
  });
});
