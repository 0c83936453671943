// A cited Policy whose title matches an ingested Document becomes that Document: the CITES
// and MENTIONS edges that point at it (the only ones a Policy has) move over with their
// properties, and the Policy goes. (Two plain statements: a dynamic relationship type in
// CREATE took one row's type for every row in 5.26.0.)
UNWIND $rows AS row
MATCH (d:Document {id: row.id})
MATCH (p:Policy) WHERE p.titleKey IN row.keys
MATCH (src)-[c:CITES]->(p)
CREATE (src)-[moved:CITES]->(d)
SET moved = properties(c)
DELETE c;
UNWIND $rows AS row
MATCH (d:Document {id: row.id})
MATCH (p:Policy) WHERE p.titleKey IN row.keys
OPTIONAL MATCH (src)-[c:MENTIONS]->(p)
FOREACH (_ IN CASE WHEN c IS NULL THEN [] ELSE [1] END |
  CREATE (src)-[moved:MENTIONS]->(d)
  SET moved = properties(c)
  DELETE c)
DETACH DELETE p;
