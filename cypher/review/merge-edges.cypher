// $entity's edges of one type ($($type), written in as a name by corrections.ts, once per type:
// Neo4j 5.26 reused a plan's dynamic type, so one CREATE for rows of several types made them
// all one type) move to $into; an edge $into already has for the same document is kept, not
// doubled; one between the two is dropped.
MATCH (a:Entity {id: $entity})
MATCH (b:Entity {id: $into})
MATCH (a)-[r:$($type)]->(x) WHERE x <> b
WITH b, x, properties(r) AS p
WHERE NOT EXISTS { MATCH (b)-[e:$($type)]->(x) WHERE coalesce(e.docId, '') = coalesce(p.docId, '') }
CREATE (b)-[n:$($type)]->(x)
SET n = p;
MATCH (a:Entity {id: $entity})
MATCH (b:Entity {id: $into})
MATCH (x)-[r:$($type)]->(a) WHERE x <> b
WITH b, x, properties(r) AS p
WHERE NOT EXISTS { MATCH (x)-[e:$($type)]->(b) WHERE coalesce(e.docId, '') = coalesce(p.docId, '') }
CREATE (x)-[n:$($type)]->(b)
SET n = p;
