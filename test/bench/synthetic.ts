/**
 * The synthetic corpus of the API benchmarks (bench:api, soak): documents each with an outline
 * of 45 measures led by its city's agencies, and entities drawn from shared vocabularies
 * (industries and instruments with a skewed popularity, so that 新材料 becomes a hub of
 * thousands of edges as in a real corpus; organisations and programs from large pools, so they
 * are shared by a few documents), loaded with the store's own loader.
 */
import type { Entity, Extraction, Relation } from "../../server/schema/graph.js";
import type { Store } from "../../server/store/connect.js";
import { loadBatch } from "../../server/store/load.js";

const INDUSTRIES = "新材料 电子信息 生物医药 新能源汽车 动力电池 高端装备 人工智能 集成电路 软件和信息服务 节能环保 现代农业 食品加工 纺织服装 文化旅游 现代物流 金融服务 医疗器械 新能源 光伏 锂电 氢能 智能制造 工业互联网 大数据 云计算 物联网 区块链 5G通信 北斗导航 航空航天 海洋经济 轨道交通 船舶制造 石油化工 精细化工 钢铁 有色金属 建材 家居 电子商务 跨境电商 数字创意 检验检测 科技服务 研发设计 新型显示 半导体照明 机器人 无人机 虚拟现实 生物育种 中医药 康养 绿色建筑 环保装备 储能 传感器 工业软件 卫星应用 种业".split(" ");
const INSTRUMENTS = Array.from({ length: 80 }, (_, i) => `${["创新券", "研发费用补助", "贷款贴息", "人才安置奖励", "首台套奖励", "高企认定奖励", "风险补偿", "知识产权质押", "政府采购", "税收减免"][i % 10]}${i < 10 ? "" : `(${Math.floor(i / 10)}类)`}`);
const INDICATORS = Array.from({ length: 40 }, (_, i) => `${["R&D经费投入占比", "高新技术企业数量", "每万人发明专利拥有量", "技术合同成交额", "科技型中小企业数量"][i % 5]}${i < 5 ? "" : i}`);
const SYLLABLES = "安宁江山河阳平昌兴华南北东西中新德清泰和丰福嘉庆永长乐云海湖林".split("");
const DEPARTMENTS = ["科技局", "发改委", "财政局", "经信局"];

/** A deterministic pseudo-random sequence, so every run benchmarks the same graph. */
function random(seed: number) {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}
const rand = random(20240601);
/** Index in [0, n) with a Zipf-like skew: a few very popular items, a long tail. */
const skewed = (n: number) => Math.floor(n * rand() ** 2.5);
const uniform = (n: number) => Math.floor(n * rand());
const placeName = (i: number) => SYLLABLES[i % SYLLABLES.length]! + SYLLABLES[Math.floor(i / SYLLABLES.length) % SYLLABLES.length]!;

const PROVINCES = Array.from({ length: 30 }, (_, p) => ({ code: `${11 + p}0000`, name: `${placeName(p * 7 + 3)}省` }));
const CITIES = Array.from({ length: 400 }, (_, c) => {
  const province = PROVINCES[c % PROVINCES.length]!;
  return { code: `${province.code.slice(0, 2)}${String(1 + Math.floor(c / PROVINCES.length)).padStart(2, "0")}00`, name: `${placeName(c)}市`, province };
});

