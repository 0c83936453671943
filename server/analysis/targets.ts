/**
 * GET /api/analysis/targets: every document's target for one indicator side by side, in
 * comparable units (see units.ts), and the list of indicators to choose from.
 */
import { HttpError } from "../api/errors.js";
import { readCypher } from "../api/read.js";
import { TargetsQuery, TargetsResponse, type IndicatorChoice, type TargetRow } from "../schema/analysis/targets.js";
import { defineAnalysis } from "./analysis.js";
import { placeAt } from "./levels.js";
import { normaliseUnit } from "./units.js";

const num = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));

/** The unit most rows share: the scale the chart draws. */
function commonUnit(units: (string | null)[]): string | null {
  const counts = new Map<string | null, number>();
  for (const u of units) counts.set(u, (counts.get(u) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}

export const targets = defineAnalysis({
  name: "targets",
  summary: "Targets set on one indicator by every document, in comparable units",
  query: TargetsQuery,
  response: TargetsResponse,
  async run(store, q) {
    const window = { yearFrom: q.yearFrom ?? null, yearTo: q.yearTo ?? null };
    const indicators: IndicatorChoice[] = (await readCypher(store, "analysis/target-indicators", window))
      .map((r) => ({ id: r.get("id") as string, name: r.get("name") as string, documents: Number(r.get("documents")) }))
      .sort((a, b) => Number(b.documents >= 2) - Number(a.documents >= 2) || b.documents - a.documents || a.name.localeCompare(b.name, "zh"));
    let indicator: IndicatorChoice | null = null;
    let rows: TargetRow[] = [];
    let baseUnit: string | null = null;
    if (q.indicator) {
      indicator = indicators.find((i) => i.id === q.indicator || i.name === q.indicator) ?? null;
      if (!indicator) {
        throw new HttpError(400, "UNKNOWN_INDICATOR", `no document in the window sets a target on indicator "${q.indicator}"; pick one of GET /api/analysis/targets's indicators (by id or name)`);
      }
      const records = await readCypher(store, "analysis/targets", { ...window, indicator: indicator.id });
      const raw = records.map((r) => {
        const value = Number(r.get("value"));
        const unit = (r.get("unit") as string | null) ?? null;
        return { r, value, unit, normalised: normaliseUnit(value, unit) };
      });
      baseUnit = commonUnit(raw.map((x) => x.normalised.unit));
      rows = raw.map(({ r, value, unit, normalised }) => ({
        docId: r.get("docId") as string,
        title: r.get("title") as string,
        place: placeAt(r.get("regionCode") as string | null, q.level),
        year: num(r.get("year")),
        targetYear: num(r.get("targetYear")),
        value,
        unit,
        normalised: normalised.value,
        baseUnit: normalised.unit,
        comparable: normalised.unit === baseUnit,
        quote: r.get("quote") as string,
        start: Number(r.get("start")),
        end: Number(r.get("end")),
      }));
    }
    return {
      body: { indicators, indicator, baseUnit, rows },
      table: indicator ? {
        columns: ["indicator", "doc_id", "title", "place", "year", "target_year", "value", "unit", "normalised_value", "normalised_unit", "comparable", "quote"],
        rows: rows.map((r) => [indicator.name, r.docId, r.title, r.place?.name ?? null, r.year, r.targetYear, r.value, r.unit, r.normalised, r.baseUnit, r.comparable, r.quote]),
        filename: `targets-${indicator.name}`,
      } : {
        // Without an indicator the answer is the choice of indicators, and so is its table.
        columns: ["indicator_id", "indicator", "documents"],
        rows: indicators.map((i) => [i.id, i.name, i.documents]),
        filename: "targets-indicators",
      },
    };
  },
});
