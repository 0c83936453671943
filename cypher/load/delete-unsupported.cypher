// Deletes candidate entities that no document supports any more: no document mentions them
// (every stated edge's endpoints are mentioned by its document) and no region hangs below
// them. Run until it deletes nothing, since removing a district can leave its city unsupported.
UNWIND $ids AS id
MATCH (n:Entity {id: id})
WHERE NOT n:Document
  AND NOT EXISTS { ()-[:MENTIONS]->(n) }
  AND NOT EXISTS { (n)<-[:PART_OF]-() }
DETACH DELETE n
RETURN count(*) AS deleted;
