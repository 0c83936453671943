/**
 * Whether Neo4j can be reached now, and why not. The store marks itself down the moment it
 * knows (the embedded JVM exited, a query found the server unreachable, a bulk import stopped
 * Neo4j), so that callers can refuse at once instead of each waiting out the driver's retries.
 */
import neo4j, { Neo4jError } from "neo4j-driver";

export interface Outage {
  /** What happened and what is being done about it, for the people reading the error. */
  reason: string;
  /** Epoch ms when Neo4j went away. */
  since: number;
  /** Epoch ms of the next attempt to get it back; null when none is planned. */
  retryAt: number | null;
}

const UNREACHABLE = new Set([neo4j.error.SERVICE_UNAVAILABLE, neo4j.error.SESSION_EXPIRED]);

/** True when the driver says Neo4j cannot be reached (rather than that a query was wrong). */
export function isUnreachable(err: unknown): boolean {
  return err instanceof Neo4jError && UNREACHABLE.has(err.code);
}

export interface OutageState {
  current(): Outage | null;
  down(reason: string, retryAt: number | null): void;
  up(): void;
  onGiveUp(fn: (err: Error) => void): void;
  giveUp(err: Error): void;
}

export function outageState(): OutageState {
  let outage: Outage | null = null;
  const giveUpListeners: ((err: Error) => void)[] = [];
  return {
    current: () => outage,
    down: (reason, retryAt) => {
      outage = { reason, since: outage?.since ?? Date.now(), retryAt };
    },
    up: () => {
      outage = null;
    },
    onGiveUp: (fn) => void giveUpListeners.push(fn),
    giveUp: (err) => {
      for (const fn of giveUpListeners) fn(err);
    },
  };
}

/** A timer that does not keep the process alive (a store being retried must not block exit). */
export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms).unref());
