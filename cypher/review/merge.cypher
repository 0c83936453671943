// $entity and $into are one thing: $entity's edges move to $into (an edge $into already has for
// the same document is kept, not doubled; one between the two is dropped), its names become
// aliases, and it goes. A reload recreates $entity from the text; applying this again merges it.
MATCH (a:Entity {id: $entity})
MATCH (b:Entity {id: $into})
MATCH (a)-[r]->(x) WHERE x <> b
WITH b, x, type(r) AS t, properties(r) AS p
WHERE NOT EXISTS { MATCH (b)-[e]->(x) WHERE type(e) = t AND coalesce(e.docId, '') = coalesce(p.docId, '') }
CREATE (b)-[n:$(t)]->(x)
SET n = p;
MATCH (a:Entity {id: $entity})
MATCH (b:Entity {id: $into})
MATCH (x)-[r]->(a) WHERE x <> b
WITH b, x, type(r) AS t, properties(r) AS p
WHERE NOT EXISTS { MATCH (x)-[e]->(b) WHERE type(e) = t AND coalesce(e.docId, '') = coalesce(p.docId, '') }
CREATE (x)-[n:$(t)]->(b)
SET n = p;
MATCH (a:Entity {id: $entity})
MATCH (b:Entity {id: $into})
WITH a, b, [x IN coalesce(b.aliases, []) + [a.name] + coalesce(a.aliases, []) WHERE x <> b.name] AS names
WITH a, b, reduce(acc = [], x IN names | CASE WHEN x IN acc THEN acc ELSE acc + x END) AS aliases
SET b.aliases = CASE WHEN aliases = [] THEN null ELSE aliases END, b.aliasText = reduce(s = '', x IN aliases | s + ' ' + x),
    b.mergedFrom = reduce(acc = coalesce(b.mergedFrom, []), x IN [a.id] | CASE WHEN x IN acc THEN acc ELSE acc + x END)
DETACH DELETE a;
MATCH (b:Entity {id: $into})
RETURN count(b) > 0 AS found;
