/** Small hand-made extraction results, so store tests do not depend on extraction quality. */
import type { Entity, Extraction, Relation } from "../../server/schema/graph.js";

export function entity(label: Entity["label"], id: string, name: string, props: Entity["props"] = {}, aliases: string[] = []): Entity {
  return { id, label, name, aliases, props };
}

/** A relation whose quote is found in `text` (the first sentence containing `quote`). */
export function stated(text: string, type: Relation["type"], from: string, to: string, quote: string, props: Relation["props"] = {}): Relation {
  const start = text.indexOf(quote);
  if (start < 0) throw new Error(`fixture: "${quote}" is not in the text`);
  return { type, from, to, docId: "", quote, start, end: start + quote.length, props };
}

export function extraction(id: string, title: string, text: string, entities: Entity[], relations: Relation[], extra: Partial<Extraction["document"]> = {}): Extraction {
  return {
    document: {
      id,
      title,
      issuers: [],
      publishedOn: "2021-05-01",
      docNumber: null,
      region: null,
      regionCode: null,
      sourceFile: `${id}.txt`,
      contentHash: `hash-of-${id}-${text.length}`,
      encoding: "utf-8",
      format: "txt",
      fingerprint: `hash-of-${id}-${text.length}@test`,
      sidecar: {},
      disagreements: [],
      ...extra,
    },
    text,
    entities,
    relations: relations.map((r) => ({ ...r, docId: id, from: r.from || id })),
    warnings: [],
  };
}

/** Two documents that share an industry and cite each other's upstream policy. */
export function twoDocuments(): [Extraction, Extraction] {
  const t1 = "乐山市设立产业引导基金5亿元,重点支持新材料产业。根据《关于支持高新区发展的指导意见》制定本方案。";
  const a = extraction(
    "leshan",
    "乐山市创新驱动发展实施方案",
    t1,
    [
      entity("Fund", "fund:乐山市:产业引导基金", "产业引导基金", { amountYuan: 500000000, amountText: "5亿元" }),
      entity("Industry", "industry:新材料", "新材料", { canonical: "新材料" }),
      entity("Region", "region:511100", "乐山市", { code: "511100", level: "city" }),
      entity("Region", "region:510000", "四川省", { code: "510000", level: "province" }),
      entity("Policy", "policy:关于支持高新区发展的指导意见", "关于支持高新区发展的指导意见", { title: "关于支持高新区发展的指导意见" }, ["指导意见"]),
    ],
    [
      stated(t1, "ESTABLISHES", "", "fund:乐山市:产业引导基金", "乐山市设立产业引导基金5亿元,重点支持新材料产业。", { amountYuan: 500000000 }),
      stated(t1, "SUPPORTS", "fund:乐山市:产业引导基金", "industry:新材料", "乐山市设立产业引导基金5亿元,重点支持新材料产业。"),
      stated(t1, "PRIORITIZES", "", "industry:新材料", "乐山市设立产业引导基金5亿元,重点支持新材料产业。"),
      stated(t1, "CITES", "", "policy:关于支持高新区发展的指导意见", "根据《关于支持高新区发展的指导意见》制定本方案。"),
      { type: "PART_OF", from: "region:511100", to: "region:510000", docId: "", quote: null, start: null, end: null, props: {} },
      { ...stated(t1, "MENTIONS", "", "region:511100", "乐山市"), props: { count: 2 } },
      { ...stated(t1, "MENTIONS", "", "industry:新材料", "新材料"), props: { count: 1 } },
      { ...stated(t1, "MENTIONS", "", "fund:乐山市:产业引导基金", "产业引导基金"), props: { count: 1 } },
    ],
    { region: "四川省乐山市", regionCode: "511100" },
  );
  const t2 = "新乡高新区大力发展新材料、生物医药产业。";
  const b = extraction(
    "xinxiang",
    "关于支持高新区发展的指导意见",
    t2,
    [
      entity("Industry", "industry:新材料", "新材料", { canonical: "新材料" }),
      entity("Industry", "industry:生物医药", "生物医药", { canonical: "生物医药" }),
      entity("Park", "park:新乡高新区", "新乡高新区", { kind: "高新区" }, ["新乡高新技术产业开发区"]),
    ],
    [
      stated(t2, "PRIORITIZES", "", "industry:新材料", t2),
      stated(t2, "PRIORITIZES", "", "industry:生物医药", t2),
      stated(t2, "FOCUSES_ON", "park:新乡高新区", "industry:新材料", t2),
      { ...stated(t2, "MENTIONS", "", "industry:新材料", "新材料"), props: { count: 1 } },
      { ...stated(t2, "MENTIONS", "", "industry:生物医药", "生物医药"), props: { count: 1 } },
    ],
  );
  return [a, b];
}
