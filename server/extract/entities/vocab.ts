/**
 * The vocabularies under ../vocab, validated once at load. They are data, edited by people
 * who read policy documents; a malformed entry should fail loudly at start-up, naming the file.
 */
import { z } from "zod";
import industriesJson from "../vocab/industries.json" with { type: "json" };
import instrumentsJson from "../vocab/instruments.json" with { type: "json" };
import indicatorsJson from "../vocab/indicators.json" with { type: "json" };
import organizationsJson from "../vocab/organizations.json" with { type: "json" };
import platformsJson from "../vocab/platforms.json" with { type: "json" };
import parksJson from "../vocab/parks.json" with { type: "json" };
import nonProgramsJson from "../vocab/non-programs.json" with { type: "json" };
import nationalAgenciesJson from "../vocab/national-agencies.json" with { type: "json" };
import { InstrumentCategory } from "../../schema/graph.js";

const Source = z.string();

const Industry = z.object({
  canonical: z.string().min(1),
  synonyms: z.array(z.string()),
  listForms: z.array(z.string()).optional(),
  source: Source,
});
const Instrument = z.object({
  canonical: z.string().min(1),
  category: InstrumentCategory,
  subcategory: z.enum([
    "talent", "money", "technology", "infrastructure",
    "finance", "tax", "regulation", "services",
    "procurement", "demonstration", "trade",
  ]),
  synonyms: z.array(z.string()),
  patterns: z.array(z.string()).optional(),
  /**
   * Phrasings that state the tool by themselves, with no money or support word (扩大…经费管理
   * 自主权, 结余资金留归…): each is adopted where it occurs, one edge per provision.
   */
  statements: z.array(z.string()).optional(),
  source: Source,
  /** Each literal form → the seeds/ documents it occurs in (written by `npm run vocab:seen`). */
  seen: z.record(z.string(), z.array(z.string())).optional(),
});
const Indicator = z.object({
  canonical: z.string().min(1),
  unit: z.string(),
  synonyms: z.array(z.string()),
  patterns: z.array(z.string()).optional(),
  source: Source,
});
const Organization = z.object({
  canonical: z.string().min(1),
  kind: z.enum(["enterprise", "university", "institute", "other"]),
  aliases: z.array(z.string()),
  source: Source,
});
const Platform = z.object({ canonical: z.string().min(1), synonyms: z.array(z.string()), source: Source });
const ParkSuffix = z.object({ suffix: z.string().min(1), kind: z.string().min(1), source: Source });
const NonProgram = z.object({ name: z.string().min(1), why: z.string() });
const NationalAgency = z.object({ name: z.string().min(1), forms: z.array(z.string()) });

export class VocabularyError extends Error {
  readonly code = "VOCABULARY_INVALID";
  constructor(file: string, detail: string) {
    super(`server/extract/vocab/${file} is malformed: ${detail}; fix the entry (see the file's _about)`);
    this.name = "VocabularyError";
  }
}

function load<T extends z.ZodType>(file: string, schema: T, json: unknown): z.infer<T>[] {
  const parsed = z.object({ entries: z.array(schema) }).safeParse(json);
  if (!parsed.success) throw new VocabularyError(file, z.prettifyError(parsed.error));
  return parsed.data.entries;
}

export type IndustryEntry = z.infer<typeof Industry>;
export type InstrumentEntry = z.infer<typeof Instrument>;
export type IndicatorEntry = z.infer<typeof Indicator>;
export type OrganizationEntry = z.infer<typeof Organization>;
export type PlatformEntry = z.infer<typeof Platform>;
export type ParkSuffixEntry = z.infer<typeof ParkSuffix>;

export const industries: IndustryEntry[] = load("industries.json", Industry, industriesJson);
export const instruments: InstrumentEntry[] = load("instruments.json", Instrument, instrumentsJson);
export const indicators: IndicatorEntry[] = load("indicators.json", Indicator, indicatorsJson);
export const organizations: OrganizationEntry[] = load("organizations.json", Organization, organizationsJson);
export const platforms: PlatformEntry[] = load("platforms.json", Platform, platformsJson);
export const parkSuffixes: ParkSuffixEntry[] = load("parks.json", ParkSuffix, parksJson);
export const nationalAgencies = load("national-agencies.json", NationalAgency, nationalAgenciesJson);
export const nonPrograms: ReadonlySet<string> = new Set(load("non-programs.json", NonProgram, nonProgramsJson).map((e) => e.name));

/** Compiles a vocabulary pattern, naming the entry when it is not a valid regular expression. */
export function compilePattern(file: string, owner: string, source: string, flags = ""): RegExp {
  try {
    return new RegExp(source, flags);
  } catch (e) {
    throw new VocabularyError(file, `${owner}: pattern ${source} does not compile (${(e as Error).message})`);
  }
}
