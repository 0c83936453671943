/**
 * Coming back after the graph database was away: whatever failed with STORE_UNAVAILABLE is tried
 * again once /api/health answers, so the explorer recovers without a reload, as its message
 * promises. One poll serves every waiting view, with a growing pause so a long outage costs
 * little.
 */
import { isStoreDown } from "./errors.js";

/** Pauses between health checks, in ms; the last one repeats. */
const PAUSES = [1000, 2000, 4000, 8000, 15000];

const waiting = new Map<string, () => void>();
let polling = false;

/**
 * When `err` means the store is down, runs `again` once it is back (the latest `again` per `key`
 * wins: a view asked twice is redone once). Returns whether a retry was scheduled.
 */
export function retryWhenStoreBack(err: unknown, key: string, again: () => void, healthy: () => Promise<boolean> = probe): boolean {
  if (!isStoreDown(err)) return false;
  waiting.set(key, again);
  if (!polling) void poll(healthy);
  return true;
}

async function poll(healthy: () => Promise<boolean>) {
  polling = true;
  try {
    for (let i = 0; waiting.size > 0; i++) {
      await new Promise((r) => setTimeout(r, PAUSES[Math.min(i, PAUSES.length - 1)]));
      if (!(await healthy())) continue;
      const todo = [...waiting.values()];
      waiting.clear();
      for (const again of todo) again();
    }
  } finally {
    polling = false;
  }
}

async function probe(): Promise<boolean> {
  try {
    return (await fetch("/api/health", { cache: "no-store" })).ok;
  } catch {
    return false;
  }
}
