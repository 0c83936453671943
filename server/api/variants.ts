/**
 * The spellings a search asks for: the text as typed, its simplified form, its traditional
 * forms (Taiwan and Hong Kong) and each with common variant characters (variant-chars.json)
 * put right and put back. Documents are stored as written, so 維權援助 must be asked for in a
 * traditional document and 维权援助 in a simplified one, whichever the user typed.
 *
 * @example searchVariants("創新劵") // ["創新劵", "创新劵", "创新券", "創新券", …]
 */
import * as OpenCC from "opencc-js";
import variantChars from "./variant-chars.json" with { type: "json" };

const fromTw = OpenCC.Converter({ from: "tw", to: "cn" });
const fromHk = OpenCC.Converter({ from: "hk", to: "cn" });
const toTw = OpenCC.Converter({ from: "cn", to: "tw" });
const toHk = OpenCC.Converter({ from: "cn", to: "hk" });

const STANDARD: Record<string, string> = variantChars.map;
const VARIANTS = new Map<string, string[]>();
for (const [variant, standard] of Object.entries(STANDARD)) VARIANTS.set(standard, [...(VARIANTS.get(standard) ?? []), variant]);

/** `text` in simplified characters with variant characters made standard. */
export function normalSpelling(text: string): string {
  return [...fromHk(fromTw(text))].map((c) => STANDARD[c] ?? c).join("");
}

/** Every spelling of `q` a document may use, `q` first, without repeats. At most 8. */
export function searchVariants(q: string): string[] {
  const simplified = normalSpelling(q);
  const forms = [q, simplified, toTw(simplified), toHk(simplified)];
  // A document may itself carry the variant: ask for it too (创新券 → 创新劵).
  const withVariants = forms.flatMap((f) => [f, [...f].map((c) => VARIANTS.get(c)?.[0] ?? c).join("")]);
  // OpenCC may convert a phrase to one of another length; the reader's offsets assume it does not.
  return [...new Set(withVariants)].filter((f) => f.length === q.length).slice(0, 8);
}
