// A reviewer vouched for an edge: it stays, marked reviewed, and is as sure as a person makes it.
MATCH (a:Entity {id: $from})-[r:$($type)]->(b:Entity {id: $to})
WHERE r.docId = $docId
SET r.review = 'accepted', r.reviewedBy = $author, r.reviewedAt = $createdAt, r.correctionId = $id, r.confidence = 1.0
RETURN count(r) > 0 AS found;
