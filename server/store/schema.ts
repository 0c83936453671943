/** Applies cypher/schema.cypher (constraints, indexes, full-text index); safe to repeat. */
import type { Store } from "./connect.js";
import { cypherStatements } from "./cypher.js";

export async function applySchema(store: Store): Promise<void> {
  const session = store.driver.session({ database: store.database });
  try {
    for (const statement of cypherStatements("schema")) await session.run(statement);
    await session.run("CALL db.awaitIndexes(300)");
  } finally {
    await session.close();
  }
}
