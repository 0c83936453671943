/**
 * Named partnerships (guide §4.11): 对口支援, 东西部(扶贫)协作, 一体化, 联动, 协同, 交流合作,
 * 战略合作, 加强/深化与X的合作, 联合X建设/举办 … COOPERATES_WITH from the document's jurisdiction
 * — its own zone for a zone's document, else its Region — to the places and bodies the
 * partnership's clause names, and between parks a sentence pairs. One edge per pair
 * (../facts.ts keeps the first statement).
 */
import { regionChain } from "../gazetteer.js";
import type { Sentence } from "../context.js";
import type { Collector } from "./collect.js";
import { clauseAround, hitsWithin, type Hit } from "./hits.js";
import { documentRegion, regionFound } from "./regions.js";

const PARTNERSHIP = /对口支援|对口帮扶|对口合作|对口协作|东西部(?:扶贫)?协作|东西(?:部)?扶贫协作|扶贫协作|山海协作|一体化|战略合作|合作共建|共建|结对|友好城市|飞地|协同发展|协同创新|创新联动|联动发展|统筹协同|交流合作|合作交流|合作框架|合作协议|签约合作|[与同][^，,。；;]{1,30}?(?:合作|对接|协作|联动)|联合[^，,。；;]{1,30}?(?:建设|举办|共建|组建)/;
/**
 * "嘉兴经济技术开发区、嘉兴港区与上海漕河泾新兴技术开发区合作": the parks before 与/同 partner the
 * parks after it; without such a word, the first park partners the rest.
 */
function pairParks(c: Collector, parks: Hit[], s: Sentence) {
  const text = c.ctx.matchText;
  const ids = [...new Set(parks.map((p) => p.id))];
  if (ids.length < 2) return;
  const pivot = parks.findIndex((p, i) => i > 0 && /[与同]/.test(text.slice(parks[i - 1]!.end, p.start)));
  if (pivot < 0) {
    for (let i = 1; i < ids.length; i++) c.relate("COOPERATES_WITH", ids[0]!, ids[i]!, s);
    return;
  }
  for (const left of new Set(parks.slice(0, pivot).map((p) => p.id))) {
    for (const right of new Set(parks.slice(pivot).map((p) => p.id))) c.relate("COOPERATES_WITH", left, right, s);
  }
}

const PARK_PAIRING = /共建|合作|结对|飞地|协作|联动发展/;
/** Clauses that make a named body a partner: 联合华为…举办, 与河南师范大学合作, 战略合作. */
const BODY_PARTNER = /联合|战略合作|合作共建|共建|签约|合作协议|合作框架|[与同][^，,。；;]{1,30}?合作/;

export interface CooperationTargets {
  parks: Hit[];
  organizations: Hit[];
  regions: Hit[];
  /** The document's own zone (a zone's document speaks for it), or null. */
  zone: string | null;
}

export function findCooperation(c: Collector, t: CooperationTargets): void {
  const { ctx } = c;
  const text = ctx.matchText;
  const home = documentRegion(ctx);
  const own = new Set(home ? regionChain(home.code).map((r) => `region:${r.code}`) : []);
  const subject = t.zone ?? (home ? c.entity(regionFound(home)) : null);
  for (const s of ctx.sentences) {
    const sentence = text.slice(s.start, s.end);
    const cue = PARTNERSHIP.exec(sentence);
    if (!cue) continue;
    // Partners are named in the clause of the partnership word ("强化江北区、四川省对口支援…").
    const clause = clauseAround(text, s, s.start + cue.index);
    const parksHere = hitsWithin(t.parks, s.start, s.end);
    if (subject) {
      for (const r of hitsWithin(t.regions, clause.start, clause.end)) {
        // The document's own place and the places inside it are its parts, not its partners.
        if (own.has(r.id) || (home && inside(r.id, home.code))) continue;
        c.relate("COOPERATES_WITH", subject, r.id, s);
      }
      if (BODY_PARTNER.test(text.slice(clause.start, clause.end))) {
        for (const o of hitsWithin(t.organizations, clause.start, clause.end)) c.relate("COOPERATES_WITH", subject, o.id, s);
      }
    }
    // Parks pair up only in an explicit joint venture, not in "…一体化发展的千亿级园区" prose.
    if (PARK_PAIRING.test(sentence)) pairParks(c, parksHere, s);
  }
}

/** Whether the region node `id` lies inside the region coded `code` (its code extends the prefix). */
function inside(id: string, code: string): boolean {
  const m = /^region:(\d{6,})$/.exec(id);
  if (!m) return false;
  const prefix = code.replace(/(00)+$/, "");
  return m[1] !== code && m[1]!.startsWith(prefix);
}
