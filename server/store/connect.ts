/**
 * One way to reach Neo4j: the embedded one we start, or any server, Aura or cluster
 * named by NEO4J_URI. Either way the rest of the code gets a driver and a database name.
 */
import neo4j, { type AuthToken, type Driver } from "neo4j-driver";
import type { Config } from "../config.js";
import { undoInterruptedImport } from "./bulk/folders.js";
import { startEmbeddedNeo4j, type EmbeddedNeo4j, type EmbeddedOptions } from "./embedded.js";

export interface Store {
  /** Replaced by a new driver when ownNeo4j restarts Neo4j: read it from the store each time. */
  driver: Driver;
  database: string;
  uri: string;
  /** The login the driver uses, for a second driver with its own pool (the console's). */
  auth: AuthToken | undefined;
  /** True when this process runs the Neo4j it talks to. */
  embedded: boolean;
  /** Only when this store started the Neo4j it talks to (openStore without NEO4J_URI). */
  ownNeo4j?: OwnedNeo4j;
  close(): Promise<void>;
}

/** The embedded Neo4j a store runs: what it was started with, and a way to work on its files. */
export interface OwnedNeo4j {
  options: EmbeddedOptions;
  /**
   * Stops Neo4j (it checkpoints), runs `work` (which may change its data folder), starts it
   * again and connects a new driver. It is started again even when `work` fails. If it cannot
   * be, this throws and Neo4j stays stopped; calling this again runs its `work` and tries again.
   */
  whileStopped<T>(work: () => Promise<T>): Promise<T>;
}

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

/** A driver on `uri`, checked to answer; `owned` is stopped with the store. */
export async function connectStore(uri: string, database: string, auth: AuthToken | undefined, owned: EmbeddedNeo4j | null): Promise<Store> {
  const store: Store = {
    driver: await connectDriver(uri, database, auth).catch(async (err: Error) => {
      await owned?.stop();
      throw err;
    }),
    database,
    uri,
    auth,
    embedded: owned !== null,
    async close() {
      await store.driver.close();
      await owned?.stop();
    },
  };
  if (owned) {
    let stopped = false;
    store.ownNeo4j = {
      options: owned.options,
      async whileStopped(work) {
        if (!stopped) {
          await store.driver.close();
          await owned.pause();
          stopped = true;
        }
        const outcome = await work().then(
          (value) => ({ ok: true as const, value }),
          (error: unknown) => ({ ok: false as const, error }),
        );
        await owned.resume();
        stopped = false;
        store.driver = await connectDriver(uri, database, auth);
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
