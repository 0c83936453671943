import { describe, expect, it } from "vitest";
import { run } from "./testing.js";

describe("instruments", () => {
  it("adopts award tools with the award size the sentence states", () => {
    const { x, byId } = run("首次认定的高新技术企业,给予一次性奖励100万元。对新认定的国家级、市级和区级企业研发中心,分别给于一次性奖励100万元、50万元、5万元。");
    const adopts = Object.fromEntries(x.relations.filter((r) => r.type === "ADOPTS").map((r) => [byId.get(r.to)!.name, r.props.amountYuan]));
    expect(adopts).toEqual({ 高新技术企业认定奖励: 1e6, 企业研发机构奖励: 1e6 });
  });

  it("knows the tools by their local names", () => {
    const { named } = run("运用科技创新券政策给予补贴。落实首台(套)重大技术装备扶持政策。税前按实际支出额进行加计扣除。鼓励知识产权质押贷款。实行告知承诺。");
    expect(named("Instrument")).toEqual(["创新券", "告知承诺制", "知识产权质押融资", "研发费用加计扣除", "首台(套)扶持"]);
    // The vocabulary is the normaliser: the document's own wording stays as an alias.
    expect(run("鼓励知识产权质押贷款。").x.entities.find((e) => e.label === "Instrument")?.aliases).toContain("知识产权质押贷款");
  });

  it("gives every instrument a tool type (guide Appendix A), a supply/environment/demand side and its concept", () => {
    const { x } = run("支持区内企业的创新产品和服务优先列入政府采购名录。");
    expect(x.entities.find((e) => e.name === "政府采购")?.props).toEqual({ category: "procurement", side: "demand", concept: "政府采购" });
  });

  it("adopts provisions no vocabulary knows, each under the name the guide builds, with its money", () => {
    const { x, byId } = run("对认定为全市创新型领军企业的,给予一次性奖励300万元。建立健全容错纠错机制。探索股权代持制度。对双创载体、入孵企业给予建设补助、绩效激励和融资支持。鼓励知识产权质押贷款,按贷款时银行同期基准利率的50%给予补贴,单个企业每年最高20万元。");
    const adopts = x.relations.filter((r) => r.type === "ADOPTS").map((r) => [byId.get(r.to)!.name, byId.get(r.to)!.props.concept, r.props.amountYuan ?? null, r.props.rate ?? null]);
    expect(adopts).toEqual([
      ["创新型领军企业认定奖励", null, 3e6, null],
      ["容错纠错机制", "容错纠错机制", null, null],
      ["股权代持制度", null, null, null],
      ["双创载体建设补助", null, null, null],
      ["双创载体绩效激励", null, null, null],
      ["双创载体融资支持", null, null, null],
      ["知识产权质押融资", "知识产权质押融资", 2e5, 0.5],
    ]);
  });

  it("adopts a tool named again without new money only once", () => {
    const { x } = run("推广使用创新券。企业可使用创新券购买服务。");
    expect(x.relations.filter((r) => r.type === "ADOPTS")).toHaveLength(1);
  });
});

