import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Entity, Extraction, Relation } from "../../schema/graph.js";
import { extractFiles } from "./evaluate.js";
import { GoldFile, loadGoldDir, nameMatch, quotesOverlap, scoreDocument, scoreGoldSet, summarise, summaryLine } from "./gold.js";

const DOC = "doc-1";
const ent = (id: string, label: Entity["label"], name: string, aliases: string[] = []): Entity => ({ id, label, name, aliases, props: {} });
const rel = (type: Relation["type"], from: string, to: string, quote: string | null = "q", props: Relation["props"] = {}): Relation => ({ type, from, to, docId: DOC, quote, start: 0, end: 1, props });

function extraction(entities: Entity[], relations: Relation[], meta: Partial<Extraction["document"]> = {}): Extraction {
  return {
    document: { id: DOC, title: "关于加快科技创新的意见", issuers: [], publishedOn: null, docNumber: null, region: null, regionCode: null, sourceFile: "seeds/x.txt", contentHash: "", encoding: "utf-8", format: "txt", fingerprint: "", sidecar: {}, disagreements: [], ...meta },
    text: "",
    entities,
    relations,
    warnings: [],
  } as Extraction;
}

const gold = (g: Partial<GoldFile>): GoldFile => GoldFile.parse({ meta: { title: "关于加快科技创新的意见" }, entities: [], relations: [], ...g });

describe("name matching", () => {
  it("ignores title marks, width and spaces, and accepts a name holding 60% of the other", () => {
    expect(nameMatch("《中国制造2025》", "中国制造２０２５")).toBe(true);
    expect(nameMatch("新材料", "新材料产业")).toBe(true); // 3/5
    expect(nameMatch("材料", "新材料产业")).toBe(false); // 2/5
    expect(nameMatch("", "")).toBe(false);
  });
  it("finds one quote inside another whatever the punctuation", () => {
    expect(quotesOverlap("到2020年，研发投入达到5%。", "到2020年研发投入达到5%")).toBe(true);
    expect(quotesOverlap("完全不同的一句话", "另外一个句子内容")).toBe(false);
  });
});

