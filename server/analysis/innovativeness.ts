/**
 * Innovativeness: places ranked by how early they adopt, across items, after Walker (1969),
 * with each place compared only with places the corpus observed at the same time.
 *
 * Measure. For an item and two observed places P and Q, let t be the earlier of their
 * adoption years. The pair is comparable when the other place was observed in year t (inside
 * its window, observation.ts) and had not adopted before: then the one that adopted in t was
 * earlier. Two places adopting in the same year tie. By default (`pairs=adopters`) only
 * pairs in which both places adopted the item count: the score is then about timing, not
 * breadth, since how many tools a place is seen to adopt follows how many documents it has
 * (with `pairs=all`, an observed non-adopter counts as later, and on the seeds corpus at city
 * level with rollup the score's correlation with documents rises from 0.47 to 0.93). A place's score is
 * (earlier + ties / 2) / comparable pairs, over every item adopted by at least `minAdopters`
 * places: the concordance of Harrell's C for censored event times, so a place observed only
 * in 2020 is neither credited nor blamed for what others did in 2017, and a place with many
 * documents gains no pairs outside its window. Places observed in fewer than `minYears`
 * distinct years, or with fewer than `minComparisons` pairs, are flagged and not ranked.
 *
 * Why not Walker's (latest − year) / (latest − earliest) or the share of later adopters: both
 * count every place as at risk from the first adoption anywhere, so a place whose documents
 * start late is scored as a laggard for tools adopted before the corpus saw it, and a place
 * with documents in every year is scored against all the others: rankings then follow how
 * many documents a place has. The correlation of score and documents is reported with the
 * ranking so that a reader can check this one does not.
 */
import type { FirstAdoption, ObservedPlace } from "../schema/analysis/adoptions.js";
import { InnovativenessQuery, InnovativenessResponse, type ItemScore, type PlaceScore } from "../schema/analysis/innovativeness.js";
import { defineAnalysis } from "./analysis.js";
import { groupByItem, loadObservedAdoptions } from "./adoptions.js";
import type { Observation } from "./observation.js";

const FORMULA =
  "score = (pairs adopted earlier + ties/2) / comparable pairs; a pair of places is comparable on an item when both adopted it (pairs=all: or one did not) and the later one was observed (had documents in or before and in or after that year) in the year the other adopted; places observed in too few years or with too few pairs are flagged, not ranked";

export const innovativeness = defineAnalysis({
  name: "innovativeness",
  summary: "Innovativeness ranking: places by earliness of adoption across instruments, compared only with places observed at the same time, coverage shown (after Walker 1969)",
  query: InnovativenessQuery,
  response: InnovativenessResponse,
  async run(store, query) {
    const { adoptions, observation } = await loadObservedAdoptions(store, query);
    const items = groupByItem(adoptions.firsts).filter((fs) => fs.length >= query.minAdopters);
    const scored = [...observation.places.values()].map((p) => scorePlace(p, items, observation, query.pairs === "all"));
    for (const s of scored) s.flag = s.years < query.minYears ? "few-years" : s.comparisons < query.minComparisons ? "few-comparisons" : null;
    const ranked = scored.filter((s) => !s.flag && s.score !== null).sort((a, b) => b.score! - a.score! || b.comparisons - a.comparisons || a.place.code.localeCompare(b.place.code));
    // Competition ranking: places with equal scores share a rank (1, 2, 2, 4).
    for (const s of ranked) s.rank = 1 + ranked.findIndex((o) => o.score === s.score);
    const flagged = scored.filter((s) => s.rank === null).sort((a, b) => b.comparisons - a.comparisons || a.place.code.localeCompare(b.place.code));
    const places = [...ranked, ...flagged];

    const table = {
      columns: ["rank", "flag", "place_code", "place", "level", "score", "comparisons", "earlier", "ties", "later", "adopted", "items_compared", "documents", "years_observed", "first_observed", "last_observed", "items"],
      rows: places.map((p) => [
        p.rank, p.flag, p.place.code, p.place.name, p.place.level, p.score?.toFixed(3) ?? null, p.comparisons, p.earlier, p.ties, p.later, p.adopted, p.atRisk, p.documents, p.years, p.firstYear, p.lastYear,
        p.items.filter((i) => i.year !== null).map((i) => `${i.item} ${i.year}`),
      ]),
      filename: `innovativeness-${query.dimension}-${query.level}`,
    };
    const body = {
      dimension: query.dimension,
      level: query.level,
      formula: FORMULA,
      items: items.length,
      places,
      coverage: observation.coverage,
      documentsCorrelation: spearman(ranked.map((p) => [p.score!, p.documents])),
      unassigned: adoptions.unassigned,
    };
    return { body, table };
  },
});

