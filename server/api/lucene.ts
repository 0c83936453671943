/**
 * A user's search text as a query for the `entity_names` full-text index (cypher/schema.cypher).
 * The index splits Chinese into character bigrams, so Chinese is searched as a phrase (any
 * substring of two or more characters is a phrase of bigrams) and a single character as a
 * bigram prefix; latin text is pinyin or initials, searched as a prefix (leshan*, ls*).
 */

const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;
const HAN = /\p{Script=Han}/u;
const PINYIN = /^[a-z0-9\s]+$/i;
const SEARCHABLE = /[\p{L}\p{N}]/u;

/** Escapes every character that Lucene's query parser treats as syntax. */
export function escapeLucene(text: string): string {
  return text.replace(LUCENE_SPECIAL, "\\$&");
}

/**
 * The Lucene query for `q`, or null when `q` has nothing an analyzer would index.
 *
 * @example luceneQuery("引导基金") === '"引导基金"'; luceneQuery("Le Shan") === "leshan*"
 */
export function luceneQuery(q: string): string | null {
  const text = q.replace(/[\u0000-\u001f\u007f]/g, " ").trim();
  if (!SEARCHABLE.test(text)) return null;
  if (PINYIN.test(text)) return `${escapeLucene(text.replace(/\s+/g, "").toLowerCase())}*`;
  const han = [...text].filter((c) => HAN.test(c));
  if (han.length === 1 && [...text].length === 1) return `${escapeLucene(text)}*`;
  return `"${escapeLucene(text)}"`;
}

/**
 * One Lucene query asking for any of the spellings (variants.ts), or null when none is searchable.
 *
 * @example luceneAnyOf(["创新券", "创新劵"]) === '"创新券" OR "创新劵"'
 */
export function luceneAnyOf(spellings: string[]): string | null {
  const queries = spellings.map(luceneQuery).filter((l): l is string => l !== null);
  return queries.length ? queries.join(" OR ") : null;
}
