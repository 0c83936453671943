// Replaces the SIMILAR_TO edges of the documents in $docIds with $rows (pairs with at least one
// of them in it) and marks them computed. Reused passages are parallel lists, since Neo4j
// stores no nested values; quote/start/end are the longest passage in the `from` document,
// the evidence every edge carries.
UNWIND $docIds AS docId
MATCH (:Document {id: docId})-[r:SIMILAR_TO]-()
DELETE r;
UNWIND $rows AS row
MATCH (a:Document {id: row.from})
MATCH (b:Document {id: row.to})
CREATE (a)-[r:SIMILAR_TO]->(b)
SET r = row.props;
UNWIND $docIds AS docId
MATCH (d:Document {id: docId})
SET d.similarityComputed = true;
