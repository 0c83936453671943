// A cited Policy whose title matches an ingested Document becomes that Document: its incoming
// edges move over (same type and properties) and the Policy goes.
UNWIND $rows AS row
MATCH (d:Document {id: row.id})
MATCH (p:Policy) WHERE p.titleKey IN row.keys
CALL (p, d) {
  MATCH (src)-[c]->(p)
  CREATE (src)-[moved:$(type(c))]->(d)
  SET moved = properties(c)
  DELETE c
}
DETACH DELETE p;
