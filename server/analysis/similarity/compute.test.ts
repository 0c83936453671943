import { describe, expect, it } from "vitest";
import { similarPairs, type SimilarityInput } from "./compute.js";
import { fingerprint, positions, sharedPassages } from "./shingles.js";

const CLAUSE = "对企业研发投入给予补助,鼓励企业加大研发投入,建立健全研究开发机构";

describe("fingerprint and sharedPassages", () => {
  it("reads past punctuation and line breaks and maps passages back to each text's offsets", () => {
    const a = `总则。\n${CLAUSE}。其他。`;
    const b = `第一条 对企业研发投入给予补助，鼓励企业加大研发投入，\n建立健全研究开发机构。附则`;
    const fa = fingerprint(a);
    expect(fa.compact.startsWith("总则对企业")).toBe(true);
    const [p, ...rest] = sharedPassages(fa, positions(fa), fingerprint(b), 20);
    expect(rest).toEqual([]);
    expect(a.slice(p!.aStart, p!.aEnd)).toBe(CLAUSE);
    expect(b.slice(p!.bStart, p!.bEnd)).toBe("对企业研发投入给予补助，鼓励企业加大研发投入，\n建立健全研究开发机构");
  });
});

const doc = (id: string, year: number, text: string, items: string[] = []): SimilarityInput => ({
  id,
  year,
  text,
  items: items.map((name) => ({ id: `instrument:${name}`, name, label: "Instrument" })),
});

describe("similarPairs", () => {
  const older = doc("a", 2017, `甲县政策。${CLAUSE}。甲县其他内容很多很多。`, ["创新券", "研发补助"]);
  const newer = doc("b", 2019, `乙市政策。${CLAUSE}。乙市另有规定。`, ["研发补助"]);
  const other = doc("c", 2018, "丙区发展旅游业,建设景区。", ["创新券", "研发补助"]);

  it("links a pair that shares a passage from the later document to the earlier", () => {
    const pairs = similarPairs([older, newer], null);
    expect(pairs).toHaveLength(1);
    expect(pairs[0]).toMatchObject({ from: "b", to: "a", sharedInstruments: ["研发补助"], jaccard: 0.5 });
    expect(pairs[0]!.textReuse).toBeGreaterThan(0.5);
    expect(newer.text.slice(pairs[0]!.passages[0]!.aStart, pairs[0]!.passages[0]!.aEnd)).toContain(CLAUSE);
  });

  it("links documents by shared instruments alone when the Jaccard is high enough", () => {
    const pairs = similarPairs([older, other], null);
    expect(pairs).toEqual([expect.objectContaining({ from: "c", to: "a", jaccard: 1, textReuse: 0, passages: [] })]);
  });

  it("computes only the pairs of the changed documents", () => {
    const pairs = similarPairs([older, newer, other], new Set(["b"]));
    expect(pairs.map((p) => [p.from, p.to])).toEqual([["b", "a"]]);
  });
});

describe("boilerplate", () => {
  const FOOTER = "\n本办法自发布之日起施行，由市科技局负责解释。\n抄送：市委办公室，市人大常委会办公室，市政协办公室。\n嘉兴市人民政府办公室2017年3月1日印发\n";
  it("leaves footers, notice lines and closing clauses out of text reuse", () => {
    const a = doc("a", 2017, `甲县创新券政策。对购买检测服务的企业给予补助。${FOOTER}`);
    const b = doc("b", 2018, `乙市人才政策。引进博士给予安家补贴。${FOOTER}`);
    expect(similarPairs([a, b], null)).toEqual([]);
    expect(fingerprint(a.text).compact).not.toContain("抄送");
  });

  it("still finds a reused clause beside the footer, at its offsets", () => {
    const a = doc("a", 2017, `甲县政策。${CLAUSE}。${FOOTER}`);
    const b = doc("b", 2019, `乙市政策。${CLAUSE}。${FOOTER}`);
    const [pair] = similarPairs([a, b], null);
    const passage = b.text.slice(pair!.passages[0]!.aStart, pair!.passages[0]!.aEnd);
    expect(passage).toContain(CLAUSE);
    expect(passage).not.toContain("施行");
    expect(pair!.passages).toHaveLength(1);
  });
});
