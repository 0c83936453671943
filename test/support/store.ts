/** The test run's Neo4j (see test/setup/neo4j.ts), emptied and with the schema applied. */
import neo4j from "neo4j-driver";
import { inject } from "vitest";
import { connectStore, type Store } from "../../server/store/connect.js";
import { graphChanged } from "../../server/store/changes.js";
import { applySchema } from "../../server/store/schema.js";

export async function testStore(): Promise<Store> {
  const n = inject("neo4j");
  const store = await connectStore(n.uri, n.database, n.user ? neo4j.auth.basic(n.user, n.password) : undefined, null);
  return { ...store, embedded: n.embedded };
}

/** Deletes every node and relationship, then applies the schema. */
export async function resetGraph(store: Store): Promise<void> {
  // CALL … IN TRANSACTIONS needs an implicit (auto-commit) transaction: session.run, not executeQuery.
  const session = store.driver.session({ database: store.database });
  try {
    // Relationships first, then the nodes: DETACH DELETE of 10,000 nodes at a time put every hub
    // of a 10,000-document graph, with millions of edges, into one transaction (MemoryPoolOutOfMemoryError).
    await session.run("MATCH ()-[r]->() CALL (r) { DELETE r } IN TRANSACTIONS OF 50000 ROWS");
    await session.run("MATCH (n) CALL (n) { DELETE n } IN TRANSACTIONS OF 50000 ROWS");
  } finally {
    graphChanged();
    await session.close();
  }
  await applySchema(store);
}

/** Node and relationship counts, for before/after comparisons. */
export async function graphCounts(store: Store): Promise<{ nodes: number; relationships: number }> {
  const { records } = await store.driver.executeQuery(
    "CALL () { MATCH (n) RETURN count(n) AS nodes } CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships } RETURN nodes, relationships",
    {},
    { database: store.database },
  );
  return { nodes: records[0]!.get("nodes"), relationships: records[0]!.get("relationships") };
}
