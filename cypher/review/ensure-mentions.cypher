// The document of an added or corrected edge mentions both its ends, as every document does the
// entities it relates (load.ts withMentions): that is how a reload finds the edge to replace it.
MATCH (d:Document {id: $docId})
UNWIND [$from, $to] AS id
MATCH (x:Entity {id: id})
WHERE NOT x:Document AND NOT EXISTS { (d)-[:MENTIONS]->(x) }
CREATE (d)-[:MENTIONS {docId: $docId, count: 0, provenance: 'inferred', rule: 'review'}]->(x);
