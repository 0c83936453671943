/**
 * Entities and their relations: industries, parks, organizations, programs, funds, platforms,
 * instruments, indicators and cited policies, each with MENTIONS from the document and the
 * evidence-bearing edges of graph-model.md. Industries come first: the later finders relate to
 * them (a fund SUPPORTS an industry, a park FOCUSES_ON one).
 */
import type { DocContext, ExtractionPart } from "../context.js";
import { createCollector } from "./collect.js";
import { findCooperation } from "./cooperation.js";
import { findFunds } from "./funds.js";
import { findIndicators } from "./indicators.js";
import { findIndustries } from "./industries.js";
import { findInstruments } from "./instruments.js";
import { findOrganizations } from "./organizations.js";
import { findParks } from "./parks.js";
import { findPlatforms } from "./platforms.js";
import { findPolicies } from "./policies.js";
import { findPrograms } from "./programs.js";

export function extractEntities(ctx: DocContext): ExtractionPart {
  const c = createCollector(ctx);
  const industries = findIndustries(c);
  const parks = findParks(c, industries.hits);
  const organizations = findOrganizations(c);
  const programs = findPrograms(c);
  findFunds(c, { industries: industries.hits, priorityList: industries.priorityList, organizations: organizations.hits, parks: parks.hits, programs: programs.hits });
  findPlatforms(c);
  findInstruments(c);
  findIndicators(c);
  findPolicies(c);
  findCooperation(c, parks.hits, organizations.hits);
  return c.part();
}
