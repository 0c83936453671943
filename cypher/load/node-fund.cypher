// Fund nodes, one row per entity. The id is the cross-document key, so the same Fund named by
// several documents is one node: the first name stays, aliases accumulate, props update.
UNWIND $rows AS row
MERGE (n:Fund {id: row.id})
  ON CREATE SET n:Entity, n.name = row.name
SET n += row.props,
    n.aliases = reduce(acc = coalesce(n.aliases, []), a IN row.aliases | CASE WHEN a IN acc THEN acc ELSE acc + a END)
SET n.aliasText = reduce(s = '', a IN n.aliases | s + ' ' + a)
RETURN n.id AS id, elementId(n) AS eid;
