/**
 * A dictionary matcher built once from a vocabulary: a character trie walked from each
 * position of the text, skipping at once the positions whose character begins no term (most of
 * them), so a scan costs about one lookup per character however large the vocabulary.
 */

interface Node {
  /** Keyed by UTF-16 code unit. */
  next: Map<number, Node>;
  value?: unknown;
  length?: number;
}

export interface TermMatch<T> {
  start: number;
  end: number;
  value: T;
}

export interface Dictionary<T> {
  /**
   * Terms in `text[from, to)`, leftmost-longest and non-overlapping: "新能源汽车" wins over
   * "新能源" and "汽车" at the same place.
   */
  find(text: string, from?: number, to?: number): TermMatch<T>[];
  size: number;
}

/**
 * Builds the matcher. Later duplicates of a term are ignored, so list preferred entries first.
 * @example buildDictionary([["新材料", "新材料"], ["材料", "材料"]]).find("发展新材料")
 */
export function buildDictionary<T>(terms: Iterable<readonly [string, T]>): Dictionary<T> {
  const root: Node = { next: new Map() };
  // Code units that begin some term: a typed-array read turns most positions away.
  const first = new Uint8Array(65536);
  let size = 0;
  for (const [term, value] of terms) {
    if (!term) continue;
    let node = root;
    first[term.charCodeAt(0)] = 1;
    for (let i = 0; i < term.length; i++) {
      const ch = term.charCodeAt(i);
      let child = node.next.get(ch);
      if (!child) node.next.set(ch, (child = { next: new Map() }));
      node = child;
    }
    if (node.length === undefined) {
      node.value = value;
      node.length = term.length;
      size++;
    }
  }

  function find(text: string, from = 0, to = text.length): TermMatch<T>[] {
    const out: TermMatch<T>[] = [];
    let i = from;
    while (i < to) {
      const c = text.charCodeAt(i);
      if (first[c] === 0) {
        i++;
        continue;
      }
      let node = root.next.get(c);
      if (!node) {
        i++;
        continue;
      }
      let best: Node | null = null;
      for (let j = i + 1; ; j++) {
        if (node.length !== undefined) best = node;
        if (j >= to) break;
        const next: Node | undefined = node.next.get(text.charCodeAt(j));
        if (!next) break;
        node = next;
      }
      if (best) {
        out.push({ start: i, end: i + best.length!, value: best.value as T });
        i += best.length!;
      } else i++;
    }
    return out;
  }

  return { find, size };
}
