/**
 * The document's outline as Measures: 第一章/第一条, 一、/(一)/1./(1)/① and ——items, nested
 * as the document nests them, each spanning its text up to the next sibling-or-higher
 * heading; plus who leads or is responsible for each (LED_BY / ASSIGNED_TO).
 *
 * Numbering must run on for a line to count as a heading (a "3." under "1." is not a heading
 * unless "2." came between), which keeps years, amounts and sentence-internal lists out even
 * in files that put every sentence on its own line.
 */
import type { Entity, Relation } from "../schema/graph.js";
import { agencyEntity, findIssuingZone, findResponsibilities, resolveAgencyName } from "./agencies.js";
import { emptyPart, evidence, sentenceAt, type DocContext, type ExtractionPart, type Sentence } from "./context.js";
import { regionEntity, regionPartOf } from "./gazetteer.js";

type MarkerKind = "chapter" | "section" | "article" | "cn" | "cnParen" | "num" | "numParen" | "circled" | "dash" | "row";

/** Conventional depth of each numbering style; a style new to the stack closes deeper ones. */
const RANK: Record<MarkerKind, number> = {
  chapter: 0,
  section: 1,
  article: 2,
  cn: 3,
  cnParen: 4,
  num: 5,
  numParen: 6,
  circled: 7,
  dash: 8,
  row: 9,
};

