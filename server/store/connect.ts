/**
 * One way to reach Neo4j: the embedded one we start, or any server, Aura or cluster
 * named by NEO4J_URI. Either way the rest of the code gets a driver and a database name.
 */
import neo4j, { type AuthToken, type Driver } from "neo4j-driver";
import type { Config } from "../config.js";
import { undoInterruptedImport } from "./bulk/folders.js";
import { startEmbeddedNeo4j, type EmbeddedNeo4j, type EmbeddedOptions, type JvmExit } from "./embedded.js";
import { isUnreachable, outageState, sleep, type Outage } from "./outage.js";

export interface Store {
  /** Replaced by a new driver when the embedded Neo4j restarts: read it from the store each time. */
  driver: Driver;
  database: string;
  uri: string;
  /** The login the driver uses, for a second driver with its own pool (the console's). */
  auth: AuthToken | undefined;
  /** True when this process runs the Neo4j it talks to. */
  embedded: boolean;
  /** Only when this store started the Neo4j it talks to (openStore without NEO4J_URI). */
  ownNeo4j?: OwnedNeo4j;
  /** Null while Neo4j can be reached; otherwise why not and when it is tried again. */
  outage(): Outage | null;
  /**
   * Tells the store a query failed. An error saying a Neo4j server (NEO4J_URI) is unreachable
   * marks the store down until a probe, every PROBE_MS, reaches it again.
   */
  report(err: unknown): void;
  /** `fn` is called if the embedded Neo4j could not be started again after RESTART_DELAYS_MS.length tries. */
  onGiveUp(fn: (err: Error) => void): void;
  close(): Promise<void>;
}

/** The embedded Neo4j a store runs: what it was started with, and a way to work on its files. */
export interface OwnedNeo4j {
  options: EmbeddedOptions;
  /** The JVM's process id (a new one after each restart). */
  pid(): number;
  /**
   * Stops Neo4j (it checkpoints), runs `work` (which may change its data folder), starts it
   * again and connects a new driver. It is started again even when `work` fails. If it cannot
   * be, this throws and Neo4j stays stopped; calling this again runs its `work` and tries again.
   */
  whileStopped<T>(work: () => Promise<T>): Promise<T>;
}

/**
 * Waits before each start of an embedded JVM that exited unasked: a crash loop (a full disk, a
 * corrupt store) backs off instead of spinning, and after the last the store gives up (npm start
 * then exits 1, for a supervisor such as systemd to act on). 31 s of waiting in all.
 */
export const RESTART_DELAYS_MS = [1_000, 2_000, 4_000, 8_000, 16_000];
/** How often a server named by NEO4J_URI is probed while it is unreachable. */
export const PROBE_MS = 1_000;

export async function openStore(config: Config["neo4j"]): Promise<Store> {
  if (config.kind === "remote") {
    return connectStore(config.uri, config.database, neo4j.auth.basic(config.user, config.password), null);
  }
  if (undoInterruptedImport(config.home, config.database)) {
    console.log(`a bulk import into ${config.home} was cut off before it finished: the database from before it is back`);
  }
  const embedded = await startEmbeddedNeo4j(config);
  console.log(`Neo4j ${embedded.version} (embedded, data in ${config.home}) is up`);
  return connectStore(embedded.uri, config.database, embedded.auth, embedded);
}

/**
 * A driver on `uri`, checked to answer. `owned` is supervised: when its JVM exits unasked, the
 * store is down at once, its driver closed (queries in flight fail now rather than retry for
 * 10 s), and a new JVM is started after RESTART_DELAYS_MS with a new driver; `owned` is stopped
 * with the store.
 */
