// PART_OF is administrative containment, a fact of the gazetteer rather than of one document:
// one edge per pair, whoever states it.
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
MERGE (a)-[:PART_OF]->(b);
