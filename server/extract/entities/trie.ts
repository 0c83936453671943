/**
 * A dictionary matcher built once from a vocabulary (Aho–Corasick automaton) that finds
 * every term in one pass over the text, so adding vocabulary entries does not add passes.
 */

interface Node {
  next: Map<string, Node>;
  fail: Node | null;
  /** Length and payload of the longest term ending here (directly or via fail links). */
  hit: { length: number; value: unknown } | null;
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

const newNode = (): Node => ({ next: new Map(), fail: null, hit: null });

/**
 * Builds the automaton. Later duplicates of a term are ignored, so list preferred entries first.
 * @example buildDictionary([["新材料", "新材料"], ["材料", "材料"]]).find("发展新材料")
 */
export function buildDictionary<T>(terms: Iterable<readonly [string, T]>): Dictionary<T> {
  const root = newNode();
  let size = 0;
  for (const [term, value] of terms) {
    if (!term) continue;
    let node = root;
    for (const ch of term) {
      let child = node.next.get(ch);
      if (!child) node.next.set(ch, (child = newNode()));
      node = child;
    }
    if (!node.hit) {
      node.hit = { length: term.length, value };
      size++;
    }
  }
  const queue: Node[] = [];
  for (const child of root.next.values()) {
    child.fail = root;
    queue.push(child);
  }
  while (queue.length) {
    const node = queue.shift()!;
    for (const [ch, child] of node.next) {
      let f = node.fail;
      while (f && !f.next.has(ch)) f = f.fail;
      child.fail = f ? f.next.get(ch)! : root;
      // A node inherits the longest term ending at it through its fail chain.
      if (!child.hit && child.fail.hit) child.hit = child.fail.hit;
      queue.push(child);
    }
  }

  function find(text: string, from = 0, to = text.length): TermMatch<T>[] {
    // Collect the longest term ending at each position, then keep leftmost-longest.
    const candidates: TermMatch<T>[] = [];
    let node = root;
    for (let i = from; i < to; i++) {
      const ch = text[i]!;
      while (node !== root && !node.next.has(ch)) node = node.fail!;
      node = node.next.get(ch) ?? root;
      if (node.hit) {
        const start = i + 1 - node.hit.length;
        candidates.push({ start, end: i + 1, value: node.hit.value as T });
        // Shorter terms ending here that start later are reachable through fail links.
        for (let f = node.fail; f && f !== root; f = f.fail) {
          if (f.hit && f.hit.length < node.hit.length) {
            candidates.push({ start: i + 1 - f.hit.length, end: i + 1, value: f.hit.value as T });
            break;
          }
        }
      }
    }
    candidates.sort((a, b) => a.start - b.start || b.end - a.end);
    const out: TermMatch<T>[] = [];
    let reach = from;
    for (const c of candidates) {
      if (c.start < reach) continue;
      out.push(c);
      reach = c.end;
    }
    return out;
  }

  return { find, size };
}
