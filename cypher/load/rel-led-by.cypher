// LED_BY edges, one per document that states them (the document's old edges were deleted in
// the same transaction, so CREATE is safe and much faster than MERGE).
UNWIND $rows AS row
MATCH (a) WHERE elementId(a) = row.from
MATCH (b) WHERE elementId(b) = row.to
CREATE (a)-[r:LED_BY]->(b)
SET r = row.props;
