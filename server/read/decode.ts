/**
 * Bytes → string for text formats (.txt, .html). Chinese government files come as UTF-8,
 * GBK/GB18030 or Big5, often without any declaration, and are often too short for statistical
 * detectors; so the order is: BOM, strict UTF-8, the page's declared charset, then decode as
 * both GB18030 and Big5 and keep the decode made of common characters. chardet only breaks
 * ties and names non-Chinese encodings, whose text the caller then rejects as NO_CHINESE.
 */
import chardet from "chardet";
import iconv from "iconv-lite";
import { commonHanShare, countHan } from "./cjk.js";
import { ReadError } from "./types.js";

export interface Decoded {
  text: string;
  /** Lowercase canonical name of the encoding used: utf-8, gb18030, big5, utf-16le … */
  encoding: string;
  warnings: string[];
}

// A correct decode of Chinese scores ~0.8+; below this neither table produced real text.
const CONFIDENT_SHARE = 0.5;
// Fewer Han characters than this say nothing about an encoding (the reader calls the text NO_CHINESE).
const MIN_HAN_TO_JUDGE = 20;
// A UTF-8 file with up to 5 invalid sequences per 100 Han characters that decode is UTF-8 damaged,
// not another encoding (a bad byte inside a character gives up to 3; a GBK file decodes to
// almost no Han characters as UTF-8, so it never comes near this).
const MAX_DAMAGED_SHARE = 0.05;
// Above this share of control or replacement characters the "text" is binary data.
const MAX_GARBAGE_SHARE = 0.1;

/**
 * Decodes the bytes of a text file. `declared` is the charset a container named (an HTML
 * `<meta charset>`); it is honoured unless the bytes are valid UTF-8, which a GBK or Big5 file
 * practically never is while pages re-saved as UTF-8 often keep their old declaration.
 *
 * @example decodeText(iconv.encode("关于…的通知", "gbk"), "a.txt").encoding // "gb18030"
 */
export function decodeText(bytes: Uint8Array, file: string, declared?: string): Decoded {
  const bom = decodeWithBom(bytes);
  if (bom) return checked(bom, file);
  if (bytes.includes(0)) {
    throw new ReadError("BINARY", file, "contains NUL bytes, so it is binary data rather than text; export the document as .txt, .html, .docx or .pdf");
  }
  const utf8 = decodeStrictUtf8(bytes);
  if (utf8 !== null) {
    const warnings = declared && canonicalEncoding(declared) !== "utf-8" && /[^\x00-\x7f]/.test(utf8)
      ? [`page declares charset ${declared} but its bytes are valid UTF-8; decoded as utf-8`]
      : [];
    return checked({ text: utf8, encoding: "utf-8", warnings }, file);
  }
  refuseDamagedUtf8(bytes, file);
  const declaredEncoding = declared ? canonicalEncoding(declared) : undefined;
  if (declaredEncoding && declaredEncoding !== "utf-8" && iconv.encodingExists(declaredEncoding)) {
    return checked({ text: iconv.decode(Buffer.from(bytes), declaredEncoding), encoding: declaredEncoding, warnings: [] }, file);
  }
  const guessed = guessEncoding(bytes, file);
  if (declaredEncoding === "utf-8") guessed.warnings.unshift(`page declares charset ${declared} but its bytes are not valid UTF-8; decoded as ${guessed.encoding}`);
  return checked(guessed, file);
}

/** Maps charset labels to the decoder we use: GB2312 and GBK files decode as their superset GB18030. */
export function canonicalEncoding(label: string): string {
  const name = label.trim().toLowerCase().replace(/_/g, "-");
  if (["gb2312", "gbk", "gb18030", "x-gbk", "cp936", "euc-cn", "gb-2312-80", "csgb2312", "hz-gb-2312"].includes(name)) return "gb18030";
  if (["big5", "big-5", "cp950", "x-x-big5", "csbig5"].includes(name)) return "big5";
  if (["big5-hkscs", "big5hkscs"].includes(name)) return "big5hkscs";
  if (name === "utf8" || name === "unicode-1-1-utf-8") return "utf-8";
  return name;
}

function decodeWithBom(bytes: Uint8Array): Decoded | null {
  const [a, b, c] = bytes;
  const tail = Buffer.from(bytes);
  if (a === 0xef && b === 0xbb && c === 0xbf) return { text: tail.subarray(3).toString("utf8"), encoding: "utf-8", warnings: [] };
  if (a === 0xff && b === 0xfe) return { text: iconv.decode(tail.subarray(2), "utf-16le"), encoding: "utf-16le", warnings: [] };
  if (a === 0xfe && b === 0xff) return { text: iconv.decode(tail.subarray(2), "utf-16be"), encoding: "utf-16be", warnings: [] };
  return null;
}

function decodeStrictUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * GB18030 vs Big5 by which decode reads as common Chinese; chardet's guess is one more
 * candidate and wins ties, and is used outright when no candidate reads as Chinese.
 */
function guessEncoding(bytes: Uint8Array, file: string): Decoded {
  const buffer = Buffer.from(bytes);
  const detected = chardet.detect(buffer);
  const chardetGuess = detected ? canonicalEncoding(detected) : null;
  const candidates = [...new Set(["gb18030", "big5", ...(chardetGuess && iconv.encodingExists(chardetGuess) ? [chardetGuess] : [])])];
  const scored = candidates.map((encoding) => {
    const text = iconv.decode(buffer, encoding);
    return { encoding, text, score: commonHanShare(text) - garbageShare(text), han: countHan(text) };
  });
  scored.sort((x, y) => y.score - x.score || Number(y.encoding === chardetGuess) - Number(x.encoding === chardetGuess));
  const best = scored[0]!;
  if (best.score >= CONFIDENT_SHARE) {
    const warnings = best.han < 40 ? [`only ${best.han} Chinese characters to judge the encoding by; decoded as ${best.encoding}`] : [];
    return { text: best.text, encoding: best.encoding, warnings };
  }
  const fallback = scored.find((s) => s.encoding === chardetGuess) ?? best;
  // Chinese-table decodes of random bytes are all Han characters, nearly all of them rare: no
  // text in any language reads like that (text in another language has few Han and is NO_CHINESE later).
  if (fallback.han >= MIN_HAN_TO_JUDGE && commonHanShare(fallback.text) < CONFIDENT_SHARE) {
    throw new ReadError("BINARY", file, `decodes (as ${fallback.encoding}, the likeliest) to ${fallback.han} Chinese characters of which only ${Math.round(commonHanShare(fallback.text) * 100)}% are in common use, so it is binary data rather than text in any encoding; export the document as .txt, .html, .docx or .pdf`);
  }
  return { text: fallback.text, encoding: fallback.encoding, warnings: [`no encoding reads as Chinese; decoded as ${fallback.encoding} (chardet's guess)`] };
}

/**
 * A file that is UTF-8 except for a few bytes (a damaged download, two files pasted together):
 * guessing another encoding for it turns all of it into other characters (#20: 7 bad bytes in a
 * UTF-8 notice read it as Shift-JIS), and replacing the bytes would store a text that is not the
 * document's. So it is refused with where the first bad bytes are.
 */
function refuseDamagedUtf8(bytes: Uint8Array, file: string): void {
  const lenient = new TextDecoder("utf-8").decode(bytes);
  const replaced = lenient.match(/\ufffd/g)?.length ?? 0;
  const han = countHan(lenient);
  if (han < MIN_HAN_TO_JUDGE || replaced > han * MAX_DAMAGED_SHARE || commonHanShare(lenient) < CONFIDENT_SHARE) return;
  const first = lenient.indexOf("\ufffd");
  const line = lenient.slice(0, first).split("\n").length;
  throw new ReadError(
    "ENCODING",
    file,
    `is UTF-8 except for ${replaced} invalid byte sequence(s), the first at byte ${Buffer.byteLength(lenient.slice(0, first))} (line ${line}); the file is damaged or mixes encodings: fix or delete those bytes (iconv -f utf-8 -t utf-8 -c drops them) and read it again`,
  );
}

/** Control characters (other than tab, line and page breaks) and U+FFFD, as a share of all characters. */
function garbageShare(text: string): number {
  if (text.length === 0) return 0;
  const garbage = text.match(/[\x00-\x08\x0b\x0e-\x1f\x7f\ufffd]/g)?.length ?? 0;
  return garbage / text.length;
}

function checked(decoded: Decoded, file: string): Decoded {
  const share = garbageShare(decoded.text);
  if (share > MAX_GARBAGE_SHARE) {
    throw new ReadError("BINARY", file, `${Math.round(share * 100)}% of it decodes (as ${decoded.encoding}) to control or undecodable characters, so it is binary data rather than text; export the document as .txt, .html, .docx or .pdf`);
  }
  const replaced = decoded.text.match(/\ufffd/g)?.length ?? 0;
  if (replaced > 0) decoded.warnings.push(`${replaced} byte sequence(s) could not be decoded as ${decoded.encoding} and were replaced with U+FFFD`);
  return decoded;
}
