// $entity and $into are one thing (their edges moved first, merge-edges.cypher): $entity's names
// become aliases of $into, and it goes. A reload recreates $entity from the text; applying this
// again merges it.
MATCH (a:Entity {id: $entity})
MATCH (b:Entity {id: $into})
WITH a, b, [x IN coalesce(b.aliases, []) + [a.name] + coalesce(a.aliases, []) WHERE x <> b.name] AS names
WITH a, b, reduce(acc = [], x IN names | CASE WHEN x IN acc THEN acc ELSE acc + x END) AS aliases
SET b.aliases = CASE WHEN aliases = [] THEN null ELSE aliases END, b.aliasText = reduce(s = '', x IN aliases | s + ' ' + x),
    b.mergedFrom = reduce(acc = coalesce(b.mergedFrom, []), x IN [a.id] | CASE WHEN x IN acc THEN acc ELSE acc + x END)
DETACH DELETE a;
MATCH (b:Entity {id: $into})
RETURN count(b) > 0 AS found;
