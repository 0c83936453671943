// The edges the documents in the filter state, as (a, b) pairs for the centrality graph:
// a document's own edges, edges between the entities it mentions that it states (SUPPORTS,
// FOCUSES_ON …), and its measures' LED_BY / ASSIGNED_TO, drawn from the document itself.
// MENTIONS, outlines, region containment and SIMILAR_TO are not statements about entities.
MATCH (d:Document)
WHERE ($yearFrom IS NULL OR d.year >= $yearFrom)
  AND ($yearTo IS NULL OR d.year <= $yearTo)
  AND ($regionPrefix IS NULL OR d.regionCode STARTS WITH $regionPrefix)
CALL (d) {
  MATCH (d)-[r]->(b)
  WHERE NOT type(r) IN ['MENTIONS', 'HAS_MEASURE', 'SIMILAR_TO']
  RETURN d AS a, b
  UNION
  MATCH (d)-[:MENTIONS]->(a)-[r]->(b)
  WHERE r.docId = d.id AND NOT type(r) IN ['MENTIONS', 'PART_OF']
  RETURN a, b
  UNION
  MATCH (m:Measure {docId: d.id})-[:LED_BY|ASSIGNED_TO]->(b)
  RETURN d AS a, b
}
RETURN d.id AS docId,
       a.id AS aId, [l IN labels(a) WHERE l <> 'Entity'][0] AS aLabel, a.name AS aName,
       b.id AS bId, [l IN labels(b) WHERE l <> 'Entity'][0] AS bLabel, b.name AS bName
