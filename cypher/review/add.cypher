// An edge extraction missed, stated by the sentence the reviewer selected. Made unless the
// document states it already (then marked); $($type) is written in by corrections.ts.
MATCH (a:Entity {id: $from})
MATCH (b:Entity {id: $to})
OPTIONAL MATCH (a)-[same]->(b)
WHERE type(same) = $type AND same.docId = $docId
CALL (a, b, same) {
  WITH a, b, same WHERE same IS NULL
  CREATE (a)-[n:$($type)]->(b)
  SET n.docId = $docId, n.rule = 'review', n.provenance = 'stated'
};
MATCH (a:Entity {id: $from})-[n:$($type)]->(b:Entity {id: $to})
WHERE n.docId = $docId
SET n.review = 'added', n.reviewedBy = $author, n.reviewedAt = $createdAt, n.correctionId = $id, n.confidence = 1.0,
    n.quote = $quote, n.start = $start, n.end = $end
RETURN count(n) > 0 AS found;
