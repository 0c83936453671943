// Search: an exact id, name or alias first, then full-text hits by score, then by degree.
// $qs are the spellings of the query (server/api/variants.ts: simplified, traditional, variant
// characters), $lucene their full-text queries joined by OR.
// (A node without aliases must read as not exact: null would sort first under DESC.)
// Only the best $window full-text hits are ranked (degree is read for each of them); `total`
// counts every hit that passes the label filter.
CALL () {
  MATCH (node:Entity) WHERE node.id IN $qs
  RETURN node, 0.0 AS score
  UNION ALL
  CALL db.index.fulltext.queryNodes('entity_names', $lucene) YIELD node, score
  RETURN node, score
}
WITH node, max(score) AS score
WHERE $labels IS NULL OR any(l IN labels(node) WHERE l IN $labels)
WITH node, score ORDER BY score DESC
WITH collect({node: node, score: score}) AS hits
CALL (hits) {
  UNWIND hits[..$window] AS hit
  WITH hit.node AS node, hit.score AS score
  WITH node, score, (node.id IN $qs OR node.name IN $qs OR any(a IN coalesce(node.aliases, []) WHERE a IN $qs)) AS exact, COUNT { (node)--() } AS degree
  ORDER BY exact DESC, score DESC, degree DESC, node.id
  SKIP $offset LIMIT $limit
  RETURN collect({id: node.id, labels: labels(node), name: node.name, aliases: coalesce(node.aliases, []), score: score, degree: degree}) AS items
}
RETURN size(hits) AS total, items;
