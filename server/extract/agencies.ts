/**
 * Government bodies: recognising an agency name, splitting lists and run-together issuer
 * lines into names, expanding the document's short forms (区科委 in 开州区's document →
 * 开州区科委), and finding who leads or is responsible for each task
 * (牵头单位/责任单位/配合单位 annotations, "(市科技局牵头,市财政局配合)", task tables).
 */
import type { Entity } from "../schema/graph.js";
import { findRegionMentions, regionChain, type Region } from "./gazetteer.js";
import vocab from "./vocab/agency-names.json" with { type: "json" };

export type ResponsibilityRole = "牵头" | "主办" | "责任" | "负责" | "配合" | "参与" | "协办";

/** One annotation: the bodies given one role for the text around `start`. */
export interface Responsibility {
  role: ResponsibilityRole;
  relation: "LED_BY" | "ASSIGNED_TO";
  /** As the document writes them, after list splitting (level prefix carried over: 市工信局、农业农村局 → 市农业农村局). */
  names: string[];
  /** Offsets of the whole annotation in the text. */
  start: number;
  end: number;
}

export interface AgencyName {
  /** The name the graph keys on: expanded with the jurisdiction and synonyms applied. */
  name: string;
  /** The document's own form when it differs from `name`. */
  alias: string | null;
  region: Region | null;
}

const LEAD_ROLES: ReadonlySet<ResponsibilityRole> = new Set(["牵头", "主办"]);

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const byLengthDesc = (a: string, b: string) => b.length - a.length;

