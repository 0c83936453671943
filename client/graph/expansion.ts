/**
 * Who brought whom onto the canvas. Expanding a node records it as the origin of every
 * neighbour it added; collapsing removes exactly those, and what they brought in turn, but
 * never a node the user pinned, selected or opened directly. No DOM, no Cytoscape.
 */

/**
 * The ids that collapsing `id` removes.
 * @example collapseSet("a", new Map([["b", "a"], ["c", "b"]])) // Set {"b", "c"}
 */
export function collapseSet(id: string, origins: ReadonlyMap<string, string | undefined>, keep: ReadonlySet<string> = new Set()): Set<string> {
  const children = new Map<string, string[]>();
  for (const [node, origin] of origins) {
    if (origin === undefined) continue;
    const list = children.get(origin);
    if (list) list.push(node);
    else children.set(origin, [node]);
  }
  const out = new Set<string>();
  const queue = [...(children.get(id) ?? [])];
  while (queue.length) {
    const next = queue.shift()!;
    if (next === id || out.has(next) || keep.has(next)) continue;
    out.add(next);
    queue.push(...(children.get(next) ?? []));
  }
  return out;
}
