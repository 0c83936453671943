// Deletes every edge the given documents stated. Edges at the document are found from it;
// edges between entities (SUPPORTS, FOCUSES_ON …) from the entities it mentions, since every
// entity a document relates is one it mentions. This needs no relationship index, which
// keeps loading fast. Measures belong to one document and go with it, with their edges.
UNWIND $docIds AS docId
MATCH (d:Document {id: docId})-[:MENTIONS]->(n)-[r]-()
WHERE r.docId = docId
DELETE r;
UNWIND $docIds AS docId
MATCH (d:Document {id: docId})-[r]->()
WHERE type(r) <> 'MENTIONS'
DELETE r;
MATCH (m:Measure) WHERE m.docId IN $docIds DETACH DELETE m;
UNWIND $docIds AS docId
MATCH (d:Document {id: docId})-[r:MENTIONS]->()
DELETE r;
