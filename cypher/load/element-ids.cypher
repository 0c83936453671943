// The element ids of stored entities that a batch relates but does not load itself (a document
// loaded earlier that a citation now points to, say). The relationship loads find both ends by
// element id, resolved once per batch, rather than by two index seeks per row.
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN n.id AS id, elementId(n) AS eid;
