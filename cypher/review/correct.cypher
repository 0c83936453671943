// An edge with the wrong type or ends becomes the right one, keeping its evidence and props.
// Extraction may state the right edge too, which then just gets marked. $($type) and
// $($newType) are written in as names by corrections.ts (withNames: Neo4j reused a plan's
// dynamic type across runs).
MATCH (a:Entity {id: $from})-[r:$($type)]->(b:Entity {id: $to})
WHERE r.docId = $docId
MATCH (a2:Entity {id: $newFrom})
MATCH (b2:Entity {id: $newTo})
WITH r, a2, b2, properties(r) AS p
OPTIONAL MATCH (a2)-[same]->(b2)
WHERE type(same) = $newType AND same.docId = $docId AND same <> r
CALL (a2, b2, p, same) {
  WITH a2, b2, p, same WHERE same IS NULL
  CREATE (a2)-[n:$($newType)]->(b2)
  SET n = p
}
DELETE r;
MATCH (a:Entity {id: $newFrom})-[n:$($newType)]->(b:Entity {id: $newTo})
WHERE n.docId = $docId
SET n.review = 'corrected', n.reviewedBy = $author, n.reviewedAt = $createdAt, n.correctionId = $id, n.confidence = 1.0,
    n.correctedFrom = $type + ' ' + $from + ' → ' + $to, n.quote = $quote, n.start = $start, n.end = $end,
    n.provenance = coalesce(n.provenance, 'stated'), n.rule = coalesce(n.rule, 'review')
RETURN count(n) > 0 AS found;
