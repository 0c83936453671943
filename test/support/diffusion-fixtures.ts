/**
 * A small diffusion story for the adoption analyses, in six documents of Zhejiang:
 * 嘉兴市 adopts 创新券 (with 20万元) and 贷款贴息 in 2017 (and 创新券 again in a document
 * dated only by its year, which must not displace the dated one), its county-level 平湖市 创新券 in
 * 2020, neighbouring 湖州市 both in 2018, the province itself 创新券 in 2019; one undated
 * 杭州市 document and one dated document without a region adopt too, and must be listed,
 * not dropped. 湖州市 also names 新材料 a priority industry.
 *
 * For the observation windows and the risk-set panel: 湖州市 has a 2016 document that adopts
 * nothing (observed 2016–2018, adopting in 2018, the year after its neighbour 嘉兴市), and its
 * 2018 document cites a provincial policy, names its own title (the 公布 line) and repeals
 * its earlier version; 绍兴市 is observed 2016–2019 and never adopts 创新券.
 */
import { afterAll, beforeAll, expect } from "vitest";
import type { Extraction } from "../../server/schema/graph.js";
import type { Store } from "../../server/store/connect.js";
import { loadBatch } from "../../server/store/load.js";
import { startApi, type TestApi } from "./api.js";
import { entity, extraction, stated } from "./extraction.js";
import { resetGraph, testStore } from "./store.js";

const VOUCHER = entity("Instrument", "instrument:创新券", "创新券", { category: "supply" }, ["科技创新券"]);
const LOAN = entity("Instrument", "instrument:贷款贴息", "贷款贴息", { category: "environment" });
const MATERIALS = entity("Industry", "industry:新材料", "新材料", { canonical: "新材料" });

interface Doc {
  id: string;
  text: string;
  /** Sentences of `text` that adopt 创新券 / 贷款贴息 / prioritise 新材料. */
  voucher?: string;
  loan?: string;
  industry?: string;
  amount?: { amountYuan: number; amountText: string };
  /** Titles the document cites, each with its sentence. */
  cites?: { title: string; quote: string }[];
  extra: Partial<Extraction["document"]>;
}

function adoptingDocument(d: Doc): Extraction {
  const policies = (d.cites ?? []).map((c) => entity("Policy", `policy:${c.title}`, c.title, { title: c.title }));
  const entities = [d.voucher && VOUCHER, d.loan && LOAN, d.industry && MATERIALS, ...policies].filter((e) => !!e);
  const relations = [
    d.voucher && stated(d.text, "ADOPTS", "", VOUCHER.id, d.voucher, d.amount ?? {}),
    d.loan && stated(d.text, "ADOPTS", "", LOAN.id, d.loan),
    d.industry && stated(d.text, "PRIORITIZES", "", MATERIALS.id, d.industry),
    ...(d.cites ?? []).map((c) => stated(d.text, "CITES", "", `policy:${c.title}`, c.quote)),
  ].filter((r) => !!r);
  return extraction(d.id, d.text.split("\n")[0]!, d.text, entities, relations, d.extra);
}

