/**
 * Named partnerships (guide §4.11): 对口支援, 东西部(扶贫)协作, 一体化, 战略合作, 合作框架协议 …
 * name their partners anywhere in the clause; 联动, 协同, 交流合作, 合作, 对接 only with 与/同:
 * "加强与广州、深圳的创新联动"; 联合X建设/举办 names organizations. COOPERATES_WITH runs from
 * the first party written before 与 (松山湖高新区与周边石龙镇…), else from the document's
 * jurisdiction: its zone for a zone's document, else its region. One edge per pair.
 */
import { findIssuingZone } from "../agencies.js";
import { regionChain } from "../gazetteer.js";
import type { Sentence } from "../context.js";
import type { Collector } from "./collect.js";
import { byStart, clauseAround, hitsWithin, type Hit } from "./hits.js";
import { documentRegion, regionFound } from "./regions.js";

/** Partnership words that name the partners anywhere in their clause. */
const NAMED_PARTNERSHIP = /对口支援|对口帮扶|对口合作|对口协作|东西部(?:扶贫)?协作|东西(?:部)?扶贫协作|扶贫协作|山海协作|一体化|战略合作|合作框架|合作协议|友好城市|结对/;
/** Partnership words that need the partner after 与/同: "深化与重庆市武隆区、大足区等文旅科技创新合作". */
const PAIRED = /联动|协同|合作|对接|同城化|共建/;
const WITH = /[与同]/;
/** 联合X建设/举办/开展: the organizations (and parks) between 联合 and the verb are partners. */
const JOINTLY = /联合([^,，。;；]{2,80}?)(?:共同)?(?:建设|举办|开展|打造|组建|成立|共建|申报|攻关)/;

export function findCooperation(c: Collector, parks: Hit[], organizations: Hit[], regions: Hit[]): void {
  const { ctx } = c;
  const text = ctx.matchText;
  const home = documentRegion(ctx);
  const homeZone = zoneOfDocument(c, parks);
  const defaultSubject = homeZone ?? (home ? c.entity(regionFound(home)) : null);
  const own = new Set(home ? regionChain(home.code).map((r) => `region:${r.code}`) : []);
  const parties = [...parks, ...organizations, ...regions].sort(byStart);
  const regionIds = new Set(regions.map((r) => r.id));
  for (const s of ctx.sentences) {
    const sentence = text.slice(s.start, s.end);
    for (const cue of cuesIn(sentence)) {
      const clause = clauseAround(text, s, s.start + cue.index);
      const here = outermost(hitsWithin(parties, clause.start, clause.end));
      const withAt = withBefore(text, clause.start, s.start + cue.index);
      let subject = defaultSubject;
      let partners = here;
      if (withAt >= 0) {
        const before = here.filter((h) => h.end <= withAt);
        // "推进乐山高新区与西部(成都)科学城战略合作": the party right before 与 is the first party.
        const first = before.length > 0 && text.slice(before[before.length - 1]!.end, withAt).length <= 1 ? before[before.length - 1]! : null;
        if (first) subject = first.id;
        partners = here.filter((h) => h.start > withAt);
      } else if (cue.paired) continue;
      // Without 与, a named partnership's partners are places, not the zones or groupings it serves.
      else partners = partners.filter((h) => regionIds.has(h.id) && c.get(h.id)?.props.level !== "区域");
      if (!subject) continue;
      for (const [k, p] of partners.entries()) {
        if (p.id === subject || (subject === defaultSubject && own.has(p.id)) || isPartOf(c, p.id, subject)) continue;
        // 山东潍坊: the province written before its city only places the partner.
        const next = partners[k + 1];
        if (next && next.start === p.end && isPartOf(c, next.id, p.id)) continue;
        if (insideBracketedName(text, p)) continue;
        c.relate("COOPERATES_WITH", subject, p.id, s, { kind: cue.kind });
      }
    }
    const joint = JOINTLY.exec(sentence);
    if (joint && defaultSubject) {
      const from = s.start + joint.index + 2;
      for (const o of hitsWithin([...organizations, ...parks].sort(byStart), from, from + joint[1]!.length)) {
        if (o.id !== defaultSubject) c.relate("COOPERATES_WITH", defaultSubject, o.id, s, { kind: "联合" });
      }
    }
  }
}

interface Cue {
  index: number;
  kind: string;
  paired: boolean;
}

/** The partnership words of a sentence, named ones first; one per clause is enough. */
function cuesIn(sentence: string): Cue[] {
  const named = NAMED_PARTNERSHIP.exec(sentence);
  if (named) return [{ index: named.index, kind: named[0], paired: false }];
  const paired = PAIRED.exec(sentence);
  return paired ? [{ index: paired.index, kind: paired[0], paired: true }] : [];
}

/** 西部(成都)科学城: a place bracketed inside a name is the name's. */
function insideBracketedName(text: string, h: Hit): boolean {
  return /[(（]/.test(text[h.start - 1] ?? "") && /[)）]/.test(text[h.end] ?? "") && /[一-龥]/.test(text[h.end + 1] ?? "");
}

/** Where the last 与/同 before `at` in the clause is, or -1. */
function withBefore(text: string, from: number, at: number): number {
  for (let i = at - 1; i >= from; i--) if (WITH.test(text[i]!)) return i;
  return -1;
}

/** Hits not inside another hit (松山湖 inside 松山湖高新区 is the park's). */
function outermost(hits: Hit[]): Hit[] {
  return hits.filter((h) => !hits.some((o) => o !== h && o.start <= h.start && h.end <= o.end && o.end - o.start > h.end - h.start));
}

/** A place below the subject region is its part, not its partner. */
function isPartOf(c: Collector, id: string, subject: string): boolean {
  const code = (e: string) => (e.startsWith("region:") ? c.get(e)?.props.code : undefined);
  const inner = code(id);
  const outer = code(subject);
  return typeof inner === "string" && typeof outer === "string" && regionChain(inner).some((r) => r.code === outer);
}

/** The zone a zone's document is about (its head names it: 新乡高新区…工作方案), as a found Park's id. */
function zoneOfDocument(c: Collector, parks: Hit[]): string | null {
  const zone = findIssuingZone(c.ctx.text);
  if (!zone) return null;
  const hit = parks.find((p) => {
    const e = c.get(p.id);
    return e !== undefined && (e.name === zone || e.aliases.includes(zone) || zone.includes(e.name));
  });
  return hit?.id ?? null;
}
