// A rejected edge is taken out, after every load that brings it back.
MATCH (a:Entity {id: $from})-[r:$($type)]->(b:Entity {id: $to})
WHERE r.docId = $docId
DELETE r;