/** Synthetic document number `i`: the same every run (the sequence is seeded once per process). */
export function syntheticDocument(i: number): Extraction {
  const docId = `doc-${i}`;
  const city = CITIES[skewed(CITIES.length)]!;
  const sentences: string[] = [];
  let length = 0;
  const say = (s: string) => {
    const start = length;
    sentences.push(s);
    length += s.length;
    return { quote: s, start, end: start + s.length };
  };
  const entities: Entity[] = [];
  const relations: Relation[] = [];
  const add = (label: Entity["label"], id: string, name: string, props: Entity["props"] = {}) => (entities.push({ id, label, name, aliases: [], props }), id);
  const rel = (type: Relation["type"], from: string, to: string, sentence: string, props: Relation["props"] = {}) =>
    relations.push({ type, from, to, docId, ...say(sentence), props });
  const mention = (to: string, name: string) => {
    const at = say(`${name}。`);
    relations.push({ type: "MENTIONS", from: docId, to, docId, quote: null, start: null, end: null, props: { count: 1, spans: [at.start, at.start + name.length] } });
  };

  const cityId = add("Region", `region:${city.code}`, city.name, { code: city.code, level: "city" });
  const provinceId = add("Region", `region:${city.province.code}`, city.province.name, { code: city.province.code, level: "province" });
  relations.push({ type: "PART_OF", from: cityId, to: provinceId, docId, quote: null, start: null, end: null, props: {} });
  mention(cityId, city.name);
  const agencies = DEPARTMENTS.map((d) => add("Agency", `agency:${city.name}${d}`, `${city.name}${d}`, { region: city.name }));
  rel("ISSUED_BY", docId, agencies[0]!, `${city.name}${DEPARTMENTS[0]}印发本方案。`);

  const industries = [...new Set(Array.from({ length: 5 }, () => skewed(INDUSTRIES.length)))].map((k) => {
    const id = add("Industry", `industry:${INDUSTRIES[k]}`, INDUSTRIES[k]!, { canonical: INDUSTRIES[k]! });
    rel("PRIORITIZES", docId, id, `重点发展${INDUSTRIES[k]}产业。`);
    mention(id, INDUSTRIES[k]!);
    return id;
  });
  for (const k of new Set(Array.from({ length: 8 }, () => skewed(INSTRUMENTS.length)))) {
    const id = add("Instrument", `instrument:${INSTRUMENTS[k]}`, INSTRUMENTS[k]!, { category: "supply" });
    rel("ADOPTS", docId, id, `实施${INSTRUMENTS[k]}政策。`, { amountYuan: 100_000 * (1 + (k % 9)) });
    mention(id, INSTRUMENTS[k]!);
  }
  for (const k of new Set(Array.from({ length: 3 }, () => uniform(INDICATORS.length)))) {
    const id = add("Indicator", `indicator:${INDICATORS[k]}`, INDICATORS[k]!);
    rel("SETS_TARGET", docId, id, `到2025年${INDICATORS[k]}达到目标。`, { value: 10 + k, year: 2025 });
  }
  for (let f = 0; f < 2; f++) {
    const name = `${city.name}产业引导基金${i}-${f}`;
    const id = add("Fund", `fund:${docId}:${f}`, name, { amountYuan: 1e8 * (1 + f), amountText: `${1 + f}亿元` });
    rel("ESTABLISHES", docId, id, `设立${name}。`, { amountYuan: 1e8 * (1 + f) });
    for (const industry of industries.slice(f * 2, f * 2 + 2)) rel("SUPPORTS", id, industry, `${name}支持产业发展。`);
  }
  const park = add("Park", `park:${city.name}高新区${uniform(2)}`, `${city.name}高新区`, { kind: "high-tech zone" });
  rel("LOCATED_IN", park, cityId, `${city.name}高新区位于${city.name}。`);
  rel("FOCUSES_ON", park, industries[0]!, `高新区聚焦主导产业。`);
  for (let o = 0; o < 10; o++) {
    const k = uniform(20_000);
    const id = add("Organization", `organization:${k}`, `${placeName(k)}${placeName(k >> 5)}科技有限公司${k}`, { kind: "enterprise" });
    mention(id, `科技有限公司${k}`);
    if (o < 3) rel("LOCATED_IN", id, cityId, `企业${k}位于${city.name}。`);
  }
  for (let p = 0; p < 2; p++) {
    const k = uniform(1_000);
    const id = add("Program", `program:${k}`, `“${placeName(k)}计划”${k}`);
    rel("ESTABLISHES", docId, id, `实施“${placeName(k)}计划”。`);
  }
  for (let top = 0; top < 5; top++) {
    const topId = add("Measure", `measure:${docId}:${top + 1}`, `任务${top + 1}`, { docId, path: `${top + 1}`, title: `任务${top + 1}`, start: length, end: length + 8, order: top * 10 });
    rel("HAS_MEASURE", docId, topId, `${top + 1}、重点任务。`, { order: top * 10 });
    for (let sub = 1; sub <= 8; sub++) {
      const subId = add("Measure", `measure:${docId}:${top + 1}.${sub}`, `措施${top + 1}.${sub}`, { docId, path: `${top + 1}.${sub}`, title: `措施${top + 1}.${sub}`, start: length, end: length + 12, order: top * 10 + sub });
      rel("HAS_MEASURE", topId, subId, `(${sub})具体措施。`, { order: top * 10 + sub });
      rel("LED_BY", subId, agencies[(top + sub) % agencies.length]!, `牵头单位:${DEPARTMENTS[(top + sub) % agencies.length]}。`);
    }
  }
  const year = 2015 + (i % 10);
  return {
    document: {
      id: docId,
      title: `${city.name}关于推动${INDUSTRIES[0]}等产业创新发展的实施方案(${i})`,
      issuers: [`${city.name}人民政府`],
      publishedOn: `${year}-0${1 + (i % 9)}-15`,
      docNumber: `${city.name.slice(0, 1)}府发〔${year}〕${i}号`,
      region: `${city.province.name}${city.name}`,
      regionCode: city.code,
      sourceFile: `${docId}.txt`,
      contentHash: `synthetic-${i}`,
      fingerprint: `synthetic-${i}@bench`,
      sidecar: {},
      disagreements: [],
      encoding: "utf-8",
      format: "txt",
    },
    text: sentences.join(""),
    entities,
    relations,
    warnings: [],
  };
}

/** Loads synthetic documents 0 … count-1 in batches, reporting the number loaded so far. */
export async function loadSyntheticCorpus(store: Store, count: number, batch: number, onProgress?: (loaded: number) => void): Promise<void> {
  for (let i = 0; i < count; i += batch) {
    await loadBatch(store, Array.from({ length: Math.min(batch, count - i) }, (_, k) => syntheticDocument(i + k)));
    onProgress?.(Math.min(i + batch, count));
  }
}
