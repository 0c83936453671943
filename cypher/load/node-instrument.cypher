// Instrument nodes, one row per entity. The id is the cross-document key, so the same Instrument named by
// several documents is one node: the first name stays, aliases accumulate, props update.
UNWIND $rows AS row
MERGE (n:Instrument {id: row.id})
  ON CREATE SET n:Entity, n.name = row.name
SET n += row.props
WITH n, reduce(acc = coalesce(n.aliases, []), a IN row.aliases | CASE WHEN a IN acc THEN acc ELSE acc + a END) AS aliases
// No aliases is no property: an empty list is stored as none (load.ts storedProps).
SET n.aliases = CASE WHEN aliases = [] THEN null ELSE aliases END,
    n.aliasText = reduce(s = '', a IN aliases | s + ' ' + a)
RETURN n.id AS id, elementId(n) AS eid;
