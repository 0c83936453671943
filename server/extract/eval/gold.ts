/**
 * Scores a whole document's Extraction against a gold annotation, the way the team's external
 * scorer (/work/shared/eval/score.mjs) does, in strict and fair mode (annotation-guide.md §5).
 * The numbers must stay identical to score.mjs: gold.test.ts checks them when it is present.
 */
import { readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { z } from "zod";
import type { Entity, Extraction, Relation } from "../../schema/graph.js";

const Attrs = z.record(z.string(), z.unknown());

export const GoldEntity = z.object({
  type: z.string(),
  name: z.string(),
  aliases: z.array(z.string()).optional(),
  attrs: Attrs.optional(),
});
export type GoldEntity = z.infer<typeof GoldEntity>;

export const GoldRelation = z.object({
  type: z.string(),
  /** A gold entity's name, or "DOC" for the document itself. */
  from: z.string(),
  to: z.string(),
  quote: z.string().nullish(),
  attrs: Attrs.optional(),
});
export type GoldRelation = z.infer<typeof GoldRelation>;

export const GoldMeta = z.object({
  title: z.string().nullish(),
  issuers: z.array(z.string()).optional(),
  publishedOn: z.string().nullish(),
  docNumber: z.string().nullish(),
  region: z.string().nullish(),
  note: z.string().optional(),
});

export const GoldFile = z.object({
  doc: z.string().optional(),
  meta: GoldMeta.optional(),
  entities: z.array(GoldEntity),
  relations: z.array(GoldRelation),
});
export type GoldFile = z.infer<typeof GoldFile>;

/** Gold files of a folder, keyed by file name without .json (= the document's basename without .txt). */
export function loadGoldDir(dir: string): { key: string; gold: GoldFile }[] {
  let files: string[];
  try {
    files = readdirSync(dir).filter((f) => f.endsWith(".json")).sort();
  } catch {
    return []; // a gold set not yet merged into this checkout
  }
  return files.map((f) => ({ key: f.replace(/\.json$/, ""), gold: GoldFile.parse(JSON.parse(readFileSync(join(dir, f), "utf8"))) }));
}

/** The key score.mjs files a prediction under: its source file's basename without .txt. */
export function documentKey(x: Extraction): string {
  return basename(String(x.document.sourceFile ?? x.document.id ?? "")).replace(/\.txt$/, "");
}

// ---- names ----------------------------------------------------------------------------------

/** Width, spaces, quotes, title marks and brackets do not make two names different. */
export function normName(s: unknown): string {
  return String(s ?? "")
    .normalize("NFKC")
    .replace(/[\s“”"'‘’《》〈〉<>「」『』()（）\[\]【】]/g, "")
    .toLowerCase();
}

/** Equal after normalising, or one contains the other and is at least 60% of its length. */
export function nameMatch(a: unknown, b: unknown): boolean {
  const x = normName(a);
  const y = normName(b);
  if (!x || !y) return false;
  if (x === y) return true;
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  return short.length >= 2 && long.includes(short) && short.length / long.length >= 0.6;
}

function namesOf(e: { name: string; aliases?: string[] }): string[] {
  return [e.name, ...(e.aliases ?? [])].filter(Boolean);
}

function anyNameMatch(as: string[], bs: string[]): boolean {
  return as.some((a) => bs.some((b) => nameMatch(a, b)));
}

// ---- fair mode ------------------------------------------------------------------------------

/** Only letters and digits: quotes are compared whatever their punctuation and spacing. */
function compact(s: unknown): string {
  return String(s ?? "").normalize("NFKC").replace(/[\s\p{P}\p{S}]/gu, "");
}

function longestCommonRun(x: string, y: string): number {
  let best = 0;
  let prev = new Array<number>(y.length + 1).fill(0);
  for (let i = 1; i <= x.length; i++) {
    const cur = new Array<number>(y.length + 1).fill(0);
    for (let j = 1; j <= y.length; j++) {
      if (x[i - 1] === y[j - 1]) best = Math.max(best, (cur[j] = prev[j - 1]! + 1));
    }
    prev = cur;
  }
  return best;
}

/** Two quotes cite the same sentence: one holds the other, or they share a run of half the shorter (12 at most). */
export function quotesOverlap(a: unknown, b: unknown): boolean {
  const x = compact(a);
  const y = compact(b);
  if (!x || !y) return false;
  if (x.includes(y) || y.includes(x)) return true;
  const need = Math.min(12, Math.ceil(Math.min(x.length, y.length) * 0.5));
  return longestCommonRun(x, y) >= need;
}

type Valued = { attrs?: Record<string, unknown>; props?: Record<string, unknown>; value?: unknown };
function valueOf(r: Valued): unknown {
  return r.attrs?.value ?? r.props?.value ?? r.value;
}

function sameValue(a: unknown, b: unknown): boolean {
  return a !== undefined && b !== undefined && Math.abs(Number(a) - Number(b)) < 1e-9;
}

/**
 * Annotators agree on targets by (sentence, value) and on instruments by sentence far more than
 * by the names they make up for them (guide §5), so fair mode also accepts these edges by quote.
 */
const FAIR_EDGE: Record<string, (g: GoldRelation, p: Relation) => boolean> = {
  SETS_TARGET: (g, p) => quotesOverlap(g.quote, p.quote) && sameValue(valueOf(g), valueOf(p as Valued)),
  ADOPTS: (g, p) => quotesOverlap(g.quote, p.quote),
};

/** Fair mode finds an Indicator or Instrument through the edge that points at it. */
const FAIR_LABEL_EDGE: Record<string, string> = { Indicator: "SETS_TARGET", Instrument: "ADOPTS" };

// ---- what is scored -------------------------------------------------------------------------

// Not in the gold: the document node and the outline (Measure, HAS_MEASURE, LED_BY, ASSIGNED_TO),
// mentions, and Agency-PART_OF->Region (the gold keeps PART_OF for Region and Park containment only).
const SKIP_LABELS = new Set(["Document", "Measure"]);
const SKIP_RELS = new Set(["MENTIONS", "HAS_MEASURE", "LED_BY", "ASSIGNED_TO"]);

// ---- one-to-one matching --------------------------------------------------------------------

export interface Counts {
  tp: number;
  gold: number;
  pred: number;
}

export interface Matched<G, P> extends Counts {
  missed: G[];
  spurious: P[];
}

/** Each gold item, in order, takes the first unused prediction it matches. */
function greedy<G, P>(gold: G[], pred: P[], eq: (g: G, p: P) => boolean) {
  const used = new Set<number>();
  const missed: G[] = [];
  for (const g of gold) {
    const hit = pred.findIndex((p, j) => !used.has(j) && eq(g, p));
    if (hit >= 0) used.add(hit);
    else missed.push(g);
  }
  return { tp: used.size, missed, spurious: pred.filter((_, j) => !used.has(j)) };
}

function isOptional(x: { attrs?: Record<string, unknown> }): boolean {
  return x.attrs?.optional === true;
}

/**
 * Optional gold items (found by one annotator, acceptable but not required) are neither missed
 * when absent nor spurious when predicted: they are matched against what the required ones left.
 */
export function matchItems<G extends { attrs?: Record<string, unknown> }, P>(gold: G[], pred: P[], eq: (g: G, p: P) => boolean): Matched<G, P> {
  const required = greedy(gold.filter((x) => !isOptional(x)), pred, eq);
  const optional = greedy(gold.filter(isOptional), required.spurious, eq);
  return { tp: required.tp, gold: required.tp + required.missed.length, pred: pred.length - optional.tp, missed: required.missed, spurious: optional.spurious };
}

// ---- scoring one document -------------------------------------------------------------------

/** Counts keyed like score.mjs: `entity:Label`, `rel:TYPE`, `entity:ALL`, `rel:ALL`, `meta:field`. */
export type Tally = Map<string, Counts>;

export interface DocumentScore {
  key: string;
  strict: Tally;
  fair: Tally;
  /** Strict-mode misses and spurious items, for --verbose. */
  misses: string[];
  spurious: string[];
}

function add(t: Tally, key: string, c: Counts): void {
  const cur = t.get(key) ?? { tp: 0, gold: 0, pred: 0 };
  t.set(key, { tp: cur.tp + c.tp, gold: cur.gold + c.gold, pred: cur.pred + c.pred });
}

export function addTally(into: Tally, from: Tally): void {
  for (const [k, c] of from) add(into, k, c);
}

function describeGoldRel(r: GoldRelation): string {
  return `${r.type} ${r.from} → ${r.to}`;
}

/** Scores `pred` (undefined when the document was not extracted) against one gold file. */
export function scoreDocument(key: string, gold: GoldFile, pred: Extraction | undefined): DocumentScore {
  const out: DocumentScore = { key, strict: new Map(), fair: new Map(), misses: [], spurious: [] };
  const predEntities = pred?.entities ?? [];
  const byId = new Map(predEntities.map((e) => [e.id, e]));

  // An endpoint is matched by name: the gold names its entities, the prediction refers by id.
  const predNames = new Map<string, string[]>(predEntities.map((e) => [e.id, namesOf(e)]));
  if (pred) predNames.set(pred.document.id, ["DOC"]);
  const predEnd = (id: string) => predNames.get(id) ?? [id];
  const goldEnd = (name: string) => {
    if (name === "DOC") return ["DOC"];
    const e = gold.entities.find((x) => x.name === name);
    return e ? namesOf(e) : [name];
  };
  const sameFrom = (g: GoldRelation, p: Relation) => anyNameMatch(goldEnd(g.from), predEnd(p.from));
  const sameEnds = (g: GoldRelation, p: Relation) => sameFrom(g, p) && anyNameMatch(goldEnd(g.to), predEnd(p.to));

  // Relations first: fair entity matching for Indicator and Instrument goes through their edges.
  const goldRels = gold.relations.filter((r) => !SKIP_RELS.has(r.type));
  const predRels = (pred?.relations ?? []).filter((r) => !SKIP_RELS.has(r.type) && !(r.type === "PART_OF" && byId.get(r.from)?.label === "Agency"));
  const fairPairs: [GoldRelation, Relation][] = [];
  for (const type of new Set([...goldRels.map((r) => r.type), ...predRels.map((r) => r.type)])) {
    const g = goldRels.filter((r) => r.type === type);
    const p = predRels.filter((r) => r.type === type);
    const strict = matchItems(g, p, sameEnds);
    add(out.strict, `rel:${type}`, strict);
    add(out.strict, "rel:ALL", strict);
    out.misses.push(...strict.missed.map(describeGoldRel));
    out.spurious.push(...strict.spurious.map((r) => `${r.type} ${predEnd(r.from)[0]} → ${predEnd(r.to)[0]}`));
    const byQuote = FAIR_EDGE[type];
    const fairEq = byQuote
      ? (a: GoldRelation, b: Relation) => {
          // greedy calls eq only on unused predictions and stops at the first true: each true is a pairing
          const ok = sameEnds(a, b) || (sameFrom(a, b) && byQuote(a, b));
          if (ok) fairPairs.push([a, b]);
          return ok;
        }
      : sameEnds;
    const fair = matchItems(g, p, fairEq);
    add(out.fair, `rel:${type}`, fair);
    add(out.fair, "rel:ALL", fair);
  }

  const goldEnts = gold.entities.filter((e) => !SKIP_LABELS.has(e.type));
  const predEnts = predEntities.filter((e) => !SKIP_LABELS.has(e.label));
  const sameName = (a: GoldEntity, b: Entity) => anyNameMatch(namesOf(a), namesOf(b));
  for (const label of new Set([...goldEnts.map((e) => e.type), ...predEnts.map((e) => e.label as string)])) {
    const g = goldEnts.filter((e) => e.type === label);
    const p = predEnts.filter((e) => e.label === label);
    const strict = matchItems(g, p, sameName);
    add(out.strict, `entity:${label}`, strict);
    add(out.strict, "entity:ALL", strict);
    out.misses.push(...strict.missed.map((e) => `${label} ${e.name}`));
    out.spurious.push(...strict.spurious.map((e) => `${label} ${e.name}`));
    const edgeType = FAIR_LABEL_EDGE[label];
    const viaEdge = (a: GoldEntity, b: Entity) => edgeType !== undefined && fairPairs.some(([gr, pr]) => gr.type === edgeType && gr.to === a.name && pr.to === b.id);
    const fair = matchItems(g, p, (a, b) => sameName(a, b) || viaEdge(a, b));
    add(out.fair, `entity:${label}`, fair);
    add(out.fair, "entity:ALL", fair);
  }

  // Metadata is scored the same in both modes.
  for (const [k, c] of scoreMetadata(gold, pred)) {
    add(out.strict, k, c);
    add(out.fair, k, c);
  }
  return out;
}

function scoreMetadata(gold: GoldFile, pred: Extraction | undefined): [string, Counts][] {
  const m = gold.meta ?? {};
  const d = pred?.document;
  const one = (hit: boolean, inGold: unknown, inPred: unknown): Counts => ({ tp: hit ? 1 : 0, gold: inGold ? 1 : 0, pred: inPred ? 1 : 0 });
  // a region matches with or without its province prefix (广东省东莞市 = 东莞市 = 东莞)
  const rg = normName(m.region);
  const rp = normName(d?.region);
  const regionOk = !!rg && !!rp && (nameMatch(rg, rp) || (rp.length >= 2 && rg.includes(rp.replace(/[市区县]$/, ""))));
  return [
    // score.mjs counts the title as stated on both sides, whatever either says
    ["meta:title", one(nameMatch(m.title, d?.title), true, true)],
    ["meta:publishedOn", one(!!m.publishedOn && String(d?.publishedOn ?? "").startsWith(m.publishedOn), m.publishedOn, d?.publishedOn)],
    ["meta:docNumber", one(!!m.docNumber && normName(d?.docNumber) === normName(m.docNumber), m.docNumber, d?.docNumber)],
    ["meta:region", one(regionOk, m.region, d?.region)],
  ];
}

// ---- a gold set -----------------------------------------------------------------------------

export interface SetScore {
  documents: DocumentScore[];
  strict: Tally;
  fair: Tally;
}

/** Scores every gold file against the prediction filed under its key (a later one wins, as in score.mjs). */
export function scoreGoldSet(golds: { key: string; gold: GoldFile }[], preds: Extraction[]): SetScore {
  const byKey = new Map(preds.map((p) => [documentKey(p), p]));
  const result: SetScore = { documents: [], strict: new Map(), fair: new Map() };
  for (const { key, gold } of golds) {
    const d = scoreDocument(key, gold, byKey.get(key));
    result.documents.push(d);
    addTally(result.strict, d.strict);
    addTally(result.fair, d.fair);
  }
  return result;
}

export function f1({ tp, gold, pred }: Counts): number {
  const p = pred ? tp / pred : 0;
  const r = gold ? tp / gold : 0;
  return p + r ? (2 * p * r) / (p + r) : 0;
}

export interface Summary {
  entityF1: number;
  relationF1: number;
  fairEntityF1: number;
  fairRelationF1: number;
}

export function summarise(s: { strict: Tally; fair: Tally }): Summary {
  const none: Counts = { tp: 0, gold: 1, pred: 0 };
  return {
    entityF1: f1(s.strict.get("entity:ALL") ?? none),
    relationF1: f1(s.strict.get("rel:ALL") ?? none),
    fairEntityF1: f1(s.fair.get("entity:ALL") ?? none),
    fairRelationF1: f1(s.fair.get("rel:ALL") ?? none),
  };
}

/** The SUMMARY line exactly as score.mjs prints it. */
export function summaryLine(s: Summary): string {
  const f = (x: number) => x.toFixed(2);
  return `SUMMARY entityF1=${f(s.entityF1)} relationF1=${f(s.relationF1)} fairEntityF1=${f(s.fairEntityF1)} fairRelationF1=${f(s.fairRelationF1)}`;
}
