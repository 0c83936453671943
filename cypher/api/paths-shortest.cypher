// Every shortest path from $from to $to (at most $maxLength edges, the first $limit).
// Filters as in neighbours.cypher: $types and the document scope on every edge, $labels on
// every node between the two ends. $skipMentions leaves out MENTIONS edges and $skipDocuments
// Document and Measure nodes between the ends (else nearly every path is "two documents mention
// X"). $limit is one more than the client asked for, to tell whether more paths exist. Edges
// keep their quote: a path's list shows its evidence. The pattern's bound (6) is the API's largest maxLength.
WITH CASE
  WHEN $yearFrom IS NULL AND $yearTo IS NULL AND $regionPrefixes IS NULL THEN $docIds
  ELSE COLLECT {
    MATCH (d:Document)
    WHERE ($docIds IS NULL OR d.id IN $docIds)
      AND ($yearFrom IS NULL OR d.year >= $yearFrom)
      AND ($yearTo IS NULL OR d.year <= $yearTo)
      AND ($regionPrefixes IS NULL OR any(p IN $regionPrefixes WHERE d.regionCode STARTS WITH p))
    RETURN d.id
  }
END AS scope
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = ALL SHORTEST (a) (()-[r]-(m)
  WHERE ($types IS NULL OR type(r) IN $types)
    AND (scope IS NULL OR r.docId IN scope)
    AND ($skipMentions = false OR type(r) <> 'MENTIONS')
    AND (m = b OR (($labels IS NULL OR any(l IN labels(m) WHERE l IN $labels))
                   AND NOT ($skipDocuments AND (m:Document OR m:Measure))))){1,6} (b)
WHERE length(p) <= $maxLength
WITH p LIMIT $limit
RETURN [n IN nodes(p) | {id: n.id, labels: labels(n), props: CASE WHEN n:Document THEN n {.name, .year, .publishedOn, .regionCode} ELSE n {.*, text: null, aliasText: null, pinyin: null, initials: null, titleKey: null, innerTitleKey: null, contentHash: null} END, degree: COUNT { (n)--() }}] AS nodes,
       [r IN relationships(p) | {id: elementId(r), type: type(r), source: startNode(r).id, target: endNode(r).id, props: r {.*}}] AS edges;
