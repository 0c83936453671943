/**
 * One way to reach Neo4j: the embedded one we start, or any server, Aura or cluster
 * named by NEO4J_URI. Either way the rest of the code gets a driver and a database name.
 */
import neo4j, { type AuthToken, type Driver } from "neo4j-driver";
import type { Config } from "../config.js";
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from "./embedded.js";

export interface Store {
  driver: Driver;
  database: string;
  uri: string;
  /** True when this process runs the Neo4j it talks to. */
  embedded: boolean;
  close(): Promise<void>;
}

export async function openStore(config: Config["neo4j"]): Promise<Store> {
  if (config.kind === "remote") {
    return connectStore(config.uri, config.database, neo4j.auth.basic(config.user, config.password), null);
  }
  const embedded = await startEmbeddedNeo4j(config);
  console.log(`Neo4j ${embedded.version} (embedded, data in ${config.home}) is up`);
  return connectStore(embedded.uri, config.database, undefined, embedded);
}

/** A driver on `uri`, checked to answer; `owned` is stopped with the store. */
export async function connectStore(uri: string, database: string, auth: AuthToken | undefined, owned: EmbeddedNeo4j | null): Promise<Store> {
  // Retries of transient failures stop after 10 s (the driver's default is 30 s), so the API
  // answers 503 promptly while Neo4j is away and an interrupted ingest says so soon.
  // At most 8 queries run in Neo4j at once; more requests wait for a connection in order. With
  // 100, 200 clients made 100 transactions fight over 2 cores: npm run soak served 10–13
  // requests/s with 570–582 timeouts, against 20–31 requests/s and 42–186 timeouts with 8.
  const driver = neo4j.driver(uri, auth, { disableLosslessIntegers: true, maxConnectionPoolSize: 8, maxTransactionRetryTime: 10_000 });
  try {
    await driver.verifyConnectivity({ database });
  } catch (err) {
    await driver.close();
    await owned?.stop();
    throw new Error(`cannot reach Neo4j at ${uri}: ${(err as Error).message}; check NEO4J_URI, NEO4J_USER and NEO4J_PASSWORD`);
  }
  return {
    driver,
    database,
    uri,
    embedded: owned !== null,
    async close() {
      await driver.close();
      await owned?.stop();
    },
  };
}
