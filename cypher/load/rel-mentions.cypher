// MENTIONS edges, one per document that states them (the document's old edges were deleted in
// the same transaction, so CREATE is safe and much faster than MERGE).
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
CREATE (a)-[r:MENTIONS]->(b)
SET r = row.props;
