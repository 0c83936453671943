/**
 * Named partnerships: 对口支援, 东西部(扶贫)协作, 山海协作, 一体化, 战略合作, 共建 …
 * COOPERATES_WITH from the document's jurisdiction to the places and organizations the
 * sentence pairs it with, and between parks a sentence pairs.
 */
import { regionChain } from "../gazetteer.js";
import type { Sentence } from "../context.js";
import type { Collector } from "./collect.js";
import { clauseAround, hitsWithin, type Hit } from "./hits.js";
import { documentRegion, placesIn, regionFound } from "./regions.js";

const PARTNERSHIP = /对口支援|对口帮扶|对口合作|对口协作|东西部(?:扶贫)?协作|东西(?:部)?扶贫协作|扶贫协作|山海协作|一体化发展|一体化|战略合作|合作共建|共建|结对|友好城市|飞地|协同发展|合作框架|合作协议|签约合作/;
/** What precedes a partner named by a bare short name: "与广州、深圳…", "加强与成都…". */
const PARTNER_CUE = /[与同和、]$/;
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
// A place right before a zone word belongs to the zone's name (乐山高新区), not to the partnership.
const ZONE_AFTER = /^(?:高新|经开|经济|开发|工业|园区|新区|国家|自创|产业|农业)/;

export function findCooperation(c: Collector, parks: Hit[], organizations: Hit[]): void {
  const { ctx } = c;
  const text = ctx.matchText;
  const home = documentRegion(ctx);
  const own = new Set(home ? regionChain(home.code).map((r) => r.code) : []);
  for (const s of ctx.sentences) {
    const sentence = text.slice(s.start, s.end);
    const cue = PARTNERSHIP.exec(sentence);
    if (!cue) continue;
    // Partners are named in the clause of the partnership word ("强化江北区、四川省对口支援…").
    const clause = clauseAround(text, s, s.start + cue.index);
    const parksHere = hitsWithin(parks, s.start, s.end);
    if (home) {
      const homeId = c.entity(regionFound(home));
      for (const p of placesIn(ctx, clause.start, clause.end)) {
        if (own.has(p.region.code) || p.region.level === "town" || ZONE_AFTER.test(text.slice(p.end, p.end + 2))) continue;
        // Two-character short names in running text are as often words (解放思想, 中原出彩).
        if (p.end - p.start < 3 && !/^[省市区县州]/.test(text.slice(p.end, p.end + 1)) && !PARTNER_CUE.test(text.slice(Math.max(s.start, p.start - 2), p.start))) continue;
        // A place inside an already-found park or organization name is that body's, not a partner.
        if ([...parksHere, ...organizations].some((h) => h.start <= p.start && p.end <= h.end)) continue;
        // Descendants of the document's own region are its parts, not its partners.
        if (regionChain(p.region.code).some((r) => r.code === home.code)) continue;
        c.relate("COOPERATES_WITH", homeId, c.entity(regionFound(p.region)), s);
      }
      if (/战略合作|合作共建|共建|签约|合作协议|合作框架/.test(sentence)) {
        for (const o of hitsWithin(organizations, s.start, s.end)) c.relate("COOPERATES_WITH", homeId, o.id, s);
      }
    }
    // Parks pair up only in an explicit joint venture, not in "…一体化发展的千亿级园区" prose.
    if (PARK_PAIRING.test(sentence)) pairParks(c, parksHere, s);
  }
}
