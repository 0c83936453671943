// The old name stays an alias, so search still finds the entity under it. Idempotent: run again
// on the renamed node, nothing changes.
MATCH (n:Entity {id: $entity})
WHERE NOT n:Document
WITH n, coalesce(n.aliases, []) AS old
WITH n, CASE WHEN n.name = $name THEN old ELSE [a IN old WHERE a <> $name] + CASE WHEN n.name IN old THEN [] ELSE [n.name] END END AS aliases
SET n.name = $name, n.aliases = CASE WHEN aliases = [] THEN null ELSE aliases END,
    n.aliasText = reduce(s = '', a IN aliases | s + ' ' + a), n.pinyin = $pinyin, n.initials = $initials,
    n.renamedBy = $author, n.reviewedAt = $createdAt, n.correctionId = $id
RETURN count(n) > 0 AS found;
