/**
 * Document metadata: title, every issuer, date, 文号 and jurisdiction, read from the
 * document's head (heading block, 文号 line, forwarding 通知 and its signature) and tail
 * (signature and date), plus the issuing Agencies and the jurisdiction's Region chain.
 *
 * Works on the half-width `matchText` line by line; titles and quotes are sliced from `text`
 * at the same offsets. Files that run sentences or whole header blocks together
 * (安人社发〔2016〕78号…的通知各乡镇…:) are cut at 文号s and at the title's last word.
 */
import type { ReadResult } from "../read/types.js";
import type { DocumentMeta, Entity, Relation } from "../schema/graph.js";
import { agencyEntity, findIssuingZone, resolveAgencyName, splitIssuers } from "./agencies.js";
import { emptyPart, sentenceAt, type ExtractionPart, type Sentence } from "./context.js";
import { findRegionMentions, regionChainPart, regionEntity, regionPartOf, type Region } from "./gazetteer.js";

interface Line {
  start: number;
  end: number;
  /** matchText of the line, trimmed. */
  text: string;
}

/** How many lines at the top and bottom can hold the heading block and the signature. */
const HEAD_LINES = 40;
const TAIL_LINES = 25;
const HEAD_CHARS = 6000;

// The genre word a title ends with, optionally followed by (试行)/(2017-2020年) and a closing 》.
const GENRE =
  /(?:实施意见|指导意见|若干意见|意见|行动计划|计划|实施方案|工作方案|方案|若干政策|政策|措施|举措|管理办法|实施办法|办法|实施细则|细则|规定|决定|通知|纲要|规划|条例|通告|公告|规则|指引|指南|清单|要点|\d+条|[一二三四五六七八九十]+条|通\s+知)(?:[(（][^()（）]{0,20}[)）])*[》”]?/g;
const FORWARDING = /印发|转发|印送|下发|颁发/;
const FURNITURE =
  /当前位置|首页|发布日期|发布时间|来源[:：]|浏览|阅读|字体|打印|关闭|分享|二维码|本文链接|法宝引证码|原文链接|版权|~~~|>>|>|网站|时间[:：]|星期/;
