/**
 * Runs one of cypher/api/*.cypher in a read transaction with a time limit. Routes call
 * this, never the driver, so that every API query is parameterised, routed to a reader
 * and bounded in time.
 */
import neo4j, { type Integer, type Record as Neo4jRecord } from "neo4j-driver";
import type { Store } from "../store/connect.js";
import { cypher } from "../store/cypher.js";

/** Long enough for a large export, short enough that a runaway path search frees its thread. */
const API_QUERY_TIMEOUT_MS = 10_000;

export function readQuery(store: Store, name: string, params: Record<string, unknown>): Promise<Neo4jRecord[]> {
  return readCypher(store, `api/${name}`, params);
}

/** Any cypher/<file>.cypher (e.g. analysis/adoption) run the same bounded, read-only way. */
export async function readCypher(store: Store, file: string, params: Record<string, unknown>): Promise<Neo4jRecord[]> {
  const { records } = await store.driver.executeQuery(cypher(file), params, {
    database: store.database,
    routing: neo4j.routing.READ,
    transactionConfig: { timeout: API_QUERY_TIMEOUT_MS },
  });
  return records;
}

/** Neo4j takes a JavaScript number as a float, which LIMIT, SKIP and list slices refuse. */
export const int = (n: number): Integer => neo4j.int(n);