const observedAt = (p: ObservedPlace | undefined, year: number) => !!p && p.firstYear <= year && year <= p.lastYear;

/** One place's pairs over every item (see the file banner). */
function scorePlace(p: ObservedPlace, items: FirstAdoption[][], observation: Observation, withNonAdopters: boolean): PlaceScore {
  const totals = { earlier: 0, ties: 0, later: 0 };
  const itemScores: ItemScore[] = [];
  for (const fs of items) {
    const own = fs.find((f) => f.place.code === p.place.code);
    const tally = { earlier: 0, ties: 0, later: 0 };
    for (const other of observation.places.values()) {
      if (other.place.code === p.place.code) continue;
      const theirs = fs.find((f) => f.place.code === other.place.code);
      if (!withNonAdopters && !(own && theirs)) continue;
      if (own && theirs && own.year === theirs.year) tally.ties++;
      else if (own && (!theirs || own.year < theirs.year)) {
        if (observedAt(other, own.year)) tally.earlier++;
      } else if (theirs && (!own || theirs.year < own.year)) {
        if (observedAt(p, theirs.year)) tally.later++;
      }
    }
    const comparisons = tally.earlier + tally.ties + tally.later;
    if (!comparisons) continue;
    totals.earlier += tally.earlier;
    totals.ties += tally.ties;
    totals.later += tally.later;
    const { itemId, item, category } = fs[0]!;
    itemScores.push({ itemId, item, category, adopters: fs.length, year: own?.year ?? null, docId: own?.evidence.docId ?? null, comparisons, score: (tally.earlier + tally.ties / 2) / comparisons });
  }
  itemScores.sort((a, b) => b.score - a.score || a.item.localeCompare(b.item, "zh"));
  const comparisons = totals.earlier + totals.ties + totals.later;
  return {
    rank: null,
    flag: null,
    place: p.place,
    score: comparisons ? (totals.earlier + totals.ties / 2) / comparisons : null,
    comparisons,
    ...totals,
    adopted: itemScores.filter((i) => i.year !== null).length,
    atRisk: itemScores.length,
    documents: p.documents,
    years: p.years,
    firstYear: p.firstYear,
    lastYear: p.lastYear,
    items: itemScores,
  };
}

/** Spearman's ρ of pairs (average ranks for ties); null below three pairs or without variance. */
export function spearman(pairs: [number, number][]): number | null {
  if (pairs.length < 3) return null;
  const ranks = (values: number[]) => {
    const order = values.map((v, i) => [v, i] as const).sort((a, b) => a[0] - b[0]);
    const r = new Array<number>(values.length);
    for (let i = 0; i < order.length; ) {
      let j = i;
      while (j + 1 < order.length && order[j + 1]![0] === order[i]![0]) j++;
      for (let k = i; k <= j; k++) r[order[k]![1]] = (i + j) / 2 + 1;
      i = j + 1;
    }
    return r;
  };
  const x = ranks(pairs.map((p) => p[0]));
  const y = ranks(pairs.map((p) => p[1]));
  const mean = (v: number[]) => v.reduce((s, a) => s + a, 0) / v.length;
  const [mx, my] = [mean(x), mean(y)];
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < x.length; i++) {
    sxy += (x[i]! - mx) * (y[i]! - my);
    sxx += (x[i]! - mx) ** 2;
    syy += (y[i]! - my) ** 2;
  }
  return sxx && syy ? sxy / Math.sqrt(sxx * syy) : null;
}