const NOT_TITLE_START = /^(?:各|为|根据|按照|现|经|请|对|在|第[一二三四五六七八九十\d]|[一二三四五六七八九十]+[、.]|[(（][一二三四五六七八九十\d]|\d+[.、])/;
const TITLE_SCRAP = /^[★☆●\s]+|[\s]+$/g;

// 文号: 东府办〔2018〕10号, 新开[2020]28号, 银政办发【2023】12号 (text is half-width, so （）→()).
const DOC_NUMBER = /([\u4e00-\u9fa5]{1,10})\s*[〔\[【(﹝]\s*((?:19|20)\d{2})\s*[〕\]】)﹞]\s*(\d{1,4})\s*号/g;
/** In run-together heads the 文号's issuer code follows a body's name: …财政局富人社〔2018〕7号 → 富人社. */
const DOC_NUMBER_LEAD = /^.*(?:局|政府|办公室|委员会|管委会|文件)/;
/** Registration marks and 文件 headers that precede a 文号 in run-together heads: JLHD01—2017—0030临海市人民政府办公室文件. */
const HEAD_SCRAP = /^[A-Z]{2,}\w*[-—－]\d{4}[-—－]\d{4}|文件$/g;

const DATE = /((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/g;
const CN_DATE = /([〇零○O一二三四五六七八九]{4})\s*年\s*([一二三四五六七八九十]{1,3})\s*月\s*([一二三四五六七八九十]{1,3})\s*日/g;
const ISSUING_LABELS: ReadonlySet<string> = new Set(["发布日期", "发布时间", "发文时间"]);
const FURNITURE_DATE = /(?:发布日期|发布时间|发文时间|日期)[:：]\s*((?:19|20)\d{2})[-/.年](\d{1,2})[-/.月](\d{1,2})/;
/** A 版记 line (中共仙居县委办公室2017年9月7日印发): when it was printed, not by whom it was issued. */
const PRINTED = /印发\s*$|^抄送|^抄报/;
/** Notes that may share a signature line: (此件公开发布). */
const SIGNATURE_NOTE = /[(（]此件[^()（）]*[)）]/g;
/** Where a head line breaks into pieces: at each 文号, 此件 note and date (湖州市人民政府2018年2月2日湖州市…政策). */
const HEAD_CUT = new RegExp(`${DOC_NUMBER.source}|${SIGNATURE_NOTE.source}|${DATE.source}`, "g");
const APPROVED_BY = /已?经([\u4e00-\u9fa5]{0,10}管委会)(?:研究)?同意/;
/** 广东省人民政府令 (第290号): the issuer of a 政府令. */
const ORDER_HEADER = /^(.{2,30}?)令$/;

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let from = 0;
  while (from <= text.length) {
    let to = text.indexOf("\n", from);
    if (to < 0) to = text.length;
    let s = from;
    let e = to;
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) lines.push({ start: s, end: e, text: text.slice(s, e) });
    from = to + 1;
  }
  return lines;
}

/** Where the body starts: the first outline heading (一、 / 第一章 / 第一条). */
const BODY_START = /^(?:一\s*[、.]|第[一1]\s*[章条]|[(（]一[)）])/;

function headLines(lines: Line[]): Line[] {
  const head: Line[] = [];
  for (const l of lines) {
    if (head.length >= HEAD_LINES || l.start > HEAD_CHARS || BODY_START.test(l.text)) break;
    head.push(l);
  }
  return head;
}

interface Segment {
  start: number;
  end: number;
  text: string;
}

/** Cuts a head line at its 文号s and registration marks: each piece may be a title or issuers. */
function segments(line: Line): { pieces: Segment[]; docNumbers: string[] } {
  const pieces: Segment[] = [];
  const docNumbers: string[] = [];
  let from = 0;
  const piece = (a: number, b: number) => {
    let s = line.text.slice(a, b);
    const lead = s.length - s.trimStart().length;
    s = s.trim();
    for (const m of s.matchAll(HEAD_SCRAP)) s = s.replace(m[0], (x) => " ".repeat(x.length));
    const inner = s.trim();
    if (inner) {
      const at = a + lead + s.indexOf(inner);
      pieces.push({ start: line.start + at, end: line.start + at + inner.length, text: inner });
    }
  };
  for (const m of line.text.matchAll(HEAD_CUT)) {
    if (m[1] === undefined) {
      piece(from, m.index);
    } else {
      const code = m[1].replace(DOC_NUMBER_LEAD, "") || m[1];
      docNumbers.push(`${code}〔${m[2]}〕${m[3]}号`);
      piece(from, m.index + m[1].length - code.length);
    }
    from = m.index + m[0].length;
  }
  piece(from, line.text.length);
  return { pieces, docNumbers };
}

/** Is the 《 before `at` still open? (a genre word inside 《…》 does not end the title) */
function insideQuote(s: string, at: number): boolean {
  let depth = 0;
  for (let i = 0; i < at; i++) {
    if (s[i] === "《") depth++;
    else if (s[i] === "》") depth = Math.max(0, depth - 1);
  }
  return depth > 0;
}

/** What may follow a title on its line: nothing, the addressees (各…: / 乍浦镇,港区各部门:), the date, or the body's first words. */
const AFTER_TITLE = /^(?:$|各|[^。的]{0,80}[:：]$|[(（]\d{4}|第[一1]\s*[章条]|一[、.]|为|根据|按照)/;

/**
 * The title at the start of a head piece, or null: it ends with a genre word (outside 《》)
 * that is followed by what may follow a title; failing that, a piece opening with 关于 is
 * cut after its last genre word before the first clause break (a title run into its text).
 */
function titleAt(p: Segment): Segment | null {
  const s = p.text.replace(/^[★☆●—\-\s]+/, "");
  const offset = p.text.length - s.length;
  if (s.length < 6 || FURNITURE.test(s) || NOT_TITLE_START.test(s)) return null;
  const at = (end: number): Segment => ({ start: p.start + offset, end: p.start + offset + end, text: s.slice(0, end) });
  const clauseBreak = s.search(/[。,，:：;；]/);
  let lastBeforeBreak = -1;
  for (const m of s.matchAll(GENRE)) {
    const end = m.index + m[0].length;
    if (end < 6 || end > 150 || insideQuote(s, m.index)) continue;
    if (clauseBreak >= 0 && m.index > clauseBreak) break;
    if (AFTER_TITLE.test(s.slice(end))) return at(end);
    lastBeforeBreak = end;
  }
  return lastBeforeBreak > 0 && /^(?:《)?[^。,，:：]{0,40}?关于/.test(s) ? at(lastBeforeBreak) : null;
}

interface TitleCandidate extends Segment {
  /** Came from a line that also held a 文号 or registration mark (a page header repeating the title). */
  cut: boolean;
  lineIndex: number;
}

function titleCandidates(head: Line[]): TitleCandidate[] {
  const out: TitleCandidate[] = [];
  head.forEach((line, i) => {
    const { pieces, docNumbers } = segments(line);
    const cut = docNumbers.length > 0 || pieces.length > 1 || pieces[0]?.text !== line.text;
    for (const p of pieces) {
      const t = titleAt(p);
      if (t) {
        out.push({ ...t, cut, lineIndex: i });
        continue;
      }
      // A title broken over two or three lines: 东莞市人民政府办公室关于印发《…实施方案 / (2017-2020年)》的通知
      if (pieces.length !== 1 || p.text.length > 60 || /[。,，:：]/.test(p.text) || splitIssuers(p.text)) continue;
      for (let k = i + 1; k < Math.min(head.length, i + 3); k++) {
        const joined = head.slice(i, k + 1);
        if (joined.some((l) => l.text.length > 60 || /[。:：]/.test(l.text))) break;
        const text = joined.map((l) => l.text).join("");
        const t2 = titleAt({ start: line.start, end: joined[joined.length - 1]!.end, text });
        if (t2 && t2.text === text) {
          out.push({ start: line.start, end: joined[joined.length - 1]!.end, text, cut, lineIndex: i });
          break;
        }
      }
    }
  });
  return out;
}

/**
 * The document's own title: the forwarding 通知 when there is one (it is the document that
 * was issued), else the last heading before the body (the page's own header comes first).
 */
function chooseTitle(candidates: TitleCandidate[]): TitleCandidate | null {
  const notices = candidates.filter((c) => /通\s*知[》”]?$/.test(c.text) && FORWARDING.test(c.text));
  if (notices.length > 0) return notices.find((c) => !c.cut) ?? notices[0]!;
  const clean = candidates.filter((c) => !c.cut);
  return clean[clean.length - 1] ?? candidates[candidates.length - 1] ?? null;
}

/** The issuer line right above a title that opens with 关于 (中共重庆市开州区委 重庆市开州区人民政府 / 关于…). */
function issuerLineAbove(head: Line[], title: TitleCandidate): string | null {
  const above = head[title.lineIndex - 1];
  return above && !title.cut && splitIssuers(above.text) ? above.text.trim().replace(/\s+/g, " ") : null;
}

/** 关于印发《X》的通知 (also without 《》) forwards X: the forwarded document is the title's own. */
const FORWARDED = /^.*?关于(?:印发|转发|印送|下发|颁发)《?(.+?)》?的通\s*知$/;

/**
 * The document's own title (guide §2): the document a 印发 notice forwards, not the notice; and a
 * 关于… title keeps the issuers printed on the line above it as part of it.
 */
function ownTitle(title: string, issuersAbove: string | null): string {
  const forwarded = FORWARDED.exec(title)?.[1];
  if (forwarded && forwarded.length >= 6) return forwarded;
  return issuersAbove && title.startsWith("关于") ? `${issuersAbove}${title}` : title;
}

/** Text as stored, whitespace removed and an enclosing 《》 dropped. */
function cleanTitle(raw: string): string {
  let t = raw.replace(/\s+/g, "").replace(TITLE_SCRAP, "");
  if (/^《[^《》]*》$/.test(t)) t = t.slice(1, -1);
  return t;
}

function cnDigit(s: string): number {
  return "〇一二三四五六七八九".indexOf(s.replace(/[零○O]/, "〇"));
}

function cnSmall(s: string): number {
  if (s === "十") return 10;
  if (s.startsWith("十")) return 10 + cnDigit(s[1]!);
  if (s.endsWith("十")) return cnDigit(s[0]!) * 10;
  if (s.includes("十")) return cnDigit(s[0]!) * 10 + cnDigit(s[2]!);
  return cnDigit(s);
}

function isoDate(y: number, m: number, d: number): string | null {
  if (y < 1949 || y > 2100 || m < 1 || m > 12 || d < 1 || d > 31) return null;
  return `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

interface DateHit {
  iso: string;
  start: number;
  end: number;
}

function datesIn(line: Line): DateHit[] {
  const out: DateHit[] = [];
  for (const m of line.text.matchAll(DATE)) {
    const iso = isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
    if (iso) out.push({ iso, start: line.start + m.index, end: line.start + m.index + m[0].length });
  }
  for (const m of line.text.matchAll(CN_DATE)) {
    const y = Number([...m[1]!].map(cnDigit).join(""));
    const iso = isoDate(y, cnSmall(m[2]!), cnSmall(m[3]!));
    if (iso) out.push({ iso, start: line.start + m.index, end: line.start + m.index + m[0].length });
  }
  return out;
}

interface Signature {
  date: DateHit;
  /** Issuers named right before the date, on the same line or the lines above. */
  issuers: Segment[];
}

/**
 * Signature blocks: a date that ends its line (or is followed only by a 此件 note, or, in
 * run-together files, by the next heading), with the bodies named before it. A date line
 * opening with "(" right under the title (乐山: "(2021年7月6日…通过)") counts as well.
 */
function signatures(lines: Line[], from: number, to: number): Signature[] {
  const out: Signature[] = [];
  for (let i = from; i < to; i++) {
    const line = lines[i]!;
    if (PRINTED.test(line.text)) continue;
    for (const d of datesIn(line)) {
      const before = line.text.slice(0, d.start - line.start).trim();
      const after = line.text.slice(d.end - line.start).replace(SIGNATURE_NOTE, "").trim();
      const opening = before === "(" || before === "（";
      if (!opening && before && !splitIssuers(before)) continue;
      if (!opening && after && !(before && /^[\u4e00-\u9fa5《]/.test(after))) continue;
      const issuers: Segment[] = [];
      if (before && !opening) issuers.push({ start: line.start, end: line.start + before.length, text: before });
      for (let k = i - 1; k >= Math.max(0, i - 3) && issuers.length === 0; k--) {
        if (splitIssuers(lines[k]!.text)) issuers.push(lines[k]!);
        else break;
      }
      out.push({ date: d, issuers });
    }
  }
  return out;
}

/** Bodies named before 关于/印发 in a title: 东莞市人民政府办公室关于印发… → 东莞市人民政府办公室. */
function titleIssuers(title: Segment): Segment | null {
  const s = title.text.replace(/^《/, "");
  const at = s.search(/关于|印发|转发/);
  if (at < 4) return null;
  const prefix = s.slice(0, at).trim();
  const start = title.start + (title.text.length - s.length);
  return splitIssuers(prefix) ? { start, end: start + prefix.length, text: prefix } : null;
}

/**
 * The deepest region named in `s`, each name read in the light of the first one
 * (宁波市江北区: 江北区 is Ningbo's, not Chongqing's).
 */
function deepestRegion(s: string, context?: { code?: string }): Region | null {
  const first = findRegionMentions(s, context)[0];
  const mentions = findRegionMentions(s, first ? { code: first.region.code } : context);
  let best: Region | null = null;
  for (const m of mentions) if (!best || LEVEL_RANK[m.region.level] > LEVEL_RANK[best.level]) best = m.region;
  return best;
}

const LEVEL_RANK = { province: 0, city: 1, district: 2, town: 3 } as const;

/** The place most often named in the body's opening (twice at least; the deeper on a tie). */
function bodyRegion(text: string): Region | null {
  const counts = new Map<string, { region: Region; n: number }>();
  for (const m of findRegionMentions(text.slice(0, HEAD_CHARS))) {
    const c = counts.get(m.region.code) ?? { region: m.region, n: 0 };
    c.n++;
    counts.set(m.region.code, c);
  }
  const frequent = [...counts.values()].filter((c) => c.n >= 2 && c.region.level !== "town");
  frequent.sort((a, b) => b.n - a.n || LEVEL_RANK[b.region.level] - LEVEL_RANK[a.region.level]);
  return frequent[0]?.region ?? null;
}

export function extractMetadata(
  read: ReadResult,
  docId: string,
  sentences: Sentence[],
): { document: Omit<DocumentMeta, "fingerprint">; part: ExtractionPart; titleFound: boolean; regionStated: boolean } {
  const text = read.matchText;
  const lines = splitLines(text);
  const head = headLines(lines);

  const docNumber = findDocNumber(head);
  const title = chooseTitle(titleCandidates(head));
  const titleText = title ? ownTitle(cleanTitle(read.text.slice(title.start, title.end)), issuerLineAbove(head, title)) : fallbackTitle(read.text, docId);

  // Issuers: the line above the title, the title's own prefix, then the signature.
  const named: Segment[] = [];
  for (const line of head) {
    const order = ORDER_HEADER.exec(line.text);
    if (order && splitIssuers(order[1]!)) named.push({ start: line.start, end: line.start + order[1]!.length, text: order[1]! });
  }
  if (title) {
    const above = head[title.lineIndex - 1];
    if (above && !title.cut && splitIssuers(above.text)) named.push(above);
    const prefix = titleIssuers(title);
    if (prefix) named.push(prefix);
  }
  // The 通知's own signature follows its title; a bare date line may also precede the heading (新开〔2020〕28号 / 2020年3月31日).
  const headSigs = signatures(lines, 0, head.length).sort(
    (a, b) => Number(a.date.start < (title?.start ?? 0)) - Number(b.date.start < (title?.start ?? 0)),
  );
  const tailFrom = Math.max(head.length, lines.length - TAIL_LINES);
  const tailSigs = signatures(lines, tailFrom, lines.length);
  const signature = headSigs[0] ?? tailSigs[tailSigs.length - 1] ?? null;
  if (headSigs[0]) named.push(...headSigs[0].issuers);
  if (named.length === 0 && signature) named.push(...signature.issuers);

  // A zone's 工作方案 may name its issuer only as the body that approved it: 已经区管委会研究同意.
  if (named.length === 0) {
    for (const line of head) {
      const m = APPROVED_BY.exec(line.text);
      if (m) named.push({ start: line.start + m.index + m[0].indexOf(m[1]!), end: 0, text: m[1]! });
    }
  }
  const issuers: { name: string; at: number }[] = [];
  for (const seg of named) {
    let at = seg.start;
    for (const name of splitIssuers(seg.text) ?? []) {
      const start = text.indexOf(name, at);
      if (!issuers.some((i) => i.name === name)) issuers.push({ name, at: start >= 0 ? start : seg.start });
      if (start >= 0) at = start + name.length;
    }
  }

  // The body's most named place settles names that several places share (西湖区, 江北区).
  const body = bodyRegion(text);
  const near = body ? { code: body.code } : undefined;
  const stated =
    issuers.map((i) => deepestRegion(i.name, near)).find((r) => r !== null) ??
    (title ? deepestRegion(title.text, near) : null) ??
    (docNumber ? deepestRegion(docNumber, near) : null);
  const region = stated ?? body;

  // Guide §2: the 发布日期 line first, then the date under the signature or of adoption; a
  // reposting site's timestamp (时间:…, a bare page stamp) is no issuing date.
  const publishedOn =
    issuingDate(read.pageMeta) ?? signature?.date.iso ?? printedDate(lines, tailFrom) ?? furnitureDate(head) ?? docNumberYear(docNumber);

  const part = emptyPart();
  if (!title) part.warnings.push(`${read.sourceFile}: no title line found in the document's head; named it after its first sentence`);
  if (region) {
    const chain = regionChainPart(region.code, docId);
    part.entities.push(...chain.entities);
    part.relations.push(...chain.relations);
  }
  const agencies = new Map<string, Entity>();
  const zone = findIssuingZone(text);
  for (const issuer of issuers) {
    const agency = resolveAgencyName(issuer.name, region?.code ?? null, zone);
    const entity = agencyEntity(agency);
    agencies.set(entity.id, entity);
    const sentence = sentenceAt(sentences, issuer.at) ?? { start: issuer.at, end: issuer.at + issuer.name.length };
    const edge: Relation = {
      type: "ISSUED_BY",
      from: docId,
      to: entity.id,
      docId,
      quote: read.text.slice(sentence.start, sentence.end),
      start: sentence.start,
      end: sentence.end,
      props: {},
    };
    part.relations.push(edge);
    if (agency.region) {
      part.entities.push(regionEntity(agency.region));
      part.relations.push(regionPartOf(entity.id, agency.region, docId));
    }
  }
  part.entities.push(...agencies.values());

  return {
    document: {
      id: docId,
      title: titleText,
      issuers: issuers.map((i) => i.name),
      publishedOn,
      docNumber,
      region: region?.fullName ?? null,
      regionCode: region?.code ?? null,
      sourceFile: read.sourceFile,
      contentHash: read.contentHash,
      encoding: read.encoding,
      format: read.format,
      sidecar: {},
      disagreements: [],
    },
    part,
    titleFound: title !== null,
    // Named by the issuer, title or 文号, rather than guessed from the places the body names.
    regionStated: stated !== null,
  };
}

/**
 * The document's own 文号: the first one in the head not cited in a sentence, i.e. with
 * nothing before it on its line but a bracket, issuers or a title (no 《 and no clause punctuation).
 */
function findDocNumber(head: Line[]): string | null {
  for (const line of head) {
    const { docNumbers } = segments(line);
    if (docNumbers.length === 0) continue;
    const before = line.text.slice(0, line.text.search(/[〔\[【(﹝]\s*(?:19|20)\d{2}\s*[〕\]】)﹞]/));
    if (before.length <= 80 && !/《|[。,，;；]/.test(before)) return docNumbers[0]!;
  }
  return null;
}

/**
 * The year a 文号 was issued in (仙政发〔2016〕190号 → 2016): a document without a printed date
 * still has its year, and a 文号 is numbered within the year its document is issued.
 */
function docNumberYear(docNumber: string | null): string | null {
  const year = docNumber ? /[〔\[（(]((?:19|20)\d{2})[〕\]）)]/.exec(docNumber)?.[1] : undefined;
  return year ?? null;
}

function printedDate(lines: Line[], from: number): string | null {
  for (let i = lines.length - 1; i >= from; i--) {
    if (!/印发\s*$/.test(lines[i]!.text)) continue;
    const d = datesIn(lines[i]!)[0];
    if (d) return d.iso;
  }
  return null;
}

/** The date a page reader kept from a stripped 发布日期/发布时间/发文时间 line (发布日期:2017/8/22). */
function issuingDate(meta: ReadResult["pageMeta"]): string | null {
  if (!meta?.publishedFrom || !ISSUING_LABELS.has(meta.publishedFrom)) return null;
  const m = meta?.publishedOn ? /^((?:19|20)\d{2})[-/.年](\d{1,2})[-/.月](\d{1,2})/.exec(meta.publishedOn) : null;
  return m ? isoDate(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}

function furnitureDate(head: Line[]): string | null {
  for (const l of head) {
    const m = FURNITURE_DATE.exec(l.text);
    if (m) return isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
  }
  return null;
}

/** No heading found: the first sentence that is not an address line, shortened, so the document still has a name. */
function fallbackTitle(text: string, docId: string): string {
  const first = text
    .split(/\n|。/)
    .map((l) => l.trim())
    .find((l) => l.length > 0 && !/[:：]$/.test(l) && l !== "各");
  if (!first) return docId;
  return first.length > 40 ? `${first.slice(0, 40)}…` : first;
}
