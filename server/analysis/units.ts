/**
 * Target units made comparable. A magnitude prefix multiplies (万 × 10⁴, 亿 × 10⁸, 千 × 10³,
 * 百 × 10²), so 1.5亿元 and 15000万元 are both 150000000 元; counters of organisations and
 * places (个, 家, 户, 所, 座, 处) are one unit, 个; counters of people (人, 名, 位) are 人;
 * % and 件 stay as they are. Anything else is kept verbatim and compares only with itself.
 */

const MAGNITUDE: Record<string, number> = { 万: 1e4, 亿: 1e8, 千: 1e3, 百: 1e2 };
const SAME_AS: Record<string, string> = { 家: "个", 户: "个", 所: "个", 座: "个", 处: "个", 名: "人", 位: "人", 百分点: "%", "％": "%" };

export interface Normalised {
  value: number;
  /** null when the target has no unit. */
  unit: string | null;
}

/**
 * @example normaliseUnit(1.5, "亿元") // {value: 150000000, unit: "元"}
 * @example normaliseUnit(250, "家")   // {value: 250, unit: "个"}
 */
export function normaliseUnit(value: number, unit: string | null): Normalised {
  if (!unit) return { value, unit: null };
  let factor = 1;
  let rest = unit.trim();
  // 万亿 is two prefixes: 10⁴ × 10⁸.
  while (rest.length > 1 && MAGNITUDE[rest[0]!] !== undefined) {
    factor *= MAGNITUDE[rest[0]!]!;
    rest = rest.slice(1);
  }
  return { value: value * factor, unit: SAME_AS[rest] ?? rest };
}
