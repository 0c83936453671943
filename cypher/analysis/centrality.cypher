// The edges the documents in the filter state, as (a, b) pairs for the centrality graph: a
// document's own edges, the edges between entities it states (SUPPORTS, FOCUSES_ON …), and its
// measures' LED_BY / ASSIGNED_TO drawn from the document itself. MENTIONS, outlines, region
// containment and SIMILAR_TO are not statements about entities. Each part reads its types
// directly (per-type relationship groups), not every edge of every entity a document mentions.
MATCH (d:Document)
WHERE ($yearFrom IS NULL OR d.year >= $yearFrom)
  AND ($yearTo IS NULL OR d.year <= $yearTo)
  AND ($regionPrefix IS NULL OR d.regionCode STARTS WITH $regionPrefix)
WITH collect(d) AS docs
CALL (docs) {
  UNWIND docs AS d
  MATCH (d)-[r:ISSUED_BY|CITES|PRIORITIZES|ESTABLISHES|ADOPTS|SETS_TARGET]->(b)
  RETURN d.id AS docId, d AS a, b
  UNION ALL
  WITH [d IN docs | d.id] AS ids
  MATCH (a)-[r:SUPPORTS|FOCUSES_ON|LOCATED_IN|COOPERATES_WITH]->(b)
  WHERE r.docId IN ids
  RETURN r.docId AS docId, a, b
  UNION ALL
  UNWIND docs AS d
  MATCH (m:Measure {docId: d.id})-[:LED_BY|ASSIGNED_TO]->(b)
  RETURN d.id AS docId, d AS a, b
}
RETURN docId,
       a.id AS aId, [l IN labels(a) WHERE l <> 'Entity'][0] AS aLabel, a.name AS aName,
       b.id AS bId, [l IN labels(b) WHERE l <> 'Entity'][0] AS bLabel, b.name AS bName
