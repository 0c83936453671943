/**
 * A small diffusion story for the adoption analyses, in six documents of Zhejiang:
 * 嘉兴市 adopts 创新券 (with 20万元) and 贷款贴息 in 2017 (and 创新券 again in a document
 * dated only by its year, which must not displace the dated one), its county-level 平湖市 创新券 in
 * 2020, neighbouring 湖州市 both in 2018, the province itself 创新券 in 2019; one undated
 * 杭州市 document and one dated document without a region adopt too, and must be listed,
 * not dropped. 湖州市 also names 新材料 a priority industry. 平湖市 names its tool in its own words
 * (创新券使用补助): it counts as 创新券 through its concept.
 */
import type { Extraction } from "../../server/schema/graph.js";
import { entity, extraction, stated } from "./extraction.js";

const VOUCHER = entity("Instrument", "instrument:创新券", "创新券", { concept: "创新券", category: "voucher", side: "demand" }, ["科技创新券"]);
const LOAN = entity("Instrument", "instrument:贷款贴息", "贷款贴息", { concept: "贷款贴息", category: "subsidy", side: "supply" });
const OWN_VOUCHER = entity("Instrument", "instrument:创新券使用补助", "创新券使用补助", { concept: "创新券", category: "voucher", side: "demand" });
const MATERIALS = entity("Industry", "industry:新材料", "新材料", { canonical: "新材料" });

interface Doc {
  id: string;
  text: string;
  /** Sentences of `text` that adopt 创新券 / 贷款贴息 / prioritise 新材料. */
  voucher?: string;
  /** The document's own name for its 创新券 tool, when it has one. */
  voucherAs?: typeof VOUCHER;
  loan?: string;
  industry?: string;
  amount?: { amountYuan: number; amountText: string };
  extra: Partial<Extraction["document"]>;
}

function adoptingDocument(d: Doc): Extraction {
  const voucher = d.voucherAs ?? VOUCHER;
  const entities = [d.voucher && voucher, d.loan && LOAN, d.industry && MATERIALS].filter((e) => !!e);
  const relations = [
    d.voucher && stated(d.text, "ADOPTS", "", voucher.id, d.voucher, d.amount ?? {}),
    d.loan && stated(d.text, "ADOPTS", "", LOAN.id, d.loan),
    d.industry && stated(d.text, "PRIORITIZES", "", MATERIALS.id, d.industry),
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
      voucherAs: OWN_VOUCHER,
      extra: { publishedOn: "2020-06-01", docNumber: "平政发〔2020〕9号", region: "浙江省嘉兴市平湖市", regionCode: "330482" },
    },
    {
      id: "huzhou-2018",
      text: "湖州市科技创新若干政策\n全面推行创新券制度。\n实施科技贷款贴息。\n重点发展新材料产业。\n",
      voucher: "全面推行创新券制度。",
      loan: "实施科技贷款贴息。",
      industry: "重点发展新材料产业。",
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
