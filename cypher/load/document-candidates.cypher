// Entities a document touches (with their region ancestors): the ones that may be left
// unsupported once the document's edges are gone.
UNWIND $docIds AS docId
MATCH (d:Document {id: docId})-[:MENTIONS|ISSUED_BY|CITES|PRIORITIZES|ESTABLISHES|ADOPTS|SETS_TARGET|HAS_MEASURE]->(n)
OPTIONAL MATCH (n)-[:PART_OF*1..4]->(up)
WITH collect(DISTINCT n.id) + collect(DISTINCT up.id) AS ids
UNWIND ids AS id
RETURN collect(DISTINCT id) AS ids;
