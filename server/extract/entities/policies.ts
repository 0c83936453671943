/**
 * Cited documents: every 《…》 that names a document (nested 《》/〈〉/<> allowed), with the 文号
 * given after it, short names (以下简称《指导意见》, or a later 《指导意见》 that ends an earlier
 * full title) resolved to the full title. CITES (Document → Policy). The document's own title
 * (关于印发《…》的通知) is not a citation.
 */
import { sentenceAt } from "../context.js";
import type { Collector } from "./collect.js";

const OPEN = new Set(["《", "〈", "<"]);
const CLOSE: Record<string, string> = { "《": "》", "〈": "〉", "<": ">" };
/** How document titles end; 《中标通知书》《企业知识产权管理规范》 and newspapers do not. */
const DOCUMENT_ENDING = /(?:意见|通知|办法|方案|规划|纲要|决定|条例|计划|法|规定|细则|政策|措施|指引|批复|公告|通告|决议|制度|规则|要点|目录|清单|章程|函|令|若干规定|实施意见|指导意见|纲领|战略|标准化方案|行动|工程)$/;
const TRAILING_NOTE = /(?:\((?:试行|暂行|修订|修正|草案|征求意见稿|\d{4}[^()]{0,12})\))+$/;
const DOC_NUMBER = /^\s*[(（]\s*([\u4e00-\u9fa5]{1,12}[〔\[［(]\d{4}[〕\]］)]\s*第?\s*\d+\s*号)/;
const SHORT_NAME = /^[^)）]{0,40}?(?:以下)?简称\s*[“"《]([^”"》]{2,30})[”"》]/;
/** 印发《X》 / 《X》已经…同意 / 现将《X》: X is the document itself or its attachment. */
const OWN_TITLE_BEFORE = /(?:印发|转发|发布|颁布|现将|公布|制定了|特制定|联合制定)\s*$/;
const OWN_TITLE_AFTER = /^\s*(?:已经|业经|经)[^，,。]{0,20}(?:同意|通过|研究)|^\s*的通知|^[，,]?\s*现(?:予以)?印发/;

export const policyId = (title: string) => `policy:${normaliseTitle(title)}`;

/** Whitespace out, nested brackets as 《》: the form ids are made of. */
export function normaliseTitle(title: string): string {
  return title.replace(/\s+/g, "").replace(/[〈<]/g, "《").replace(/[〉>]/g, "》").replace(/（/g, "(").replace(/）/g, ")");
}

interface Citation {
  start: number;
  end: number;
  title: string;
}

/** Every 《…》 span, outermost only, with its inner text. */
export function bracketedTitles(text: string): Citation[] {
  const out: Citation[] = [];
  for (let i = text.indexOf("《"); i >= 0; i = text.indexOf("《", i + 1)) {
    const stack: string[] = [];
    let j = i;
    for (; j < text.length && j - i < 200; j++) {
      const ch = text[j]!;
      if (OPEN.has(ch) && (ch === "《" || stack.length > 0)) stack.push(CLOSE[ch]!);
      else if (stack.length > 0 && ch === stack[stack.length - 1]) {
        stack.pop();
        if (stack.length === 0) break;
      }
    }
    if (stack.length > 0 || j >= text.length || text[j] !== "》") continue;
    out.push({ start: i, end: j + 1, title: text.slice(i + 1, j) });
    i = j;
  }
  return out;
}

export function findPolicies(c: Collector): void {
  const { ctx } = c;
  const text = ctx.matchText;
  const citations = bracketedTitles(text);
  const own = new Set<string>();
  for (const cit of citations) {
    if (OWN_TITLE_BEFORE.test(text.slice(Math.max(0, cit.start - 6), cit.start)) || OWN_TITLE_AFTER.test(text.slice(cit.end, cit.end + 30))) {
      own.add(normaliseTitle(cit.title));
    }
  }
  // The forwarding notice's own title wraps the document's: 关于印发〈X〉的通知 with X the document.
  for (const cit of citations) {
    const inner = /[《〈<]([^《》〈〉<>]+)[》〉>]/.exec(cit.title)?.[1];
    if (inner && /印发|转发/.test(cit.title) && own.has(normaliseTitle(inner))) own.add(normaliseTitle(cit.title));
  }
  const byShortName = new Map<string, string>();
  const fullTitles: string[] = [];
  for (const cit of citations) {
    let title = normaliseTitle(cit.title);
    if (own.has(title)) continue;
    const resolved = byShortName.get(title) ?? fullTitles.find((f) => f.length > title.length && f.endsWith(title));
    const isShort = resolved !== undefined;
    if (resolved) title = resolved;
    if (!DOCUMENT_ENDING.test(title.replace(TRAILING_NOTE, ""))) continue;
    const after = text.slice(cit.end, cit.end + 80);
    const number = isShort ? null : DOC_NUMBER.exec(after)?.[1]?.replace(/\s+/g, "") ?? null;
    const short = SHORT_NAME.exec(after)?.[1];
    if (short && !isShort) byShortName.set(normaliseTitle(short), title);
    if (!isShort) fullTitles.push(title);
    const display = isShort ? title : ctx.text.slice(cit.start + 1, cit.end - 1).replace(/\s+/g, "");
    const id = c.mention(
      { id: policyId(title), label: "Policy", name: display, aliases: short ? [short] : [], props: { title: display, docNumber: number } },
      cit.start,
      cit.end,
    );
    const s = sentenceAt(ctx.sentences, cit.start);
    if (s) c.relate("CITES", ctx.docId, id, s);
  }
}
