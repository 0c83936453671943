/**
 * Two documents for the network analyses: 仙居县 (district, 2017) and 台州市 (city, 2018) both
 * cite the State Council's opinion, 仙居县 also the province's; both set targets on R&D
 * intensity (2.5% / 3%) and contract turnover (1.5亿元 / 8000万元); they share a 47-character
 * subsidy clause word for word, an instrument and an industry.
 */
import type { Extraction } from "../../server/schema/graph.js";
import type { Store } from "../../server/store/connect.js";
import { loadBatch } from "../../server/store/load.js";
import { startApi, type TestApi } from "./api.js";
import { entity, extraction, stated } from "./extraction.js";
import { resetGraph, testStore } from "./store.js";

export const STATE_COUNCIL = "国务院关于加快科技服务业发展的若干意见";
export const PROVINCE = "浙江省人民政府关于加快推进科技创新的若干意见";
export const SHARED_CLAUSE = "对企业研发投入给予补助,鼓励企业加大研发投入,建立健全研究开发机构,按照研发费用的百分之十给予奖励";
const RD = "indicator:R&D经费投入占GDP比重";
const TURNOVER = "indicator:技术合同成交额";

const policy = (title: string) => entity("Policy", `policy:${title}`, title, { title });
const common = [
  policy(STATE_COUNCIL),
  entity("Indicator", RD, "R&D经费投入占GDP比重", { unit: "%" }),
  entity("Indicator", TURNOVER, "技术合同成交额", { unit: "亿元" }),
  entity("Industry", "industry:新材料", "新材料", { canonical: "新材料" }),
  entity("Instrument", "instrument:研发费用补助", "研发费用补助", { concept: "研发费用补助", category: "subsidy", side: "supply" }),
];

export function xianjuDocument(): Extraction {
  const cites = `根据《${STATE_COUNCIL}》和《${PROVINCE}》,结合我县实际,制定本政策。`;
  const target = "到2020年,全县研究与试验发展经费支出占地区生产总值比重达到2.5%,技术合同成交额达到1.5亿元。";
  const text = `仙居县科技创新若干政策\n${cites}\n一、${SHARED_CLAUSE}。\n${target}\n重点发展新材料产业。\n`;
  return extraction(
    "xianju-fixture",
    "仙居县科技创新若干政策",
    text,
    [...common, policy(PROVINCE), entity("Region", "region:331024", "仙居县", { code: "331024", level: "district" })],
    [
      stated(text, "CITES", "", `policy:${STATE_COUNCIL}`, cites),
      stated(text, "CITES", "", `policy:${PROVINCE}`, cites),
      stated(text, "SETS_TARGET", "", RD, target, { value: 2.5, unit: "%", year: 2020 }),
      stated(text, "SETS_TARGET", "", TURNOVER, target, { value: 1.5, unit: "亿元", year: 2020 }),
      stated(text, "PRIORITIZES", "", "industry:新材料", "重点发展新材料产业。"),
      stated(text, "ADOPTS", "", "instrument:研发费用补助", SHARED_CLAUSE),
    ],
    { publishedOn: "2017-06-01", region: "浙江省台州市仙居县", regionCode: "331024", issuers: ["仙居县人民政府"] },
  );
}

export function taizhouDocument(): Extraction {
  const cites = `贯彻落实《${STATE_COUNCIL}》精神。`;
  const target = "到2022年,全市研究与试验发展经费支出占地区生产总值比重达到3%,技术合同成交额达到8000万元。";
  const text = `台州市创新驱动实施意见\n${cites}\n${SHARED_CLAUSE}。\n${target}\n重点发展新材料、生物医药产业。\n`;
  return extraction(
    "taizhou-fixture",
    "台州市创新驱动实施意见",
    text,
    [...common, entity("Industry", "industry:生物医药", "生物医药", { canonical: "生物医药" }), entity("Region", "region:331000", "台州市", { code: "331000", level: "city" })],
    [
      stated(text, "CITES", "", `policy:${STATE_COUNCIL}`, cites),
      stated(text, "SETS_TARGET", "", RD, target, { value: 3, unit: "%", year: 2022 }),
      stated(text, "SETS_TARGET", "", TURNOVER, target, { value: 8000, unit: "万元", year: 2022 }),
      stated(text, "PRIORITIZES", "", "industry:新材料", "重点发展新材料、生物医药产业。"),
      stated(text, "PRIORITIZES", "", "industry:生物医药", "重点发展新材料、生物医药产业。"),
      stated(text, "ADOPTS", "", "instrument:研发费用补助", SHARED_CLAUSE),
    ],
    { publishedOn: "2018-03-01", region: "浙江省台州市", regionCode: "331000", issuers: ["台州市人民政府"] },
  );
}

/** The CSV answer split into rows (BOM and CRLF removed); cells are not unquoted. */
export async function csvLines(res: Response): Promise<string[]> {
  const text = await res.text();
  return text.replace(/^\uFEFF/, "").split("\r\n").filter(Boolean);
}

export interface FixtureApi {
  store: Store;
  api: TestApi;
  close(): Promise<void>;
}

/** A fresh graph holding the two documents, and the API on it. */
export async function fixtureApi(): Promise<FixtureApi> {
  const store = await testStore();
  await resetGraph(store);
  await loadBatch(store, [xianjuDocument(), taizhouDocument()]);
  const api = await startApi(store);
  return { store, api, close: async () => (await api.close(), await store.close()) };
}
