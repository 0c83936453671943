/**
 * Names found from their head word (guide §3.7, §3.8): policy prose names a carrier by a phrase
 * that ends in what it is (…孵化器, …实验室, …计划, …大赛), so a finder matches the head and
 * walks left to the name's start (names.ts). Grading words at the front (国家级, 示范性, 一批)
 * are stripped into an alias (§1.2); umbrella names standing alone (创新平台, 科技专项) are not
 * nodes; a name ending a distributive list becomes one name per member (lists.ts).
 */
import heads from "../vocab/carrier-heads.json" with { type: "json" };
import { distribute } from "./lists.js";
import { escapeRegExp, looksUnnamed, nameStart, startOfName } from "./names.js";

/** List members that are bodies (市财政局、发改委) name who acts, not what kind of carrier. */
const NOT_QUALIFIER = /(?:局|委|办|厅|处|部|行|公司|集团|协会|学会|商会|政府)$/;

/** A count in words before the head (一个平台, 两批基地): a number of things, not a name. */
const COUNTED = /^[一二三四五六七八九十两几多每][个批家所项类只座]/;
const HAN = /[\u3400-\u9fff]/;

const LONE_QUALIFIER = new Set("省市区县国外它其该本各上下一二三四五六七八九十两".split(""));

export interface HeadedName {
  name: string;
  aliases: string[];
  /** The head word the name ends in. */
  head: string;
  start: number;
  end: number;
}

export interface HeadVocabulary {
  heads: string[];
  generic: string[];
  strip: string[];
}

export interface HeadScanner {
  /** Every headed name in `text`, left to right. */
  scan(text: string): HeadedName[];
  /** True when `name` is an umbrella word of this label once grading words are stripped. */
  isGeneric(name: string): boolean;
}

/** Options: stop words ending a name, its longest extent, words kept though jieba calls them verbs. */
export interface HeadOptions {
  stops: RegExp;
  maxLen: number;
  keep?: ReadonlySet<string>;
  /** What may not follow the head for it to end a name (平台公司, 中心城区). */
  notAfter?: string;
}

export function headScanner(vocab: HeadVocabulary, opts: HeadOptions): HeadScanner {
  const alternation = [...vocab.heads].sort((a, b) => b.length - a.length).map(escapeRegExp).join("|");
  const head = new RegExp(`(?:${alternation})${opts.notAfter ? `(?!${opts.notAfter})` : ""}`, "g");
  const generic = new Set(vocab.generic);
  const strip = new RegExp(`^(?:${[...vocab.strip].sort((a, b) => b.length - a.length).map(escapeRegExp).join("|")})+`);
  const endsInHead = new RegExp(`(?:${alternation})$`);
  // Only heads that end a word inside a prefix: 平台 in 开放平台应当, not 中心 in 中心城区.
  const innerHead = new RegExp(`(?:${alternation})(?=[应将要需可并且的])`, "g");

  /** The name without its grading words (省级重点实验室 → 重点实验室). */
  const graded = (name: string) => {
    // 嘉兴市级众创空间: a place's level is a grade too.
    const bare = name.replace(/^[\u4e00-\u9fa5]{1,6}?[省市区县]级/, "").replace(strip, "");
    return bare.length >= 2 ? bare : name;
  };
  const isGeneric = (name: string) => generic.has(name.replace(/[“”]/g, "")) || generic.has(graded(name.replace(/[“”]/g, "")));

  /**
   * Where the name with its head at `headStart` begins: past the last stop word (or verb, by
   * part of speech), and past an earlier head that ends a word (开放平台应当平台).
   */
  function nameBegin(text: string, headStart: number): number {
    const start = startOfName(text, headStart, opts.stops, opts.maxLen, opts.keep);
    const prefix = text.slice(start, headStart);
    let cut = 0;
    innerHead.lastIndex = 0;
    for (let m = innerHead.exec(prefix); m; m = innerHead.exec(prefix)) cut = m.index + m[0].length;
    return start + cut;
  }

  function scan(text: string): HeadedName[] {
    const out: HeadedName[] = [];
    head.lastIndex = 0;
    for (let m = head.exec(text); m; m = head.exec(text)) {
      const end = m.index + m[0].length;
      const start = quotedStart(text, nameBegin(text, m.index), opts.stops);
      // A walk that ran out of length inside a word has cut the name (括石化…工程, 州市…试验区).
      if (m.index - start >= opts.maxLen && HAN.test(text[start - 1] ?? "")) continue;
      let members = distribute(text, start, m.index, end, {
        itemStart: (e) => nameStart(text, e, opts.stops, 8),
        complete: (item) => endsInHead.test(item) || NOT_QUALIFIER.test(item),
      });
      // 「…、产业引导基金、创新平台」: an umbrella at the end of a list shares nothing (§1.3).
      if (members && text[start - 1] !== "等" && isGeneric(text.slice(start, end))) members = null;
      if (members) {
        for (const x of members) add(out, x.name, [x.bare], m[0], x.start, x.start === start ? end : x.end);
        continue;
      }
      add(out, text.slice(start, end), [], m[0], start, end);
    }
    return out;
  }

  function add(out: HeadedName[], printed: string, aliases: string[], headWord: string, start: number, end: number) {
    // 与 joins words inside names (材料科学与技术…实验室) but not at their start (与省数据开放平台).
    const clean = balanced(printed.replace(/^[”“]+/, "")).replace(/^与/, "");
    // A count in quotes is a slogan's name (“三个提升”行动), not a number of things.
    const counted = COUNTED.test(clean) && !printed.startsWith("“");
    if (clean.length < 2 || looksUnnamed(clean.replace(/[“”]/g, "")) || isGeneric(clean) || counted) return;
    const name = graded(clean);
    // A level or a fragment alone before the head (省工程, 外工程, 它工程) is not a name.
    if (name.length === headWord.length + 1 && LONE_QUALIFIER.has(name[0]!)) return;
    out.push({ name, aliases: name === clean ? aliases : [clean, ...aliases], head: headWord, start, end });
  }

  return { scan, isGeneric };
}

export const platformHeads: HeadVocabulary = heads.platform;
export const programHeads: HeadVocabulary = heads.program;

/** A name cut inside quotation marks keeps only what follows the last unmatched “ (一批“大师工作室 → 大师工作室). */
function balanced(name: string): string {
  const open = name.lastIndexOf("“");
  return open > name.lastIndexOf("”") ? name.slice(open + 1) : name.replace(/^[^“]*”/, "");
}

/** A name that begins right after a closing quote takes in the quote and what leads into it: “科创中国”创新枢纽城市. */
function quotedStart(text: string, start: number, stops: RegExp): number {
  const at = text[start] === "”" ? start : text[start - 1] === "”" ? start - 1 : -1;
  if (at < 0) return start;
  const open = text.lastIndexOf("“", at);
  if (open < 0 || at - open > 16 || text.slice(open, at).includes("\n")) return start;
  return nameStart(text, open, stops, 6);
}
