/**
 * Page furniture: the lines a web page, an e-paper or a legal database wraps around a
 * document (breadcrumbs, publication line, font-size and print buttons, share widgets,
 * headline lists, copyright footers, pkulaw citation headers). Only whole lines are removed,
 * never part of a line, so the document body is untouched. Rules that could also match a line
 * of a document apply only before the first or after the last sentence of the body.
 */
import { labelledValues } from "./page-meta.js";

export interface Stripped {
  text: string;
  /** The removed non-empty lines, trimmed, in order: page metadata is read from them. */
  removed: string[];
}

// Lines that are furniture wherever they are: no policy document contains them as a line.
const ALWAYS: RegExp[] = [
  /^RSS(阅读|订阅)?$/i,
  /^(当前位置|您的位置|你的位置|您现在的位置|你现在的位置|您当前的位置|所在位置)\s*[:：]/,
  /^(网站首页|首页|主页)\s*(>|»|›|＞|→)/,
  /^(【法宝引证码】|法宝引证码|原文链接|本文链接|本文网址|原文地址|本文地址|本文关键词)\s*[:：]?/,
  /^[-—–－]\s*\d+\s*[-—–－]$/, // PDF page numbers: - 3 -
  /^(第\s*\d+\s*页\s*[,，/]?\s*)?共\s*\d+\s*页$|^第\s*\d+\s*页$/,
  /~{3}/, // e-paper headline lists mark elided headlines with ~~~
  /^第\s*\d+\s*版\s*[:：]/, // 第01版:一版要闻
  /^\d{1,2}\s*[:：]\s*\S{0,8}(要闻|版)$/, // 01:一版要闻
  /^(本版列表新闻|版面导航|本版新闻|上一版|下一版|报头|报眉)$/,
];
// Furniture when the line is short and has no full stop; a body sentence may mention these words.
const SHORT = 120;
const SHORT_ONLY: RegExp[] = [
  /[【\[]\s*字[体号]|字[体号]\s*[:：]\s*[大中小]/,
  /(浏览量|浏览次数|阅读次数|阅读量|点击数|点击量|点击次数|访问量|访问次数)\s*[:：]/,
  /扫一扫|扫描二维码/,
  /版权所有|ICP备|ICP证|公网安备|网站标识码|Copyright|©|All Rights Reserved/i,
  /(微信公众号|公众号|官方微博|官方微信)$/,
];
// Buttons and links that make up a whole line: 【打印本页】【关闭窗口】, 分享到：, 放大 缩小 默认.
const WIDGETS = new Set([
  "打印", "打印本页", "打印此页", "打印本文", "打印文章", "打印正文", "关闭", "关闭窗口", "关闭本页", "关闭此页",
  "返回", "返回顶部", "返回首页", "返回列表", "收藏", "加入收藏", "收藏本页", "分享", "分享到", "扫一扫",
  "保存", "保存本页", "纠错", "我要纠错", "放大", "缩小", "默认", "字体", "字号", "上一篇", "下一篇",
  "微信", "微博", "朋友圈", "QQ空间", "复制链接", "关注我们", "扫描二维码",
]);
// Tokens allowed beside widgets on such a line (the page date, the weekday, font sizes).
const WIDGET_COMPANIONS = /^(大|中|小|星期[一二三四五六日天]|\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?|\d{1,2}:\d{2}(:\d{2})?)$/;
// After the body, the first of these starts a block of links that runs to the end of the page.
const TAIL_BLOCK = /^(相关链接|相关文章|相关新闻|相关阅读|相关稿件|相关推荐|推荐阅读|热点推荐|热门文章|延伸阅读|上一篇|下一篇|网站地图|联系我们|主办单位|承办单位|版权所有|扫描二维码|扫一扫|第\s*\d+\s*版\s*[:：])|(微信公众号|公众号)$/;
// Before the body, an e-paper marker starts a headline list that runs to the last furniture line.
const HEAD_BLOCK = /^(本版列表新闻|版面导航|\d{1,2}\s*[:：]\s*\S{0,8}(要闻|版)|第\s*\d+\s*版\s*[:：])/;
const ATTACHMENT_HEADER = /^(附件下载|相关附件|附件下载区)\s*[:：]?$/;
const ATTACHMENT_LINK = /\.(docx?|pdf|xlsx?|wps|et|zip|rar|ofd|txt)\)?$/i;
const GENERIC_LABELS = new Set(["日期", "时间", "作者", "编辑"]);
// A timestamp line: digits and separators only, with a clock time (signature dates have none).
const TIMESTAMP = /^(?=.*(19|20)\d{2})(?=.*\d{1,2}:\d{2})[\d\s\-/.:年月日]+$/;