describe("non-money tools (guide §3.9: regulatory, administrative, services, finance)", () => {
  const adopted = (text: string) => {
    const { x, byId } = run(text);
    return x.relations.filter((r) => r.type === "ADOPTS").map((r) => byId.get(r.to)!.name);
  };

  it("names a grant with no beneficiary after the words before its tool word", () => {
    const { x } = run("并依法缴纳社会保险费1年以上的,给予每年2000元的带动就业补贴。");
    expect(x.entities.find((e) => e.label === "Instrument")?.aliases).toContain("带动就业补贴");
  });

  it("keeps two provisions that one concept normalises as two edges", () => {
    expect(adopted("用好用足高新技术企业财税优惠政策。落实全市企业科技人才税收优惠政策。")).toHaveLength(2);
  });

  it("names a mechanism by what follows its last 的", () => {
    expect(adopted("建立企业培育和市场化选聘相结合的职业经理人制度。")).toEqual(["职业经理人制度"]);
  });

  it("splits tools listed before a shared kind, keeping only items that end on a tool word", () => {
    expect(adopted("分行业分领域采取项目引导、研发费用补助等方式给予支持。推广贷款保证保险、出口信用保险等新型保险产品。")).toEqual(["研发费用补助", "贷款保证保险", "出口信用保险"]);
  });

  it("names a grant measured by a figure after the beneficiary, not the figure", () => {
    expect(adopted("4、对住宿餐饮企业当年营业额达到1亿元、5000万元、2000万元的分别给予10万元、7万元、5万元的奖励。")).toEqual(["住宿餐饮企业奖励"]);
  });

  it("reads flexible land supply, one-word relief for a named beneficiary, a loan product named …贷通 and a scope widened as tools", () => {
    expect(
      adopted(
        "逐步推行工业用地“弹性出让”方式。对已按规定妥善履行担保手续人员，在尽职的情况下依法依纪予以免责。积极推行“科贷通”等业务。适当提高存款准备金考核的容忍度。",
      ),
    ).toEqual(["工业用地弹性出让", "妥善履行担保手续人员免责", "科贷通", "存款准备金考核容忍度提高"]);
  });

  it("gives the tool words a listed policy's last item ends on to every item, and no tool to listed topics", () => {
    expect(adopted("落实高新技术企业、技术先进型服务企业税收优惠政策。落实大众创业、万众创新相关政策。综合运用基金支持、贷款贴息等方式。")).toEqual([
      "高新技术企业税收优惠",
      "税收优惠",
      "基金支持",
      "贷款贴息",
    ]);
  });

  it("reads red tape cut, services laid on and priority granted as tools", () => {
    expect(adopted("简化审批手续、流程,缩短办理时限。开通信贷审批绿色通道。为高层次人才创业企业配备服务专员。并优先推荐省重大专项。")).toEqual([
      "审批手续、流程简化",
      "办理时限缩短",
      "信贷审批绿色通道",
      "服务专员",
      "省重大专项优先推荐",
    ]);
  });

  it("reads regulatory mechanisms as tools but not coordination among agencies", () => {
    expect(adopted("完善包容审慎监管。建立全区创新驱动发展联席会议制度。")).toEqual(["包容审慎监管"]);
  });

  it("adopts tools a sentence states without money, one edge per provision, not a mechanism named by its process", () => {
    expect(adopted("进一步扩大科技项目经费管理自主权。项目完成后,结余资金留归承担单位使用。强化人才柔性引入。完善人才引进培养机制。")).toEqual([
      "科研经费管理改革",
      "科研经费管理改革",
      "人才柔性引进",
    ]);
  });

  it("adopts what is brought into a scope that carries support, and approval turned into filing, but not bookkeeping", () => {
    expect(adopted("将符合条件的创新产品纳入政府采购目录。将科技创新工作纳入年度考核范围。连锁便利店销售乙类非处方药由审批改为备案。")).toEqual([
      "政府采购",
      "销售乙类非处方药审批改备案",
    ]);
  });

  it("adopts prices and rates cut for firms, not a cost the text only hopes to lower", () => {
    expect(adopted("阶段性降低企业用电价格。降低中小企业创新转型成本。")).toEqual(["降低企业用电价格"]);
  });

  it("adopts procedures laid on for firms, not the document's own procedures or goals", () => {
    expect(adopted("启动应急快速审批程序。加强海外知识产权纠纷应对指导和维权援助。建立健全外商服务体系。实行招标投标程序。申报主体应在本市注册登记。加强组织领导。")).toEqual([
      "应急快速审批程序",
      "知识产权保护",
      "外商服务体系",
    ]);
  });

  it("adopts opening-up measures and lists named with capitals, but widens only a scope", () => {
    expect(adopted("落实放宽金融机构外资持股比例。扩大服务出口增值税政策适用范围。建立RCEP国别商品税率对比清单。扩大分支机构审批。")).toEqual([
      "金融机构外资持股比例放宽",
      "服务出口增值税政策适用范围扩大",
      "RCEP国别商品税率对比清单",
    ]);
  });

  it("names a grant whose condition only counts by the words before its numbers, and adopts no money withheld", () => {
    expect(adopted("对一个行政村建设标准化民宿5家以上的每间奖励2000元。单次会议人数规模在300人以上的特大型会议、赛事，一次性给予15万元奖励。仍无法补足的则不再补助。")).toEqual([
      "行政村建设标准化民宿奖励",
      "特大型会议奖励",
    ]);
  });

  it("keeps whole brackets in a beneficiary's name (工程(技术)中心), and the concept a vocabulary gives", () => {
    expect(adopted("对获得驰名商标(行政认定)、省著名商标的企业，分别给予一次性奖励50万元、10万元。对新认定的企业工程(技术)中心，给予奖励10万元。")).toEqual([
      "品牌质量奖励",
      "企业工程(技术)中心认定奖励",
    ]);
  });
});
