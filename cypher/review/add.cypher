// An edge extraction missed, stated by the sentence the reviewer selected.
MATCH (a:Entity {id: $from})
MATCH (b:Entity {id: $to})
MERGE (a)-[n:$($type) {docId: $docId}]->(b)
  ON CREATE SET n.rule = 'review', n.provenance = 'stated'
SET n.review = 'added', n.reviewedBy = $author, n.reviewedAt = $createdAt, n.correctionId = $id, n.confidence = 1.0,
    n.quote = $quote, n.start = $start, n.end = $end
RETURN true AS found;
