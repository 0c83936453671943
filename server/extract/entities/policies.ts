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
    // 《关于做好<优化营商环境条例>贯彻实施工作的通知》 cites the 条例 too (guide §3.11).
    for (const m of cit.title.matchAll(NESTED)) {
      const inner = normaliseTitle(m[1]!);
      if (own.has(inner) || !DOCUMENT_ENDING.test(inner.replace(TRAILING_NOTE, ""))) continue;
      const innerId = c.mention({ id: policyId(inner), label: "Policy", name: m[1]!, aliases: [], props: { title: m[1]!, docNumber: null } }, cit.start + 1 + m.index!, cit.start + 2 + m.index! + m[1]!.length);
      if (s) c.relate("CITES", ctx.docId, innerId, s);
    }
  }
  findUnbracketed(c);
}

const NESTED = /[〈<《]([^《》〈〉<>]{4,80})[〉>》]/g;

/**
 * Specific documents implemented without 《》 (guide §3.11): "深入落实粤港、粤澳合作框架协议",
 * "全面落实国家、自治区科技体制改革攻坚方案". Only after an implementing verb and ending in a
 * word only documents end in, so a plan the document promises to write (制定…办法) is not one.
 * A list before the shared name distributes it: 粤港合作框架协议, 粤澳合作框架协议.
 */
function findUnbracketed(c: Collector): void {
  const { ctx } = c;
  const text = ctx.matchText;
  for (const m of text.matchAll(UNBRACKETED)) {
    const s = sentenceAt(ctx.sentences, m.index!);
    if (!s) continue;
    const earlier = m[1] ? m[1].slice(0, -1).split("、") : [];
    const rest = m[2]!;
    // Levels (国家、自治区…攻坚方案) say who issued one document; other items (粤港、粤澳…协议)
    // are as long as the first and each make one.
    let titles: string[];
    if (earlier.every((p) => LEVEL_WORD.test(p))) titles = [rest.replace(LEVEL_PREFIX, "")];
    else {
      const shared = rest.slice(earlier[0]!.length);
      titles = [...earlier, rest.slice(0, earlier[0]!.length)].map((p) => p + shared);
    }
    const end = m.index! + m[0].length;
    for (const title of titles) {
      const id = c.mention({ id: policyId(title), label: "Policy", name: title, aliases: [], props: { title, docNumber: null } }, end - rest.length, end);
      c.relate("CITES", ctx.docId, id, s);
    }
  }
}
const LEVEL_WORD = /^(?:国家|中央|省|自治区|市|区|县|州|上级)$/;
const LEVEL_PREFIX = /^(?:国家|中央|省|自治区|市|区|县|州|上级)/;
const UNBRACKETED = /(?:贯彻落实|认真落实|深入落实|全面落实|贯彻执行|深入实施)((?:[\u4e00-\u9fa5]{1,6}、)*)([\u4e00-\u9fa5]{4,20}(?:框架协议|合作协议|攻坚方案|三年行动计划|若干规定|实施条例|条例|纲要))(?=[,，。；;和及与等的]|$)/g;