const CN_DIGITS = "零〇一二三四五六七八九十百两";
// One pattern per style, tried at a line's first non-blank character (text is half-width).
const MARKERS: { kind: MarkerKind; re: RegExp }[] = [
  { kind: "chapter", re: new RegExp(`^第\\s*([${CN_DIGITS}\\d]+)\\s*章`) },
  { kind: "section", re: new RegExp(`^第\\s*([${CN_DIGITS}\\d]+)\\s*节`) },
  { kind: "article", re: new RegExp(`^第\\s*([${CN_DIGITS}\\d][${CN_DIGITS}\\d ]*?)\\s*条(?!例)`) },
  { kind: "cn", re: /^([一二三四五六七八九十]{1,3})\s*[、.．](?![、.．])/ },
  { kind: "cnParen", re: /^[(（]\s*([一二三四五六七八九十]{1,3})\s*[)）]/ },
  { kind: "num", re: /^(\d{1,2})\s*[、.．](?![\d、.．])/ },
  { kind: "numParen", re: /^[(（](\d{1,2})[)）]/ },
  { kind: "circled", re: /^([①-⑳])/ },
  { kind: "dash", re: /^(—{2}|-{2})(?![—-])/ },
  // A numbered row of a task table: "1<tab>培育数字经济核心企业<tab>区经信局".
  { kind: "row", re: /^(\d{1,3})(?=\t|\s*[|｜]|\s{2,})\s*[|｜]?\s*/ },
];
const FIRST_CHARS = /[第一二三四五六七八九十(（\d①-⑳—-]/;
/**
 * 第X章 / 第X条 inside a line, where a heading can start: after a clause end, a chapter
 * title (第一章总则第一条) or a document's genre word (…管理办法第一章). Numbering still has to run on.
 */
const MIDLINE_ARTICLE = new RegExp(
  `([。;；:：)）]|第[${CN_DIGITS}\\d]+章[\\u4e00-\\u9fa5 ]{1,10}?|(?:办法|细则|规定|政策|条例|意见|总则|附则|\\d{4}年\\d{1,2}月\\d{1,2}日))\\s*第\\s*[${CN_DIGITS}\\d]+\\s*[章条](?!例)`,
  "g",
);

interface Heading {
  kind: MarkerKind;
  n: number;
  /** This heading's own part of the path: 二, (三), 2, (1), ①, 第三条, —1. */
  label: string;
  start: number;
  titleStart: number;
  end: number;
  /** Offsets of the title (the text it is sliced from may differ from the matched text in width only). */
  title: { start: number; end: number };
  order: number;
  parent: Heading | null;
  path: string;
}

/** 一 → 1, 十二 → 12, 二十八 → 28, 一百零三 → 103; Arabic digits pass through. */
export function chineseNumber(s: string): number {
  const t = s.replace(/\s+/g, "");
  if (/^\d+$/.test(t)) return Number(t);
  if (/^[①-⑳]$/.test(t)) return t.charCodeAt(0) - 0x2460 + 1;
  const digit = (c: string) => "零一二三四五六七八九".indexOf(c.replace("〇", "零").replace("两", "二"));
  let total = 0;
  let current = 0;
  for (const c of t) {
    if (c === "百") {
      total += (current || 1) * 100;
      current = 0;
    } else if (c === "十") {
      total += (current || 1) * 10;
      current = 0;
    } else current = digit(c);
  }
  return total + current;
}

const TITLE_END = /[。;；!！?？]/;
const TITLE_MAX = 60;
/** A table row's cells: tabs, bars or wide spaces between them. */
const CELL_GAP = /\t|\s*[|｜]\s*|\s{2,}/;

/**
 * Where a heading's title lies: its text up to the first 。 (or ；!?) or the line end, at most
 * 60 characters; a short label before a colon ("主要目标:到2025年…") is the title by itself.
 * A table row's title is its task cell.
 */
function headingTitle(text: string, kind: MarkerKind, from: number, stop: number): { start: number; end: number } {
  const line = text.slice(from, Math.min(stop, from + 4 * TITLE_MAX));
  let start = 0;
  while (start < line.length && /\s/.test(line[start]!)) start++;
  let body = line.slice(start);
  if (kind === "row") body = body.split(CELL_GAP)[0] ?? "";
  const cut = body.search(TITLE_END);
  if (cut >= 0) body = body.slice(0, cut);
  const colon = body.search(/[:：]/);
  if (colon >= 2 && colon <= 12) body = body.slice(0, colon);
  body = body.slice(0, TITLE_MAX).trimEnd();
  return { start: from + start, end: from + start + body.length };
}

function label(kind: MarkerKind, marker: string, n: number): string {
  const m = marker.replace(/\s+/g, "").replace("（", "(").replace("）", ")");
  switch (kind) {
    case "cn":
    case "num":
      return m.replace(/[、.．]$/, "");
    case "row":
      return String(n);
    case "dash":
      return `—${n}`;
    default:
      return m;
  }
}

/** Finds the headings, nested by a stack of open numbering styles. */
export function findHeadings(text: string): Heading[] {
  const headings: Heading[] = [];
  const stack: Heading[] = [];
  const lastOfKind = new Map<MarkerKind, number>();
  const childCount = new Map<Heading | null, number>();
  const lookaheads = new Map<MarkerKind, number>();
  const close = (h: Heading, at: number) => {
    let e = at;
    while (e > h.start && /\s/.test(text[e - 1]!)) e--;
    h.end = e;
  };
  const accept = (at: number, stop: number) => {
    const rest = text.slice(at, Math.min(stop, at + 16));
    for (const { kind, re } of MARKERS) {
      const m = re.exec(rest);
      if (!m) continue;
      const inStack = stack.findIndex((h) => h.kind === kind);
      const n = kind === "dash" ? (inStack >= 0 ? stack[inStack]!.n + 1 : 1) : chineseNumber(m[1]!);
      let depth: number;
      if (inStack >= 0) {
        const prev = stack[inStack]!.n;
        if (n <= prev || n > prev + 2) return;
        depth = inStack;
      } else {
        // A style starts at 1 or runs on from its last use; a passage may also open mid-outline
        // (三、保障措施 / 5.大力培育…), which counts when the next number follows.
        if (n !== 1 && n !== (lastOfKind.get(kind) ?? 0) + 1 && headings.length > 0) {
          if (lastOfKind.has(kind) || (lookaheads.get(kind) ?? 0) >= MAX_LOOKAHEADS) return;
          lookaheads.set(kind, (lookaheads.get(kind) ?? 0) + 1);
          if (!nextFollows(text, at, kind, n)) return;
        }
        depth = stack.length;
        while (depth > 0 && RANK[stack[depth - 1]!.kind] >= RANK[kind]) depth--;
      }
      for (const h of stack.splice(depth)) close(h, at);
      const parent = stack[depth - 1] ?? null;
      const order = (childCount.get(parent) ?? 0) + 1;
      childCount.set(parent, order);
      const titleStart = at + m[0].length;
      const heading: Heading = {
        kind,
        n,
        label: label(kind, m[0], n),
        start: at,
        titleStart,
        end: text.length,
        title: headingTitle(text, kind, titleStart, stop),
        order,
        parent,
        path: "",
      };
      heading.path = parent ? `${parent.path}.${heading.label}` : heading.label;
      lastOfKind.set(kind, n);
      stack.push(heading);
      headings.push(heading);
      return;
    }
  };
  let lineStart = 0;
  while (lineStart < text.length) {
    let lineEnd = text.indexOf("\n", lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    let at = lineStart;
    while (at < lineEnd && /\s/.test(text[at]!)) at++;
    const starts = at < lineEnd && FIRST_CHARS.test(text[at]!) ? [at] : [];
    // Files that run a 办法's lines together (…管理办法第一章总则第一条为…) still break at 第X章/第X条.
    const line = text.slice(at, lineEnd);
    if (line.indexOf("第", 1) > 0) {
      for (const m of line.matchAll(MIDLINE_ARTICLE)) {
        const s = m.index + m[0].search(/第\s*[^章]*[章条](?!例)$/);
        if (s > 0) starts.push(at + s);
      }
    }
    starts.forEach((s, k) => accept(s, starts[k + 1] ?? lineEnd));
    lineStart = lineEnd + 1;
  }
  for (const h of stack) close(h, text.length);
  return headings;
}

/** 1 → 一, 12 → 十二, 28 → 二十八 (up to 99). */
function toChinese(n: number): string {
  const d = "零一二三四五六七八九";
  if (n < 10) return d[n]!;
  const tens = Math.floor(n / 10);
  return `${tens > 1 ? d[tens] : ""}十${n % 10 ? d[n % 10] : ""}`;
}

const LOOKAHEAD_CHARS = 8000;
/** Per style, how many mid-outline openings to try before taking that style's odd numbers as text. */
const MAX_LOOKAHEADS = 20;

/** Does a heading numbered n+1 in the same style start a line within the next few thousand characters? */
function nextFollows(text: string, at: number, kind: MarkerKind, n: number): boolean {
  const cn = toChinese(n + 1);
  const next: Partial<Record<MarkerKind, string>> = {
    chapter: `第\\s*(?:${cn}|${n + 1})\\s*章`,
    article: `第\\s*(?:${cn}|${n + 1})\\s*条`,
    cn: `${cn}\\s*[、.．]`,
    cnParen: `[(（]${cn}[)）]`,
    num: `${n + 1}\\s*[、.．](?!\\d)`,
    numParen: `[(（]${n + 1}[)）]`,
  };
  const pattern = next[kind];
  if (!pattern) return false;
  return new RegExp(`\\n\\s*${pattern}`).test(text.slice(at, at + LOOKAHEAD_CHARS));
}

const measureId = (docId: string, path: string) => `measure:${docId}:${path}`;

/** The sentences from the one holding `start` to the one holding `end - 1`, as one span. */
function spanOf(ctx: DocContext, start: number, end: number): Sentence {
  const first = sentenceAt(ctx.sentences, start);
  const last = sentenceAt(ctx.sentences, Math.max(start, end - 1));
  return { start: first?.start ?? start, end: Math.max(last?.end ?? end, first?.end ?? end) };
}

/**
 * Measures for the outline with HAS_MEASURE edges (Document → top level, Measure → child),
 * and LED_BY / ASSIGNED_TO edges from the innermost Measure around each responsibility note.
 */
export function extractOutline(ctx: DocContext): ExtractionPart {
  const part = emptyPart();
  const headings = findHeadings(ctx.matchText);
  const ids = new Map<Heading, string>();
  const used = new Set<string>();
  for (const h of headings) {
    let path = h.path;
    for (let k = 2; used.has(path); k++) path = `${h.path}#${k}`;
    used.add(path);
    const id = measureId(ctx.docId, path);
    ids.set(h, id);
    const title = ctx.text.slice(h.title.start, h.title.end) || path;
    part.entities.push({
      id,
      label: "Measure",
      name: title,
      aliases: [],
      props: { docId: ctx.docId, path, title, order: h.order, start: h.start, end: h.end },
    });
    part.relations.push({
      type: "HAS_MEASURE",
      from: h.parent ? ids.get(h.parent)! : ctx.docId,
      to: id,
      ...evidence(ctx, spanOf(ctx, h.start, h.titleStart + 1)),
      props: { order: h.order },
    });
  }
  addResponsibilities(ctx, headings, ids, part);
  return part;
}

/** The deepest heading whose span holds `at`: headings are in text order and nest. */
function innermost(headings: Heading[], at: number): Heading | null {
  let lo = 0;
  let hi = headings.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (headings[mid]!.start <= at) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  for (let h: Heading | null = found >= 0 ? headings[found]! : null; h; h = h.parent) if (at < h.end) return h;
  return null;
}

function addResponsibilities(ctx: DocContext, headings: Heading[], ids: Map<Heading, string>, part: ExtractionPart) {
  const code = ctx.region?.code ?? null;
  const zone = findIssuingZone(ctx.matchText);
  const entities = new Map<string, Entity>();
  for (const r of findResponsibilities(ctx.matchText, code ? { code } : undefined)) {
    const heading = innermost(headings, r.start);
    if (!heading) {
      part.warnings.push(`responsibility note outside any numbered task at ${r.start}: ${r.names.join("、")}`);
      continue;
    }
    const quote = evidence(ctx, spanOf(ctx, r.start, r.end));
    for (const name of r.names) {
      const agency = resolveAgencyName(name, code, zone);
      const entity = agencyEntity(agency);
      entities.set(entity.id, entity);
      if (agency.region) {
        entities.set(`region:${agency.region.code}`, regionEntity(agency.region));
        part.relations.push(regionPartOf(entity.id, agency.region, ctx.docId));
      }
      const relation: Relation = {
        type: r.relation,
        from: ids.get(heading)!,
        to: entity.id,
        ...quote,
        props: { role: r.role },
      };
      part.relations.push(relation);
    }
  }
  part.entities.push(...entities.values());
}
