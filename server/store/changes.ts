/**
 * How many times this process has written to the graph (loads, removals, similarity updates):
 * the API's answer cache (server/api/cache.ts) keys on it, so no answer outlives a write made
 * through this process. Writes by another process reach the cache through its time limit.
 */
let generation = 0;

export function graphGeneration(): number {
  return generation;
}

/**
 * Called after every write transaction, committed or not: a transaction whose commit was cut off
 * by a lost connection has an unknown outcome, so any attempt counts as a change.
 */
export function graphChanged(): void {
  generation++;
}
