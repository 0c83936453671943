/**
 * Which CITES edges are not citations: a document that names its own title (the 公布 line,
 * "《X》已经…审议通过,现予公布") cites itself, and one that repeals or replaces an earlier
 * version ("原《X》同时废止", "停止执行") revises it. Neither is an upstream document the
 * citing one follows, so the citation view shows revisions apart and drops self-citations,
 * and the risk-set panel counts neither as upstream.
 */

export type CitationKind = "cites" | "revises" | "self";

const REPEAL = /废止|停止执行|不再执行|同时废|予以废|代替|替代/;
/** "除《X》继续执行外,其他…废止": the named document is kept. */
const KEPT = /除.{0,80}继续执行/;

/** A title as versions of it are compared: without quotes, the 关于印发…的通知 wrapper, years, 文号 and (试行)/(修订). */
export function versionKey(title: string): string {
  return title
    .replace(/[《》〈〉<>“”"'\s]/g, "")
    .replace(/^.*?关于印发/, "")
    .replace(/的通知$/, "")
    .replace(/[（(][^)）]*(?:试行|修订|暂行|\d{4}年?)[^)）]*[)）]/g, "")
    .replace(/〔\d{4}〕\d+号|\d{4}年(?:版|度)?/g, "");
}

/** A CITES edge as the analyses read it. */
export interface CitesEdge {
  fromId: string;
  fromTitle: string;
  toId: string;
  toTitle: string;
  quote: string;
}

/**
 * Loading links a cited title to the ingested document of that title (cypher/load/
 * policies-to-documents.cypher), so a document naming its own title cites itself by id.
 *
 * @example citationKind({fromTitle: "关于促进新材料产业发展的若干意见", toTitle: "关于促进新材料产业发展的若干意见", quote: "原《关于促进新材料产业发展的若干意见》(仙政发〔2016〕189号)同时废止。", …}) // "revises"
 * @example citationKind({fromTitle: "中山市政务数据管理办法", toTitle: "中山市政务数据管理办法", quote: "《中山市政务数据管理办法》已经…审议通过,现予公布", …}) // "self"
 */
export function citationKind(e: CitesEdge): CitationKind {
  if (REPEAL.test(e.quote) && !KEPT.test(e.quote)) return "revises";
  return e.toId === e.fromId || versionKey(e.fromTitle) === versionKey(e.toTitle) ? "self" : "cites";
}
