// The neighbours of each node in $ids, best first, at most $fanout per node.
//
// A hub (an industry named by 2,000 documents) must cost no more than a leaf, so each node
// reads at most $fanout + 1 stated edges and $fanout + 1 MENTIONS edges (typed patterns use
// Neo4j's per-type relationship groups, so MENTIONS never crowd out stated edges), then ranks
// what it read: stated edges before MENTIONS, then well-connected neighbours first.
//
// Filters: $types and the document scope on edges (docId in $docIds, and the stating
// document's year in [$yearFrom, $yearTo] and its regionCode under one of $regionPrefixes);
// $labels on the neighbour. Null means no filter.
//
// Graph answers are summaries, a third of the bytes: an edge without its quote (GET
// /api/relationships/{id} has it) and a Document with only what the canvas filters on;
// /api/entities/{id} has the rest.
//
// One row per element, each with the `seed` it belongs to: the node's own (no edge; `cut`
// says that it had more neighbours than it returned) and one per neighbour, with the edge to
// it. A hub's neighbours collected into one record made a message of several 64 KB Bolt
// chunks, which the JavaScript driver decodes byte by byte through its CombinedBuffer, and
// cost the API three times the CPU.
//
// The stated types are listed literally so that the pattern can use the type groups;
// server/api/queries.test.ts checks the list against graph.ts.
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
MATCH (n:Entity) WHERE n.id IN $ids
OPTIONAL CALL (n, scope) {
  MATCH (n)-[r:ISSUED_BY|CITES|PART_OF|LOCATED_IN|FOCUSES_ON|PRIORITIZES|SUPPORTS|ESTABLISHES|ADOPTS|SETS_TARGET|COOPERATES_WITH|HAS_MEASURE|LED_BY|ASSIGNED_TO|SIMILAR_TO]-(m)
  WHERE ($types IS NULL OR type(r) IN $types)
    AND (scope IS NULL OR r.docId IN scope)
    AND ($labels IS NULL OR any(l IN labels(m) WHERE l IN $labels))
  WITH r, m LIMIT $fanout + 1
  RETURN r, m, 0 AS rank
  UNION ALL
  MATCH (n)-[r:MENTIONS]-(m)
  WHERE ($types IS NULL OR 'MENTIONS' IN $types)
    AND (scope IS NULL OR r.docId IN scope)
    AND ($labels IS NULL OR any(l IN labels(m) WHERE l IN $labels))
  WITH r, m LIMIT $fanout + 1
  RETURN r, m, 1 AS rank
}
WITH n, r, m, rank, CASE WHEN m IS NULL THEN 0 ELSE COUNT { (m)--() } END AS degree
ORDER BY rank, degree DESC, m.id
WITH n, collect(CASE WHEN r IS NOT NULL THEN {r: r, m: m, degree: degree} END) AS ranked
CALL (n, ranked) {
  RETURN null AS edgeId, null AS type, null AS source, null AS target, null AS edgeProps, n AS x, COUNT { (n)--() } AS degree, size(ranked) > $fanout AS cut
  UNION ALL
  UNWIND ranked[..$fanout] AS hit
  WITH hit.r AS r, hit.m AS x, hit.degree AS degree
  RETURN elementId(r) AS edgeId, type(r) AS type, startNode(r).id AS source, endNode(r).id AS target, r {.*, quote: null} AS edgeProps, x, degree, false AS cut
}
RETURN n.id AS seed, edgeId, type, source, target, edgeProps,
       x.id AS id, labels(x) AS labels, degree, cut,
       CASE WHEN x:Document THEN x {.name, .year, .publishedOn, .regionCode} ELSE x {.*, text: null, aliasText: null, pinyin: null, initials: null, titleKey: null, innerTitleKey: null, contentHash: null} END AS props;
