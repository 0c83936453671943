MATCH (n:Entity {id: $entity})
SET n.review = 'accepted', n.reviewedBy = $author, n.reviewedAt = $createdAt, n.correctionId = $id, n.confidence = 1.0
RETURN count(n) > 0 AS found;