const AGENCY_END = new RegExp(`(?:${[...vocab.suffixes].sort(byLengthDesc).map(escape).join("|")})$`);
const COLLECTIVE = new RegExp(vocab.collective.map(escape).join("|"));
const SYNONYM_END = new RegExp(`(?:${Object.keys(vocab.synonyms).sort(byLengthDesc).map(escape).join("|")})$`);
const SYNONYMS: Record<string, string> = vocab.synonyms;
/** Characters a body's name is made of: Chinese, digits, and the brackets of 财政(地税)局. */
const NAME_CHARS = /^[\u4e00-\u9fa5\d()（）“”"]+$/;

/** 市/区/县/省/州 at the start of a name stand for the document's own city, district, county…, */
const LEVEL_PREFIX = /^[省市区县州]/;
// …unless they begin an ordinary word (市场监管局 is not 市 + 场监管局).
const NOT_LEVEL = /^(?:市场|市政(?!府)|区域|县域|省级|市级|区级|县级)/;
/** Names that stand on their own in a list and must not inherit the previous item's 市/区 prefix (a zone's 管委会 is not the city's). */
const OWN_PREFIX = /^(?:中共|中国|国家|人行|人民银行|共青团)|管委会$|(?:新区|园区|开发区|高新区)/;

/** Is this a single government body's name (not a group such as 各有关部门)? */
export function isAgencyName(name: string): boolean {
  return (
    name.length >= 2 &&
    name.length <= 40 &&
    NAME_CHARS.test(name) &&
    AGENCY_END.test(name) &&
    !COLLECTIVE.test(name) &&
    !vocab.suffixes.includes(name)
  );
}

// A list item may trail words that are not part of the name: 省贸促会按职责分工 / 市科技局等.
const ITEM_NOISE = /(?:按职责分工|按照职责分工|按职责|等部门|等单位|等)$/;

/**
 * Splits "市工信局、农业农村局、发改委,各县(市)区政府" into body names, dropping groups
 * (各…, 相关…) and carrying the first item's 市/区/县 prefix to items without one.
 */
export function splitAgencyList(list: string, context?: { code?: string }): string[] {
  const out: string[] = [];
  let prefix = "";
  for (const raw of list.split(/[、,，;；\s]+|会同/).flatMap(splitConjoined)) {
    let item = raw.replace(ITEM_NOISE, "").trim();
    if (!isAgencyName(item)) continue;
    const hasLevel = LEVEL_PREFIX.test(item) && !NOT_LEVEL.test(item);
    if (hasLevel) prefix = item[0]!;
    else if (prefix && !OWN_PREFIX.test(item) && findRegionMentions(item, context).length === 0) item = prefix + item;
    out.push(item);
  }
  return out;
}

/** "市财政局和市科技局" is two bodies, but 经济和信息化厅 and 人力资源和社会保障局 are one each. */
function splitConjoined(item: string): string[] {
  const parts = item.split(/以及|和|及/);
  return parts.length > 1 && parts.every(isAgencyName) ? parts : [item];
}

// Where a run of bodies written without separators (中共银川市委办公室银川市人民政府办公室) may
// break: before 中共/中国, and after a body's closing word when a level character follows.
const ISSUER_CUT = /(?=中共|中国)|(?<=办公室|办公厅|人民政府|管委会|党工委|局|厅|[市区县]委)(?=[省市县区])/g;

/**
 * Splits an issuer line ("中共重庆市开州区委 重庆市开州区人民政府", or the same run together)
 * into bodies; null when some part is not a body's name, i.e. the line is not an issuer line.
 */
export function splitIssuers(line: string): string[] | null {
  const out: string[] = [];
  for (const chunk of line.split(/[\s、,，]+/)) {
    if (!chunk) continue;
    const cuts = new Set<number>([0, chunk.length]);
    for (const m of chunk.matchAll(ISSUER_CUT)) cuts.add(m.index);
    for (const m of findRegionMentions(chunk)) cuts.add(m.start);
    const points = [...cuts].sort((a, b) => a - b);
    let pending = "";
    for (let k = 0; k + 1 < points.length; k++) {
      pending += chunk.slice(points[k], points[k + 1]);
      if (isAgencyName(pending)) {
        out.push(pending);
        pending = "";
      }
    }
    if (pending) return null;
  }
  return out.length > 0 ? out : null;
}

/**
 * The graph's name for a body the document names `name`: synonyms applied (发改委 →
 * 发展改革委) and a leading 市/区/县/省 replaced by the jurisdiction it stands for, found up
 * the document region's chain (区科委 in 开州区's document → 开州区科委; 市科委 there → 重庆市科委).
 * In a zone's document (新乡高新区) whose region has no district, 区 stands for the zone.
 * No prefix is invented where neither gives one.
 */
export function resolveAgencyName(name: string, regionCode: string | null, zone: string | null = null): AgencyName {
  const own = name.trim();
  let full = own.replace(SYNONYM_END, (end) => SYNONYMS[end] ?? end);
  const chain = regionCode ? regionChain(regionCode) : [];
  let region: Region | null = null;
  // 港区人才工作领导小组 in 嘉兴港区's document: the zone's short form stands for the zone.
  const zoneWord = zone ? (ZONE_WORD.exec(zone)?.[0] ?? null) : null;
  if (LEVEL_PREFIX.test(full) && !NOT_LEVEL.test(full)) {
    const level = full[0]!;
    region = chain.find((r) => r.name.endsWith(level) || (level === "区" && r.name.endsWith("自治区"))) ?? null;
    if (region) full = region.name + full.slice(1);
    else if (level === "区" && zone) {
      full = zone + full.slice(1);
      region = chain[0] ?? null;
    }
  } else if (zone && zoneWord && full.startsWith(zoneWord) && !full.startsWith(zone)) {
    full = zone + full.slice(zoneWord.length);
    region = chain[0] ?? null;
  } else {
    // Town-level hits in a body's name are mostly zones (东莞's 松山湖); the body belongs to the district or city.
    const mentions = findRegionMentions(full, regionCode ? { code: regionCode } : undefined).filter(
      (m) => m.region.level !== "town",
    );
    region = mentions.length > 0 ? mentions[mentions.length - 1]!.region : (chain[0] ?? null);
  }
  return { name: full, alias: full === own ? null : own, region };
}

const ZONE_WORD = /(?:高新区|经开区|开发区|港区|新区)$/;

// A zone named at the start of a head line: 新乡高新区深化改革…方案, 嘉兴港区开发建设管理委员会关于…
const ZONE_AT_LINE_START = /(?:^|\n)\s*(?:中共)?([\u4e00-\u9fa5]{2,8}?(?:高新区|经开区|开发区|港区|新区))(?=[\u4e00-\u9fa5])/;
const ZONE_HEAD_CHARS = 2000;

/** The development zone a document speaks for, when its heading names one; its 区 bodies are the zone's. */
export function findIssuingZone(text: string): string | null {
  return ZONE_AT_LINE_START.exec(text.slice(0, ZONE_HEAD_CHARS))?.[1] ?? null;
}

/** The Agency node for a resolved name. */
export function agencyEntity(agency: AgencyName): Entity {
  return {
    id: `agency:${agency.name}`,
    label: "Agency",
    name: agency.name,
    aliases: agency.alias ? [agency.alias] : [],
    props: { region: agency.region?.fullName ?? null },
  };
}

const ROLE_WORDS = "牵头|主办|责任|负责|配合|参与|协办";
// 牵头单位:区科委 / 责任部门:市科技局、市财政局 / 配合:… (not 牵头领导, which names a person).
const LABEL = new RegExp(`(${ROLE_WORDS})(?:部门|单位|处室|科室)?\\s*[:：]`, "g");
/** Where a labelled list stops: a clause or bracket end, or the next label. */
const LIST_END = new RegExp(`[;；)）。\\n]|(?:${ROLE_WORDS})(?:部门|单位|处室|科室)?\\s*[:：]`, "g");
/** A bracket of the "(市科技局牵头,市财政局配合)" kind. */
const ROLE_BRACKET = /[(（]([^()（）\n:：]{2,150})[)）]/g;
const ROLE_CLAUSE = new RegExp(`^(.+?)(?:按照?职责分工)?(${ROLE_WORDS})$`);
/** A task table's header: columns separated by tabs, bars or wide spaces, one naming a role. */
const CELL_SPLIT = /\t|\s*[|｜]\s*|\s{2,}/;
const HEADER_ROLE = new RegExp(`^(${ROLE_WORDS})(?:部门|单位|处室|科室)$`);

function relationFor(role: ResponsibilityRole): Responsibility["relation"] {
  return LEAD_ROLES.has(role) ? "LED_BY" : "ASSIGNED_TO";
}

/**
 * Every responsibility annotation in the text, in text order: labelled lists, bracketed
 * "X牵头,Y配合" notes, and rows of task tables whose header names the role columns.
 *
 * @example findResponsibilities("…(牵头单位:区科委;配合单位:区财政局、区发展改革委)")
 *   // [{ role: "牵头", names: ["区科委"], … }, { role: "配合", names: ["区财政局", "区发展改革委"], … }]
 */
export function findResponsibilities(text: string, context?: { code?: string }): Responsibility[] {
  const out: Responsibility[] = [];
  const push = (role: ResponsibilityRole, list: string, start: number, end: number) => {
    const names = splitAgencyList(list, context);
    if (names.length > 0) out.push({ role, relation: relationFor(role), names, start, end });
  };
  for (const m of text.matchAll(LABEL)) {
    const from = m.index + m[0].length;
    LIST_END.lastIndex = from;
    const stop = LIST_END.exec(text);
    const to = stop ? stop.index : text.length;
    push(m[1] as ResponsibilityRole, text.slice(from, to), m.index, to);
  }
  for (const m of text.matchAll(ROLE_BRACKET)) {
    let at = m.index + 1;
    for (const clause of m[1]!.split(/([,，;；])/)) {
      const c = ROLE_CLAUSE.exec(clause.trim());
      if (c) push(c[2] as ResponsibilityRole, c[1]!, at, at + clause.length);
      at += clause.length;
    }
  }
  out.push(...findTableResponsibilities(text, context));
  return out.sort((a, b) => a.start - b.start);
}

/** Rows under a header such as "序号 | 任务 | 牵头单位 | 配合单位": each role cell is a list. */
function findTableResponsibilities(text: string, context?: { code?: string }): Responsibility[] {
  const out: Responsibility[] = [];
  let columns: Map<number, ResponsibilityRole> | null = null;
  let width = 0;
  let lineStart = 0;
  while (lineStart < text.length) {
    let lineEnd = text.indexOf("\n", lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd);
    const cells = line.trim().split(CELL_SPLIT);
    if (cells.length >= 2) {
      const roles = new Map<number, ResponsibilityRole>();
      cells.forEach((c, k) => {
        const h = HEADER_ROLE.exec(c.trim());
        if (h) roles.set(k, h[1] as ResponsibilityRole);
      });
      if (roles.size > 0) {
        columns = roles;
        width = cells.length;
      } else if (columns && cells.length === width) {
        const offset = lineStart + line.indexOf(line.trim());
        for (const [k, role] of columns) {
          const names = splitAgencyList(cells[k] ?? "", context);
          if (names.length > 0) out.push({ role, relation: relationFor(role), names, start: offset, end: lineEnd });
        }
      } else if (line.trim()) columns = null;
    } else if (line.trim()) columns = null;
    lineStart = lineEnd + 1;
  }
  return out;
}