export async function connectStore(uri: string, database: string, auth: AuthToken | undefined, owned: EmbeddedNeo4j | null): Promise<Store> {
  const state = outageState();
  let neo = owned;
  let closing = false;
  let paused = false;
  /** Set when the current JVM exited while paused: whileStopped starts a new one instead of resuming. */
  let exitedWhilePaused = false;
  let restarting: Promise<void> | null = null;
  let probing = false;

  const store: Store = {
    driver: await connectDriver(uri, database, auth).catch(async (err: Error) => {
      await owned?.stop();
      throw err;
    }),
    database,
    uri,
    auth,
    embedded: owned !== null,
    outage: state.current,
    report(err) {
      // The embedded JVM's exit is the better signal: a query may fail while it restarts.
      if (neo || closing || probing || !isUnreachable(err)) return;
      probing = true;
      void probeUntilBack().finally(() => (probing = false));
    },
    onGiveUp: state.onGiveUp,
    async close() {
      closing = true;
      await restarting;
      await store.driver.close();
      await neo?.stop();
    },
  };

  async function probeUntilBack() {
    while (!closing) {
      state.down(`Neo4j at ${uri} is unreachable`, Date.now() + PROBE_MS);
      await sleep(PROBE_MS);
      try {
        await store.driver.verifyConnectivity({ database });
        state.up();
        console.log(`Neo4j at ${uri} answers again`);
        return;
      } catch {
        // Still away: the next probe is due.
      }
    }
  }

  /** The JVM stopped by itself: a new one in its place, with its own driver. */
  async function restart(exit: JvmExit) {
    const current = neo!;
    const exitText = `the embedded Neo4j exited (${exit.signal ?? `code ${exit.code}`})`;
    console.error(`${exitText}: starting it again`);
    void store.driver.close().catch(() => undefined);
    let lastError = "";
    for (const [i, delay] of RESTART_DELAYS_MS.entries()) {
      state.down(`${exitText}; it is being started again (attempt ${i + 1} of ${RESTART_DELAYS_MS.length})${lastError}`, Date.now() + delay);
      await sleep(delay);
      if (closing) return;
      try {
        await startAgain(current.options);
        console.log(`the embedded Neo4j is back (pid ${neo!.pid})`);
        return;
      } catch (err) {
        lastError = `; the last attempt failed: ${(err as Error).message}`;
        console.error(`starting the embedded Neo4j again failed (attempt ${i + 1} of ${RESTART_DELAYS_MS.length}): ${(err as Error).message}`);
      }
    }
    const message = `${exitText} and could not be started again after ${RESTART_DELAYS_MS.length} attempts${lastError}`;
    state.down(message, null);
    state.giveUp(new Error(message));
  }

  async function startAgain(options: EmbeddedOptions) {
    const next = await startEmbeddedNeo4j(options);
    if (closing) {
      await next.stop();
      return;
    }
    try {
      store.driver = await connectDriver(next.uri, database, next.auth);
    } catch (err) {
      await next.stop();
      throw err;
    }
    neo = next;
    watch(next);
    state.up();
  }

  function watch(current: EmbeddedNeo4j) {
    void current.exited.then((exit) => {
      if (closing || neo !== current) return;
      if (paused) exitedWhilePaused = true;
      else restarting = restart(exit).finally(() => (restarting = null));
    });
  }

  if (owned) {
    watch(owned);
    store.ownNeo4j = {
      options: owned.options,
      pid: () => neo!.pid,
      async whileStopped(work) {
        if (!paused) {
          state.down("Neo4j is stopped while a bulk import replaces its database; it is back in a few seconds", null);
          paused = true;
          await store.driver.close();
          await neo!.pause();
        }
        const outcome = await work().then(
          (value) => ({ ok: true as const, value }),
          (error: unknown) => ({ ok: false as const, error }),
        );
        if (exitedWhilePaused) {
          await startAgain(neo!.options);
          exitedWhilePaused = false;
        } else {
          await neo!.resume();
          store.driver = await connectDriver(uri, database, auth);
          state.up();
        }
        paused = false;
        if (!outcome.ok) throw outcome.error;
        return outcome.value;
      },
    };
  }
  return store;
}

async function connectDriver(uri: string, database: string, auth: AuthToken | undefined): Promise<Driver> {
  // Retries of transient failures stop after 10 s (the driver's default is 30 s), so the API
  // answers 503 promptly while Neo4j is away and an interrupted ingest says so soon.
  // At most 8 queries run in Neo4j at once; more requests wait for a connection in order. With
  // 100, 200 clients made 100 transactions fight over 2 cores: npm run soak served 10–13
  // requests/s with 570–582 timeouts, against 20–31 requests/s and 42–186 timeouts with 8.
  const driver = neo4j.driver(uri, auth, { disableLosslessIntegers: true, maxConnectionPoolSize: 8, maxTransactionRetryTime: 10_000 });
  try {
    await driver.verifyConnectivity({ database });
    return driver;
  } catch (err) {
    await driver.close();
    throw new Error(`cannot reach Neo4j at ${uri}: ${(err as Error).message}; check NEO4J_URI, NEO4J_USER and NEO4J_PASSWORD`);
  }
}
