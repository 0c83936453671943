/**
 * The text extraction matches on: simplified characters and half-width ASCII, with exactly the
 * length of the stored text so that an offset found in one is valid in the other. Every UTF-16
 * unit maps to one unit; astral characters (surrogate pairs) pass through unchanged.
 */
import * as OpenCC from "opencc-js";
import { isHan } from "./cjk.js";

// Taiwan then Hong Kong variants, so 裡/裏 and 綫/線 all reach the mainland form.
const fromTw = OpenCC.Converter({ from: "tw", to: "cn" });
const fromHk = OpenCC.Converter({ from: "hk", to: "cn" });
const toSimplified = (s: string) => fromHk(fromTw(s));

// A simplified document has almost no characters that conversion changes (著 in 显著 is one);
// a traditional one has a fifth or more. Converting only past this share spares simplified text
// the one-way mistakes of character conversion (显著 → 显着).
const TRADITIONAL_SHARE = 0.05;
const MIN_TRADITIONAL_CHARS = 3;

const charCache = new Map<string, string>();

/** Whether enough of the Han characters are traditional-only forms for the text to count as traditional. */
export function looksTraditional(text: string): boolean {
  let han = 0;
  let traditional = 0;
  for (const ch of text) {
    if (!isHan(ch)) continue;
    han++;
    if (simplifiedChar(ch) !== ch) traditional++;
  }
  return traditional >= MIN_TRADITIONAL_CHARS && traditional / han >= TRADITIONAL_SHARE;
}

/**
 * `text` with full-width ASCII (U+FF01–FF5E: ！（）０-９Ａ-Ｚ …) and the ideographic space made
 * half-width and, when `traditional`, traditional characters made simplified. Chinese
 * punctuation (，。；：、) stays.
 *
 * @example toMatchText("臺灣省１２３號（試行）", true) // "台湾省123号(试行)"
 */
export function toMatchText(text: string, traditional: boolean): string {
  const simplified = traditional ? text.split("\n").map(simplifyLine).join("\n") : text;
  let out = "";
  for (let i = 0; i < simplified.length; i++) out += halfWidth(simplified.charCodeAt(i));
  return out;
}

/**
 * Phrase-level conversion reads better (乾隆 stays, 乾燥 → 干燥) and is kept when it preserved
 * the length and every surrogate; otherwise the line is converted character by character.
 */
function simplifyLine(line: string): string {
  const phrased = toSimplified(line);
  if (phrased.length === line.length && sameSurrogates(line, phrased)) return phrased;
  let out = "";
  for (let i = 0; i < line.length; i++) {
    const unit = line[i]!;
    out += isSurrogate(line.charCodeAt(i)) ? unit : simplifiedChar(unit);
  }
  return out;
}

function simplifiedChar(ch: string): string {
  let s = charCache.get(ch);
  if (s === undefined) {
    const converted = ch.length === 1 ? toSimplified(ch) : ch;
    s = converted.length === ch.length ? converted : ch;
    charCache.set(ch, s);
  }
  return s;
}

function sameSurrogates(a: string, b: string): boolean {
  for (let i = 0; i < a.length; i++) {
    const ca = a.charCodeAt(i);
    if (isSurrogate(ca) && ca !== b.charCodeAt(i)) return false;
    if (!isSurrogate(ca) && isSurrogate(b.charCodeAt(i))) return false;
  }
  return true;
}

function isSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdfff;
}

// ，：； share the full-width block but are Chinese punctuation, kept so clause-level rules can
// tell a Chinese list separator from a comma inside a number or an English name.
const KEPT_FULL_WIDTH = new Set([0xff0c, 0xff1a, 0xff1b]);

function halfWidth(code: number): string {
  if (code >= 0xff01 && code <= 0xff5e && !KEPT_FULL_WIDTH.has(code)) return String.fromCharCode(code - 0xfee0);
  if (code === 0x3000) return " ";
  return String.fromCharCode(code);
}
