// Deletes candidate entities that no document supports any more: nothing mentions them, no
// document-stated edge touches them, and no region hangs below them. Run until it deletes
// nothing, since removing a district can leave its city unsupported.
UNWIND $ids AS id
MATCH (n:Entity {id: id})
WHERE NOT n:Document
  AND NOT EXISTS { ()-[:MENTIONS]->(n) }
  AND NOT EXISTS { (n)-[r]-() WHERE r.docId IS NOT NULL }
  AND NOT EXISTS { (n)<-[:PART_OF]-() }
DETACH DELETE n
RETURN count(*) AS deleted;