export function diffusionDocuments(): Extraction[] {
  const docs: Doc[] = [
    {
      id: "jiaxing-2017",
      text: "嘉兴市推广应用创新券的实施意见\n为鼓励企业购买科技服务,对使用创新券的企业给予最高20万元补助。\n对科技型企业贷款给予贷款贴息。\n",
      voucher: "为鼓励企业购买科技服务,对使用创新券的企业给予最高20万元补助。",
      loan: "对科技型企业贷款给予贷款贴息。",
      amount: { amountYuan: 200000, amountText: "20万元" },
      extra: { publishedOn: "2017-03-01", docNumber: "嘉科〔2017〕1号", region: "浙江省嘉兴市", regionCode: "330400" },
    },
    {
      id: "jiaxing-2017-bare",
      text: "嘉兴市创新券补充通知\n继续实施创新券。\n",
      voucher: "继续实施创新券。",
      extra: { publishedOn: "2017", docNumber: "嘉科〔2017〕9号", region: "浙江省嘉兴市", regionCode: "330400" },
    },
    {
      id: "pinghu-2020",
      text: "平湖市科技新政\n企业使用创新券购买检测服务的,按实际支出给予补助。\n",
      voucher: "企业使用创新券购买检测服务的,按实际支出给予补助。",
      extra: { publishedOn: "2020-06-01", docNumber: "平政发〔2020〕9号", region: "浙江省嘉兴市平湖市", regionCode: "330482" },
    },
    {
      id: "huzhou-2016",
      text: "湖州市科技创新政策(2016)\n加强科技管理。\n",
      extra: { publishedOn: "2016-04-01", docNumber: "湖政发〔2016〕3号", region: "浙江省湖州市", regionCode: "330500" },
    },
    {
      id: "shaoxing-2016",
      text: "绍兴市人才政策\n加强人才工作。\n",
      extra: { publishedOn: "2016-02-01", region: "浙江省绍兴市", regionCode: "330600" },
    },
    {
      id: "shaoxing-2019",
      text: "绍兴市科技政策\n加强科技工作。\n",
      extra: { publishedOn: "2019-02-01", region: "浙江省绍兴市", regionCode: "330600" },
    },
    {
      id: "huzhou-2018",
      text: "湖州市科技创新若干政策\n《湖州市科技创新若干政策》已经市政府常务会议审议通过，现予公布。\n根据《浙江省科技创新券管理办法》，全面推行创新券制度。\n实施科技贷款贴息。\n重点发展新材料产业。\n原《湖州市科技创新政策(2016)》同时废止。\n",
      voucher: "全面推行创新券制度。",
      loan: "实施科技贷款贴息。",
      industry: "重点发展新材料产业。",
      cites: [
        { title: "浙江省科技创新券管理办法", quote: "根据《浙江省科技创新券管理办法》，全面推行创新券制度。" },
        { title: "湖州市科技创新若干政策", quote: "《湖州市科技创新若干政策》已经市政府常务会议审议通过，现予公布。" },
        { title: "湖州市科技创新政策(2016)", quote: "原《湖州市科技创新政策(2016)》同时废止。" },
      ],
      extra: { publishedOn: "2018-05-01", docNumber: "湖政发〔2018〕5号", region: "浙江省湖州市", regionCode: "330500" },
    },
    {
      id: "zhejiang-2019",
      text: "浙江省关于推动科技服务业发展的意见\n全省推广使用科技创新券。\n",
      voucher: "全省推广使用科技创新券。",
      extra: { publishedOn: "2019-01-10", docNumber: "浙政办发〔2019〕2号", region: "浙江省", regionCode: "330000" },
    },
    {
      id: "hangzhou-undated",
      text: "杭州市创新券管理办法\n创新券用于购买科技服务。\n",
      voucher: "创新券用于购买科技服务。",
      extra: { publishedOn: null, region: "浙江省杭州市", regionCode: "330100" },
    },
    {
      id: "nowhere-2018",
      text: "关于支持中小企业融资的通知\n对中小企业贷款给予贷款贴息。\n",
      loan: "对中小企业贷款给予贷款贴息。",
      extra: { publishedOn: "2018-09-01", region: null, regionCode: null },
    },
  ];
  return docs.map(adoptingDocument);
}

/**
 * A fresh graph holding the diffusion story and the API on it, for the test file that calls
 * this at its top: `get` fetches a path, `json` fetches it and expects a 200.
 */
export function useDiffusionApi(): { get(path: string): Promise<Response>; json<T>(path: string): Promise<T> } {
  let store: Store | undefined;
  let api: TestApi | undefined;
  beforeAll(async () => {
    store = await testStore();
    await resetGraph(store);
    await loadBatch(store, diffusionDocuments());
    api = await startApi(store);
  });
  afterAll(async () => {
    await api?.close();
    await store?.close();
  });
  const get = (path: string) => api!.get(path);
  return {
    get,
    async json<T>(path: string): Promise<T> {
      const res = await get(path);
      expect(res.status, await res.clone().text()).toBe(200);
      return (await res.json()) as T;
    },
  };
}
