// Whether the edge a correction names is in the graph (one per type, ends and document).
RETURN EXISTS {
  MATCH (a:Entity {id: $from})-[r:$($type)]->(b:Entity {id: $to})
  WHERE r.docId = $docId
} AS found;
