// Not a thing at all (期还款率): the entity and its edges go, after every load that brings it back.
MATCH (n:Entity {id: $entity})
WHERE NOT n:Document
DETACH DELETE n;
