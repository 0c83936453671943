// An entity under the wrong label becomes one under the right label (then merged into by
// merge.cypher): relabelling in place would break the next load's MERGE on the old label.
MATCH (n:Entity {id: $entity})
MERGE (m:$($label) {id: $newId})
  ON CREATE SET m:Entity, m.name = n.name, m.pinyin = n.pinyin, m.initials = n.initials, m.provenance = n.provenance, m.rule = 'review'
SET m.review = 'relabelled', m.reviewedBy = $author, m.reviewedAt = $createdAt, m.correctionId = $id, m.confidence = 1.0
RETURN count(m) > 0 AS found;