/**
 * Removes furniture lines. Publication lines (发布日期/来源 …) and timestamps are removed only
 * around the body, where pages print them; elsewhere such a line may be part of a form.
 *
 * @example stripFurniture("RSS阅读\n关于…的通知\n为…，现印发给你们。").text // "关于…的通知\n为…，现印发给你们。"
 */
export function stripFurniture(text: string): Stripped {
  const lines = text.split("\n");
  const trimmed = lines.map((l) => l.trim());
  const { firstBody, lastBody } = bodySpan(trimmed);
  const drop = trimmed.map((t, i) => t !== "" && isFurniture(t, i < firstBody || i > lastBody));

  markAttachmentLists(trimmed, drop);
  markHeadBlock(trimmed, drop, firstBody);
  const tail = trimmed.findIndex((t, i) => i > lastBody && t.length <= 60 && TAIL_BLOCK.test(t));
  if (tail >= 0) drop.fill(true, tail);

  return {
    text: lines.filter((_, i) => !drop[i]).join("\n"),
    removed: trimmed.filter((t, i) => drop[i] && t !== ""),
  };
}

function isFurniture(t: string, aroundBody: boolean): boolean {
  if (ALWAYS.some((re) => re.test(t))) return true;
  if (t.length <= SHORT && !t.includes("。") && SHORT_ONLY.some((re) => re.test(t))) return true;
  const widgets = widgetCount(t);
  // A lone 关闭 or 保存 could be a cell of a table in the document; a row of buttons could not.
  if (widgets >= 2 || (widgets === 1 && aroundBody)) return true;
  return aroundBody && (isPublicationLine(t) || TIMESTAMP.test(t));
}

/** How many buttons a line consisting only of buttons (and dates, weekdays, 大 中 小) has; 0 otherwise. */
function widgetCount(t: string): number {
  const tokens = t.split(/[\s:：【】[\]〖〗()（）|｜丨·•]+/).filter(Boolean);
  if (!tokens.every((w) => WIDGETS.has(w) || WIDGET_COMPANIONS.test(w))) return 0;
  return tokens.filter((w) => WIDGETS.has(w)).length;
}

/** 发布日期：2020-08-22 / 来源:区科委网站 作者: …: a label with a value, or several labels. */
function isPublicationLine(t: string): boolean {
  if (t.length > SHORT) return false;
  const pairs = labelledValues(t);
  // The label opens the line (after at most a bracket); elsewhere "时间：" is part of a sentence.
  if (pairs.length === 0 || pairs[0]!.at > 1) return false;
  if (pairs.length >= 2) return true;
  const { key, value } = pairs[0]!;
  // A lone 时间：/日期：/作者： line may be a field of a form in the document; a page stamps a clock time.
  return GENERIC_LABELS.has(key) ? /\d{1,2}:\d{2}/.test(value) : value !== "";
}

/** Where the body's sentences are: the first and last line with a full stop. */
function bodySpan(trimmed: string[]): { firstBody: number; lastBody: number } {
  const isSentence = (t: string) => t.includes("。");
  const firstBody = trimmed.findIndex(isSentence);
  if (firstBody < 0) return { firstBody: 0, lastBody: trimmed.length - 1 };
  return { firstBody, lastBody: trimmed.findLastIndex(isSentence) };
}

/** 附件下载： and the file links listed under it. */
function markAttachmentLists(trimmed: string[], drop: boolean[]): void {
  trimmed.forEach((t, i) => {
    if (!ATTACHMENT_HEADER.test(t)) return;
    drop[i] = true;
    for (let j = i + 1; j < trimmed.length && (trimmed[j] === "" || (trimmed[j]!.length <= 100 && ATTACHMENT_LINK.test(trimmed[j]!))); j++) {
      drop[j] = trimmed[j] !== "";
    }
  });
}

/** An e-paper's headline list before the document: from its marker to the last furniture line above the body. */
function markHeadBlock(trimmed: string[], drop: boolean[], firstBody: number): void {
  const start = trimmed.findIndex((t, i) => i < firstBody && HEAD_BLOCK.test(t));
  if (start < 0) return;
  const end = drop.slice(0, firstBody).lastIndexOf(true);
  if (end >= start) drop.fill(true, start, end + 1);
}
