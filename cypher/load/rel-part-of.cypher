// PART_OF is administrative containment, a fact of the gazetteer rather than of one document:
// one edge per pair, whoever states it.
UNWIND $rows AS row
MATCH (a) WHERE elementId(a) = row.from
MATCH (b) WHERE elementId(b) = row.to
MERGE (a)-[:PART_OF]->(b);
