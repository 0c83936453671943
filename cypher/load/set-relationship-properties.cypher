// Relationship properties a bulk import could not write (see set-node-properties.cypher). An
// edge is one per type, ends and document (load.ts relationRowsByType), so these find it.
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})-[r]->(b:Entity {id: row.to})
WHERE type(r) = row.type AND r.docId = row.docId
SET r += row.props;
