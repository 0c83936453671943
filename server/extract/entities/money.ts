/**
 * Money and numbers as policy documents write them: "1亿元", "5000万元", "五千万元",
 * "100-500万元", "10～30万元", "5000元". Amounts are kept as the text and as yuan
 * (graph-model.md: 万元 × 10⁴, 亿元 × 10⁸).
 */

const CN_DIGITS: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 壹: 1, 二: 2, 两: 2, 贰: 2, 三: 3, 叁: 3, 四: 4, 肆: 4,
  五: 5, 伍: 5, 六: 6, 陆: 6, 七: 7, 柒: 7, 八: 8, 捌: 8, 九: 9, 玖: 9,
};
const CN_UNITS: Record<string, number> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };
const CN_BIG: Record<string, number> = { 万: 1e4, 亿: 1e8 };

/**
 * A number written in Arabic or Chinese numerals ("2.5", "五千", "一百二十", "两亿"), or null.
 * @example parseNumber("五千") // 5000
 */
export function parseNumber(s: string): number | null {
  if (/^\d+(?:\.\d+)?$/.test(s)) return Number(s);
  if (!/^[零〇一壹二两贰三叁四肆五伍六陆七柒八捌九玖十拾百佰千仟万亿]+$/.test(s)) return null;
  let total = 0;
  let section = 0;
  let digit = 0;
  for (const ch of s) {
    if (ch in CN_DIGITS) digit = CN_DIGITS[ch]!;
    else if (ch in CN_UNITS) {
      section += (digit || 1) * CN_UNITS[ch]!;
      digit = 0;
    } else {
      const big = CN_BIG[ch]!;
      total = (total + section + digit) * big;
      section = 0;
      digit = 0;
    }
  }
  return total + section + digit;
}

const NUM = String.raw`\d+(?:\.\d+)?|[零〇一二两三四五六七八九十百千]+`;
/** Source of a money expression: number, optional range, magnitude, 元. Shared by the finders. */
export const AMOUNT_SOURCE = String.raw`(?:${NUM})(?:\s*(?:万|亿|千万|百万)?元?\s*[-—–~～至到]\s*(?:${NUM}))?\s*(?:亿|千万|百万|万)?元`;
/** The longest money expression ending at the end of a short window (the window ends at a 元). */
const AMOUNT_BEFORE_YUAN = new RegExp(`${AMOUNT_SOURCE}$`);
/** How far before its 元 a money expression can begin ("100万元-500万元" is 11 characters). */
const AMOUNT_REACH = 24;
const AMOUNT_PARTS = new RegExp(String.raw`^(${NUM})(?:\s*(?:万|亿|千万|百万)?元?\s*[-—–~～至到]\s*(${NUM}))?\s*(亿|千万|百万|万)?元$`);
const MAGNITUDE: Record<string, number> = { 亿: 1e8, 千万: 1e7, 百万: 1e6, 万: 1e4 };

export interface Amount {
  /** As written, e.g. "1亿元", "100-500万元". */
  text: string;
  /** In yuan; for a range, its upper bound (the ceiling a policy commits to). */
  yuan: number;
  /** The lower bound of a range ("10-30万元" → 100000), else absent. */
  minYuan?: number;
  start: number;
  end: number;
}

/** Value in yuan of a money expression matched by AMOUNT_SOURCE, or null. */
export function amountToYuan(text: string): number | null {
  return amountRange(text)?.max ?? null;
}

/** Bounds in yuan of a money expression; a single amount has no `min`. The magnitude after the upper bound applies to both ("10-30万元"). */
export function amountRange(text: string): { min?: number; max: number } | null {
  const m = AMOUNT_PARTS.exec(text.replace(/\s+/g, ""));
  if (!m) return null;
  const scale = m[3] ? MAGNITUDE[m[3]]! : 1;
  const max = parseNumber(m[2] ?? m[1]!);
  if (max === null) return null;
  const min = m[2] ? parseNumber(m[1]!) : null;
  return min === null ? { max: Math.round(max * scale) } : { min: Math.round(min * scale), max: Math.round(max * scale) };
}

/**
 * Every money expression in `text[from, to)`, in order, with offsets into `text`.
 * @example findAmounts("初期设立1亿元区级产业引导基金")[0] // {text: "1亿元", yuan: 100000000, …}
 */
export function findAmounts(text: string, from = 0, to = text.length): Amount[] {
  // Every amount ends in 元: look only behind each 元 instead of trying the pattern everywhere.
  const out: Amount[] = [];
  let floor = from;
  for (let y = text.indexOf("元", from); y >= 0 && y < to; y = text.indexOf("元", y + 1)) {
    const windowStart = Math.max(floor, y - AMOUNT_REACH);
    const m = AMOUNT_BEFORE_YUAN.exec(text.slice(windowStart, y + 1));
    if (!m) continue;
    const range = amountRange(m[0]);
    const yuan = range?.max ?? null;
    // "一元化", "单一元" — a Chinese numeral straight before 元 is a word, not a sum.
    if (yuan === null || yuan === 0 || (yuan < 100 && !/\d/.test(m[0]))) continue;
    const start = windowStart + m.index;
    out.push({ text: m[0], yuan, ...(range?.min !== undefined ? { minYuan: range.min } : {}), start, end: y + 1 });
    floor = y + 1;
  }
  return out;
}
