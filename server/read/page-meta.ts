/**
 * What a web page's publication line says (发布日期, 来源 …). The line itself is furniture and is
 * stripped from the text; its values are kept as a fallback for the metadata extractor.
 */
import type { ReadResult } from "./types.js";

export type PageMeta = NonNullable<ReadResult["pageMeta"]>;

// Labels seen on publication lines, longest first so 信息来源 wins over 来源.
const KEYS = [
  "发布日期", "发布时间", "发文时间", "更新时间", "信息来源", "文章来源", "稿件来源", "责任编辑", "发布机构",
  "浏览次数", "阅读次数", "点击次数", "浏览量", "阅读量", "点击数", "点击量", "访问量", "发布者", "发布人",
  "来源", "作者", "编辑", "日期", "时间", "字体", "字号",
];
const DATE_KEYS = new Set(["发布日期", "发布时间", "发文时间", "更新时间", "日期", "时间"]);
const SOURCE_KEYS = new Set(["信息来源", "文章来源", "稿件来源", "来源"]);
const KEY_VALUE = new RegExp(`(${KEYS.join("|")})\\s*[:：]`, "g");
// 2017/8/22, 2018-12-22, 2021年07月14日, and the mangled "-2023- 11/08" of one crawled page.
const DATE = /((?:19|20)\d{2})\D{1,3}?(\d{1,2})\s*[-/.月]\s*(\d{1,2})/;

const PAGE_STAMP = /星期[一二三四五六日天]|\d{1,2}:\d{2}/;

/** `key：value` pairs of a publication line (`at`: where the label starts), values trimmed and without 【…】 widgets. */
export function labelledValues(line: string): { key: string; value: string; at: number }[] {
  const matches = [...line.matchAll(KEY_VALUE)];
  return matches.map((m, i) => ({
    key: m[1]!,
    at: m.index,
    value: line
      .slice(m.index + m[0].length, matches[i + 1]?.index ?? line.length)
      .replace(/[【\[][^】\]]*[】\]]?/g, "")
      .trim(),
  }));
}

/** The first valid date in `text` as YYYY-MM-DD. */
export function isoDate(text: string): string | undefined {
  const m = DATE.exec(text);
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/**
 * Page metadata from lines that are not part of the document. A labelled date (发布日期：…) wins;
 * with `unlabelledDates`, a bare page timestamp is the fallback (an e-paper's issue date line).
 *
 * @example pageMetaFrom(["来源:区科委网站 作者: 发布日期:2017/8/22 10:47:44"], true)
 *   // { publishedOn: "2017-08-22", source: "区科委网站" }
 */
export function pageMetaFrom(lines: string[], unlabelledDates: boolean): PageMeta {
  const meta: PageMeta = {};
  for (const line of lines) {
    for (const { key, value } of labelledValues(line)) {
      if (DATE_KEYS.has(key) && !meta.publishedOn) {
        meta.publishedOn = isoDate(value);
        if (meta.publishedOn) meta.publishedFrom = key;
      }
      if (SOURCE_KEYS.has(key) && value) meta.source ??= value.split(/\s/)[0];
    }
  }
  if (!meta.publishedOn && unlabelledDates) {
    // A page stamp (date with weekday or clock time) before any other date: an e-paper's
    // headline list also quotes the dates of other articles.
    const stamped = lines.filter((l) => PAGE_STAMP.test(l));
    meta.publishedOn = [...stamped, ...lines].map(isoDate).find(Boolean);
    if (meta.publishedOn) meta.publishedFrom = "stamp";
  }
  return Object.fromEntries(Object.entries(meta).filter(([, v]) => v)) as PageMeta;
}
