/**
 * Innovativeness: places ranked by how early they adopt, across items, after Walker (1969)
 * and Boehmke & Skinner (2012).
 *
 * Formula. For each item adopted by at least `minAdopters` places, a place that adopted it
 * scores the share of the item's other adopters that adopted strictly later
 * (#later / (adopters − 1)): the first adopter 1, the last 0, places tied in a year equal.
 * A place's score is the mean of its item scores over the items it could have adopted: the
 * ones it adopted, plus those that some place had adopted by a year in which this place was
 * issuing policy documents (it was at risk and did not adopt: 0). That risk set is Boehmke &
 * Skinner's correction: a place is not penalised for tools that appeared after its documents.
 *
 * Why the share of later adopters and not Walker's (latest − year) / (latest − earliest): the
 * corpus dates adoptions by year over a short window (mostly 2016–2023), so many items have
 * all adopters within a year or two and many ties. The time-scaled form is 0/0 for an item
 * adopted in a single year and lets one late document stretch the scale for everyone, while
 * the rank-based share stays within 0..1, treats ties alike, and does not depend on how
 * far apart the years happen to be.
 */
import type { AdopterPlace } from "../schema/analysis/adoptions.js";
import { InnovativenessQuery, InnovativenessResponse, type ItemScore, type PlaceScore } from "../schema/analysis/innovativeness.js";
import { readCypher } from "../api/read.js";
import { defineAnalysis } from "./analysis.js";
import { adopterPlace, groupByItem, loadAdoptions } from "./adoptions.js";

const FORMULA =
  "item score = share of the item's other adopters that adopted later (first 1, last 0, not adopted 0); place score = mean over the items it could have adopted (adopted, or first adopted somewhere by a year the place issued documents)";

export const innovativeness = defineAnalysis({
  name: "innovativeness",
  summary: "Innovativeness ranking: places by earliness of adoption across instruments (Walker 1969; Boehmke & Skinner 2012)",
  query: InnovativenessQuery,
  response: InnovativenessResponse,
  async run(store, query) {
    const [{ firsts, unassigned }, docYears] = await Promise.all([
      loadAdoptions(store, query),
      readCypher(store, "analysis/document-years", { yearFrom: query.yearFrom ?? null, yearTo: query.yearTo ?? null }),
    ]);
    const items = groupByItem(firsts).filter((fs) => fs.length >= query.minAdopters);

    // The last year each place issued a dated document: it was at risk for every item first
    // adopted somewhere by then.
    const lastYear = new Map<string, { place: AdopterPlace; year: number }>();
    for (const r of docYears) {
      const place = adopterPlace(r.get("regionCode"), query.level);
      const year = r.get("year") as number;
      if (place && year > (lastYear.get(place.code)?.year ?? -Infinity)) lastYear.set(place.code, { place, year });
    }

    const scores: Omit<PlaceScore, "rank">[] = [];
    for (const { place, year: last } of lastYear.values()) {
      const itemScores: ItemScore[] = [];
      for (const fs of items) {
        const own = fs.find((f) => f.place.code === place.code);
        const { itemId, item, category } = fs[0]!;
        const base = { itemId, item, category, adopters: fs.length };
        if (own) {
          const later = fs.filter((f) => f.year > own.year).length;
          itemScores.push({ ...base, year: own.year, docId: own.evidence.docId, score: later / (fs.length - 1) });
        } else if (fs[0]!.year <= last) {
          itemScores.push({ ...base, year: null, docId: null, score: 0 });
        }
      }
      if (!itemScores.length) continue;
      itemScores.sort((a, b) => b.score - a.score || a.item.localeCompare(b.item, "zh"));
      const score = itemScores.reduce((s, i) => s + i.score, 0) / itemScores.length;
      scores.push({ place, score, adopted: itemScores.filter((i) => i.year !== null).length, atRisk: itemScores.length, items: itemScores });
    }
    scores.sort((a, b) => b.score - a.score || b.adopted - a.adopted || a.place.code.localeCompare(b.place.code));
    // Competition ranking: places with equal scores share a rank (1, 2, 2, 4).
    const places: PlaceScore[] = scores.map((s) => ({ rank: 1 + scores.findIndex((o) => o.score === s.score), ...s }));

    const table = {
      columns: ["rank", "place_code", "place", "level", "score", "adopted", "at_risk", "items"],
      rows: places.map((p) => [p.rank, p.place.code, p.place.name, p.place.level, p.score.toFixed(3), p.adopted, p.atRisk, p.items.filter((i) => i.year !== null).map((i) => `${i.item} ${i.year}`)]),
      filename: `innovativeness-${query.dimension}-${query.level}`,
    };
    return { body: { dimension: query.dimension, level: query.level, formula: FORMULA, items: items.length, places, unassigned }, table };
  },
});
