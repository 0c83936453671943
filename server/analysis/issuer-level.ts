/**
 * The level of government a document comes from, for the citation hierarchy: central
 * (中共中央, 国务院 and the State Council's ministries and commissions), provincial, city, or
 * district/zone. An ingested document has issuers and a region code; a cited policy only has
 * its title (浙江省人民政府关于… , 国务院办公厅关于…) and sometimes a number (浙政发〔2017〕40号).
 */
import { findRegionMentions, regionByCode, regionChain, type Region } from "../extract/gazetteer.js";
import type { IssuerLevel } from "../schema/analysis/citations.js";

export interface Issuer {
  level: IssuerLevel;
  /** The issuer's place by its full gazetteer name, 中央 for central bodies, null when unknown. */
  place: string | null;
}

/** Central bodies as they open a title or an issuer name; a ministry is any 部 or 委 of the State Council. */
const CENTRAL =
  /^(?:中共中央|中央|国务院|国办|中办|全国人民代表大会|全国人大|中华人民共和国|国家(?!级)|(?:科学技术|科技|财政|教育|商务|工业和信息化|工信|人力资源和?社会保障|人社|自然资源|生态环境|农业农村|农业|交通运输|住房和城乡建设|文化和旅游|文化|民政|司法|水利|公安|审计|外交|国防|退役军人事务|应急管理)部|中国人民银行|人民银行|银保监会|证监会|国资委|发展改革委|海关总署|税务总局)/;
/** Zone issuers (新乡高新区管委会) sit with districts: a zone is run at or below county rank. */
const ZONE = /(?:高新区|开发区|经开区|新区|园区|示范区|试验区)(?:管委会|管理委员会)|^区管委会/;
/** A national law or regulation is titled without an issuer: 财政违法行为处罚处分条例. */
const NATIONAL_LAW = /(?:条例|法)$/;
/** 文号 prefixes of central bodies: 国发, 国办发, 中发, 财税, 国科发, 工信部 … */
const CENTRAL_NUMBER = /^(?:国|中发|中办|财|科发|科技部|工信|发改|人社部|教|商|银发|税总|国科)/;
/** One-character province abbreviations as 文号 open: 浙政发, 粤府办, 川办发. */
const PROVINCE_ABBREV: Record<string, string> = {
  京: "110000", 津: "120000", 冀: "130000", 晋: "140000", 蒙: "150000", 辽: "210000", 吉: "220000", 黑: "230000",
  沪: "310000", 苏: "320000", 浙: "330000", 皖: "340000", 闽: "350000", 赣: "360000", 鲁: "370000", 豫: "410000",
  鄂: "420000", 湘: "430000", 粤: "440000", 桂: "450000", 琼: "460000", 渝: "500000", 川: "510000", 黔: "520000",
  滇: "530000", 云: "530000", 藏: "540000", 陕: "610000", 甘: "620000", 青: "630000", 宁: "640000", 新: "650000",
};

const CENTRE: Issuer = { level: "central", place: "中央" };
const UNKNOWN: Issuer = { level: "unknown", place: null };

function ofRegion(region: Region | null): Issuer {
  if (!region) return UNKNOWN;
  return { level: region.level === "town" ? "district" : region.level, place: region.fullName };
}

/**
 * An ingested document's level: central when an issuer is a central body, district for a
 * zone's management committee, else the level of its region code.
 *
 * @example documentIssuer(["仙居县人民政府"], "331024") // {level: "district", place: "浙江省台州市仙居县"}
 */
export function documentIssuer(issuers: string[], regionCode: string | null): Issuer {
  if (issuers.some((i) => CENTRAL.test(i))) return CENTRE;
  const region = regionCode ? regionByCode(regionCode) : null;
  if (issuers.some((i) => ZONE.test(i))) return { level: "district", place: region?.fullName ?? null };
  return ofRegion(region);
}

/**
 * A cited policy's level from its title's issuer words (the part before 关于), else from its
 * 文号, read in the citing document's region (仙政发 under 仙居县 is 仙居县's).
 *
 * @example policyIssuer("浙江省人民政府关于加快推进…的意见", null, "331024") // {level: "province", place: "浙江省"}
 * @example policyIssuer("国务院办公厅关于…的指导意见", null, null) // {level: "central", place: "中央"}
 */
export function policyIssuer(title: string, docNumber: string | null, citerCode: string | null): Issuer {
  const about = title.indexOf("关于");
  const issuerPart = about > 0 ? title.slice(0, about) : title;
  if (CENTRAL.test(issuerPart)) return CENTRE;
  const context = citerCode ? { code: citerCode } : undefined;
  const named = findRegionMentions(issuerPart, context).find((m) => m.start <= 2);
  if (named) return ofRegion(named.region);
  if (docNumber) {
    const fromNumber = numberIssuer(docNumber, citerCode);
    if (fromNumber) return fromNumber;
  }
  if (about < 0 && NATIONAL_LAW.test(title)) return CENTRE;
  return UNKNOWN;
}

/** 仙政发〔2017〕185号 → the citer's own place whose name starts 仙; 浙政发 → 浙江省; 国办发 → central. */
function numberIssuer(docNumber: string, citerCode: string | null): Issuer | null {
  const prefix = docNumber.split(/[〔[(（\d]/)[0] ?? "";
  if (!prefix) return null;
  const own = citerCode ? regionChain(citerCode).find((r) => r.level !== "town" && r.name.startsWith(prefix[0]!)) : undefined;
  if (own) return ofRegion(own);
  const province = PROVINCE_ABBREV[prefix[0]!];
  if (province && !CENTRAL_NUMBER.test(prefix)) return ofRegion(regionByCode(province));
  if (CENTRAL_NUMBER.test(prefix)) return CENTRE;
  return null;
}