describe("scoreDocument", () => {
  it("pairs one to one: two predictions of one gold entity give one tp and one spurious", () => {
    const g = gold({ entities: [{ type: "Industry", name: "新材料" }] });
    const p = extraction([ent("i1", "Industry", "新材料"), ent("i2", "Industry", "新材料产业")], []);
    const s = scoreDocument("x", g, p);
    expect(s.strict.get("entity:Industry")).toEqual({ tp: 1, gold: 1, pred: 2 });
  });

  it("matches by alias, skips Measure and Document, and leaves optional items out of both counts", () => {
    const g = gold({
      entities: [
        { type: "Agency", name: "区科技局", aliases: ["科技局"] },
        { type: "Agency", name: "区财政局", attrs: { optional: true } },
        { type: "Program", name: "雏鹰计划", attrs: { optional: true } },
        { type: "Measure", name: "一" },
      ],
    });
    const p = extraction([ent("a1", "Agency", "科技局"), ent("a2", "Agency", "区财政局"), ent("m1", "Measure", "一")], []);
    const s = scoreDocument("x", g, p);
    expect(s.strict.get("entity:Agency")).toEqual({ tp: 1, gold: 1, pred: 1 });
    expect(s.strict.get("entity:Program")).toEqual({ tp: 0, gold: 0, pred: 0 });
    expect(s.strict.has("entity:Measure")).toBe(false);
  });

  it("matches edges by their ends' names, DOC for the document, and drops Agency PART_OF and outline edges", () => {
    const g = gold({
      entities: [{ type: "Agency", name: "区政府" }, { type: "Region", name: "开州区" }],
      relations: [{ type: "ISSUED_BY", from: "DOC", to: "区政府" }],
    });
    const p = extraction([ent("a", "Agency", "区政府"), ent("r", "Region", "开州区")], [rel("ISSUED_BY", DOC, "a"), rel("PART_OF", "a", "r", null), rel("HAS_MEASURE", DOC, "a")]);
    const s = scoreDocument("x", g, p);
    expect(s.strict.get("rel:ISSUED_BY")).toEqual({ tp: 1, gold: 1, pred: 1 });
    expect(s.strict.has("rel:PART_OF")).toBe(false);
    expect(s.strict.get("rel:ALL")).toEqual({ tp: 1, gold: 1, pred: 1 });
  });

  it("fair mode finds a target by sentence and value, and its Indicator through that edge", () => {
    const quote = "到2020年，全社会研发经费支出占地区生产总值比重达到2.5%。";
    const g = gold({
      entities: [{ type: "Indicator", name: "R&D经费投入强度" }],
      relations: [{ type: "SETS_TARGET", from: "DOC", to: "R&D经费投入强度", quote, attrs: { value: 2.5 } }],
    });
    const p = extraction([ent("ind", "Indicator", "研发经费支出占比")], [rel("SETS_TARGET", DOC, "ind", "全社会研发经费支出占地区生产总值比重达到2.5%", { value: 2.5 })]);
    const s = scoreDocument("x", g, p);
    expect(s.strict.get("rel:SETS_TARGET")!.tp).toBe(0);
    expect(s.strict.get("entity:Indicator")!.tp).toBe(0);
    expect(s.fair.get("rel:SETS_TARGET")!.tp).toBe(1);
    expect(s.fair.get("entity:Indicator")!.tp).toBe(1);

    const wrongValue = extraction(p.entities, [rel("SETS_TARGET", DOC, "ind", quote, { value: 3 })]);
    expect(scoreDocument("x", g, wrongValue).fair.get("rel:SETS_TARGET")!.tp).toBe(0);
  });

  it("fair mode finds an instrument by the sentence its ADOPTS edge cites", () => {
    const quote = "对新认定的国家高新技术企业给予一次性奖励20万元。";
    const g = gold({ entities: [{ type: "Instrument", name: "高企认定奖励" }], relations: [{ type: "ADOPTS", from: "DOC", to: "高企认定奖励", quote }] });
    const p = extraction([ent("ins", "Instrument", "财政奖励")], [rel("ADOPTS", DOC, "ins", quote)]);
    const s = scoreDocument("x", g, p);
    expect(s.strict.get("entity:Instrument")!.tp).toBe(0);
    expect(s.fair.get("rel:ADOPTS")).toEqual({ tp: 1, gold: 1, pred: 1 });
    expect(s.fair.get("entity:Instrument")).toEqual({ tp: 1, gold: 1, pred: 1 });
  });

  it("scores metadata: title always counted, a date by prefix, a region with or without its prefix", () => {
    const g = gold({ meta: { title: "关于加快科技创新的意见", publishedOn: "2017-08", docNumber: "开府发〔2017〕1号", region: "广东省东莞市" } });
    const p = extraction([], [], { publishedOn: "2017-08-22", docNumber: null, region: "东莞市" });
    const s = scoreDocument("x", g, p);
    expect(s.strict.get("meta:title")).toEqual({ tp: 1, gold: 1, pred: 1 });
    expect(s.strict.get("meta:publishedOn")).toEqual({ tp: 1, gold: 1, pred: 1 });
    expect(s.strict.get("meta:docNumber")).toEqual({ tp: 0, gold: 1, pred: 0 });
    expect(s.strict.get("meta:region")).toEqual({ tp: 1, gold: 1, pred: 1 });
  });

  it("counts a gold document nobody extracted as all missed", () => {
    const g = gold({ entities: [{ type: "Fund", name: "产业基金" }] });
    const s = scoreGoldSet([{ key: "x", gold: g }], []);
    expect(s.strict.get("entity:Fund")).toEqual({ tp: 0, gold: 1, pred: 0 });
    expect(s.strict.get("meta:title")).toEqual({ tp: 0, gold: 1, pred: 1 });
  });
});

const SCORER = "/work/shared/eval/score.mjs";
describe.runIf(existsSync(SCORER))("agreement with score.mjs on the seeds", () => {
  it("gives the same SUMMARY figures", async () => {
    const golds = loadGoldDir("test/fixtures/gold/seeds");
    const preds = await extractFiles(golds.map((g) => join("seeds", `${g.key}.txt`)));
    expect(preds).toHaveLength(5);
    const file = join(mkdtempSync(join(tmpdir(), "gold-")), "pred.ndjson");
    writeFileSync(file, preds.map((p) => JSON.stringify(p)).join("\n"));
    const out = execFileSync("node", [SCORER, "test/fixtures/gold/seeds", file], { encoding: "utf8" });
    const theirs = out.split("\n").find((l) => l.startsWith("SUMMARY"));
    expect(summaryLine(summarise(scoreGoldSet(golds, preds)))).toBe(theirs);
  }, 120_000);
});
