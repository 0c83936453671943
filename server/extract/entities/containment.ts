/**
 * Containment between parks and places (guide §4.3, §4.4): a sub-park whose name begins with
 * its zone's name (乐山高新区光电信息科技园 → 乐山高新区) is PART_OF it; "X纳入Y" puts a park X
 * into a park Y (PART_OF) or a place Y (LOCATED_IN: 滨海湾新区纳入粤港澳大湾区).
 */
import { sentenceAt } from "../context.js";
import type { Collector } from "./collect.js";
import { byStart, hitsWithin, type Hit } from "./hits.js";

const INTO = /^[^,，。;；]{0,4}?纳入$/;

export function relateContainment(c: Collector, parks: Hit[], regions: Hit[]): void {
  relateSubParks(c, parks);
  relateInclusion(c, parks, regions);
}

function relateSubParks(c: Collector, parks: Hit[]) {
  const names = new Map<string, string>();
  for (const p of parks) {
    const e = c.get(p.id);
    if (e) names.set(p.id, e.name);
  }
  for (const p of parks) {
    const name = names.get(p.id)!;
    const s = sentenceAt(c.ctx.sentences, p.start);
    if (!s) continue;
    for (const [id, zone] of names) {
      if (id !== p.id && name.length > zone.length + 1 && name.startsWith(zone)) c.relate("PART_OF", p.id, id, s);
    }
  }
}

function relateInclusion(c: Collector, parks: Hit[], regions: Hit[]) {
  const text = c.ctx.matchText;
  const parkIds = new Set(parks.map((h) => h.id));
  const targets = [...parks, ...regions].sort(byStart);
  for (const p of parks) {
    const s = sentenceAt(c.ctx.sentences, p.start);
    if (!s) continue;
    const next = hitsWithin(targets, p.end, Math.min(s.end, p.end + 12)).find((t) => t.id !== p.id);
    if (!next || !INTO.test(text.slice(p.end, next.start))) continue;
    c.relate(parkIds.has(next.id) ? "PART_OF" : "LOCATED_IN", p.id, next.id, s);
  }
}
