// An edge with the wrong type or ends becomes the right one, keeping its evidence and props.
// MERGE on the document: extraction may state the right edge too, which then just gets marked.
MATCH (a:Entity {id: $from})-[r:$($type)]->(b:Entity {id: $to})
WHERE r.docId = $docId
MATCH (a2:Entity {id: $newFrom})
MATCH (b2:Entity {id: $newTo})
WITH r, a2, b2, properties(r) AS p
MERGE (a2)-[n:$($newType) {docId: $docId}]->(b2)
SET n += p
DELETE r;
MATCH (a:Entity {id: $newFrom})-[n:$($newType)]->(b:Entity {id: $newTo})
WHERE n.docId = $docId
SET n.review = 'corrected', n.reviewedBy = $author, n.reviewedAt = $createdAt, n.correctionId = $id, n.confidence = 1.0,
    n.correctedFrom = $type + ' ' + $from + ' → ' + $to, n.quote = $quote, n.start = $start, n.end = $end,
    n.provenance = coalesce(n.provenance, 'stated'), n.rule = coalesce(n.rule, 'review')
RETURN count(n) > 0 AS found;
