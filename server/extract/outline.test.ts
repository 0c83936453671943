import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { splitSentences, type DocContext } from "./context.js";
import { chineseNumber, extractOutline, findHeadings } from "./outline.js";

const half = (s: string) => s.replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, " ");

function ctx(text: string, region: DocContext["region"] = null): DocContext {
  const matchText = half(text);
  return { docId: "doc", text, matchText, sentences: splitSentences(matchText), region, publishedYear: null };
}

const fixture = (name: string) =>
  (JSON.parse(readFileSync(new URL(`../../test/fixtures/extract/meta-${name}.json`, import.meta.url), "utf8")) as { text: string }).text;

const paths = (text: string) => findHeadings(half(text)).map((h) => h.path);

describe("findHeadings", () => {
  it("nests 一、/(一)/—— as 开州区's 实施意见 does", () => {
    expect(paths(fixture("kaizhou-joint-issuers"))).toEqual(["一", "一.(一)", "一.(二)", "一.(二).—1", "一.(二).—2", "一.(二).—3"]);
  });

  it("keeps 银川's task numbers running on across sections (二.5, 二.6)", () => {
    expect(paths(fixture("yinchuan-lead-departments"))).toEqual(["二", "二.5", "二.6"]);
  });

  it("reads 第X章/第X条 even when a file runs them into one line", () => {
    expect(paths(fixture("jiaojiang-runon-articles"))).toEqual([
      "第一章",
      "第一章.第一条",
      "第一章.第二条",
      "第一章.第三条",
      "第二章",
      "第二章.第四条",
    ]);
  });

  it("does not take years, amounts or a list inside a sentence for headings", () => {
    const text = "一、总体要求\n2020年，全区研发投入达到5亿元。\n1.5亿元用于平台建设。\n3.支持企业上市。\n1.培育企业。\n2.建设平台。\n";
    expect(paths(text)).toEqual(["一", "一.1", "一.2"]);
  });

  it("reads Chinese numerals up to the hundreds", () => {
    expect([chineseNumber("二十八"), chineseNumber("十二"), chineseNumber("一百零三"), chineseNumber("2 4")]).toEqual([28, 12, 103, 24]);
  });
});

describe("extractOutline", () => {
  it("makes 银川's 5.大力培育科技型企业 a Measure with path 二.5 led by 银川市科技局", () => {
    const part = extractOutline(ctx(fixture("yinchuan-lead-departments"), { name: "宁夏回族自治区银川市", code: "640100" }));
    const measure = part.entities.find((e) => e.id === "measure:doc:二.5")!;
    expect(measure).toMatchObject({ label: "Measure", name: "大力培育科技型企业" });
    expect(measure.props).toMatchObject({ docId: "doc", path: "二.5", order: 1 });
    const led = part.relations.filter((r) => r.type === "LED_BY" && r.from === measure.id);
    expect(led.map((r) => r.to)).toEqual(["agency:银川市科技局"]);
    expect(led[0]!.quote).toBe("牵头部门:市科技局");
    const assigned = part.relations.filter((r) => r.type === "ASSIGNED_TO" && r.from === measure.id).map((r) => r.to);
    expect(assigned).toContain("agency:银川市发展改革委");
    expect(part.entities.find((e) => e.id === "agency:银川市发展改革委")?.aliases).toEqual(["市发改委"]);
  });

  it("links the outline with HAS_MEASURE in order, quoting the heading", () => {
    const part = extractOutline(ctx(fixture("leshan-party-decision")));
    const has = part.relations.filter((r) => r.type === "HAS_MEASURE");
    expect(has.map((r) => [r.from, r.to, r.props.order])).toEqual([
      ["doc", "measure:doc:一", 1],
      ["measure:doc:一", "measure:doc:一.1", 1],
      ["measure:doc:一", "measure:doc:一.2", 2],
    ]);
    expect(has[1]!.quote).toBe("1.担负起建设创新型城市的重大使命。");
  });

  it("spans each Measure up to the next sibling-or-higher heading", () => {
    const text = "一、甲\n(一)乙。正文。\n(二)丙。\n二、丁\n";
    const part = extractOutline(ctx(text));
    const span = (id: string) => {
      const p = part.entities.find((e) => e.id === id)!.props;
      return text.slice(p.start as number, p.end as number);
    };
    expect(span("measure:doc:一")).toBe("一、甲\n(一)乙。正文。\n(二)丙。");
    expect(span("measure:doc:一.(一)")).toBe("(一)乙。正文。");
  });

  it("attaches 开州区's (牵头单位:区科委;配合单位:…) note to the innermost Measure, with names expanded", () => {
    const part = extractOutline(ctx(fixture("kaizhou-lead-notes-written"), { name: "重庆市开州区", code: "500154" }));
    const edges = part.relations.filter((r) => r.type === "LED_BY" || r.type === "ASSIGNED_TO").map((r) => `${r.type} ${r.from} ${r.to} ${r.props.role}`);
    expect(edges).toEqual([
      "LED_BY measure:doc:一.(一) agency:开州区科委 牵头",
      "ASSIGNED_TO measure:doc:一.(一) agency:开州区财政局 配合",
      "ASSIGNED_TO measure:doc:一.(一) agency:开州区发展改革委 配合",
      "LED_BY measure:doc:一.(二) agency:开州区金融办 牵头",
      "ASSIGNED_TO measure:doc:一.(二) agency:开州区科委 配合",
      "ASSIGNED_TO measure:doc:一.(二) agency:开州区财政局 配合",
    ]);
  });

  it("makes each numbered row of a task table a Measure with its lead and cooperating units", () => {
    const part = extractOutline(ctx(fixture("jiangbei-task-table-written"), { name: "浙江省宁波市江北区", code: "330205" }));
    const row = part.entities.find((e) => e.name === "培育数字经济核心企业")!;
    expect(row.props.path).toBe("一.(一).1");
    const edges = part.relations.filter((r) => r.from === row.id && r.type !== "HAS_MEASURE").map((r) => `${r.type} ${r.to}`);
    expect(edges).toEqual(["LED_BY agency:江北区经信局", "ASSIGNED_TO agency:江北区科技局", "ASSIGNED_TO agency:江北区财政局"]);
  });
});
