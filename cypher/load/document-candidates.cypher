// Entities the documents mention (every entity of an extraction is mentioned, see load.ts):
// the ones that may be left unsupported once the documents' edges are gone.
UNWIND $docIds AS docId
MATCH (:Document {id: docId})-[:MENTIONS]->(n)
RETURN collect(DISTINCT n.id) AS ids;
