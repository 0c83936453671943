/**
 * Entities and their relations: industries, parks, organizations, programs, funds, platforms,
 * instruments, indicators and cited policies, each with MENTIONS from the document and the
 * evidence-bearing edges of graph-model.md. Industries come first: the later finders relate to
 * them (a fund SUPPORTS an industry, a park FOCUSES_ON one).
 */
import type { DocContext, ExtractionPart } from "../context.js";
import { findAgencyMentions } from "./agency-mentions.js";
import { createCollector } from "./collect.js";
import { relateContainment } from "./containment.js";
import { byStart } from "./hits.js";
import { findCooperation } from "./cooperation.js";
import { findFunds } from "./funds.js";
import { findIndicators } from "./indicators.js";
import { findIndustries, relatePlaceFocus } from "./industries.js";
import { findInstruments } from "./instruments.js";
import { findOrganizations } from "./organizations.js";
import { findParks } from "./parks.js";
import { findPlatforms } from "./platforms.js";
import { bracketedTitles, findPolicies } from "./policies.js";
import { findPrograms } from "./programs.js";
import { findRegions } from "./regions.js";

export function extractEntities(ctx: DocContext): ExtractionPart {
  // Names inside cited titles (《…设立政府产业基金的意见》) are the title's words, not the document's
  // entities: every finder but the citation finder reads a copy with titles blanked out.
  const c = createCollector({ ...ctx, matchText: blankTitles(ctx.matchText) });
  const cites = createCollector(ctx);
  const industries = c.by("industries", () => findIndustries(c));
  const parks = c.by("parks", () => findParks(c, industries.hits));
  const organizations = c.by("organizations", () => findOrganizations(c));
  c.by("place-focus", () => relatePlaceFocus(c, industries.hits, parks.hits, organizations.hits));
  const programs = c.by("programs", () => findPrograms(c));
  const platforms = c.by("platforms", () => findPlatforms(c, [...parks.hits, ...programs.hits, ...organizations.hits]));
  const funds = c.by("funds", () => findFunds(c, { industries: industries.hits, organizations: organizations.hits, parks: parks.hits, programs: programs.hits, platforms: platforms.hits }));
  c.by("instruments", () => findInstruments(c));
  c.by("indicators", () => findIndicators(c));
  const agencies = c.by("agency-mentions", () => findAgencyMentions(c));
  const regions = c.by("regions", () => findRegions(c, [...industries.hits, ...parks.hits, ...organizations.hits, ...programs.hits, ...platforms.hits, ...funds.hits, ...agencies].sort(byStart)));
  c.by("cooperation", () => findCooperation(c, parks.hits, organizations.hits, regions));
  c.by("containment", () => relateContainment(c, parks.hits, regions));
  cites.by("policies", () => findPolicies(cites));
  const own = c.part();
  const cited = cites.part();
  return { entities: [...own.entities, ...cited.entities], relations: [...own.relations, ...cited.relations], warnings: [...own.warnings, ...cited.warnings] };
}

const BLANK = "○";

/** `text` with the inside of every 《…》 replaced by ○, same length. */
export function blankTitles(text: string): string {
  const titles = bracketedTitles(text);
  if (titles.length === 0) return text;
  let out = "";
  let at = 0;
  for (const t of titles) {
    out += text.slice(at, t.start + 1) + BLANK.repeat(t.end - t.start - 2);
    at = t.end - 1;
  }
  return out + text.slice(at);
}
