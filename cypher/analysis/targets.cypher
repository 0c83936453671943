// Every target set on one indicator (by id or name) by a document in the window.
MATCH (d:Document)-[t:SETS_TARGET]->(i:Indicator)
WHERE (i.id = $indicator OR i.name = $indicator)
  AND ($yearFrom IS NULL OR d.year >= $yearFrom)
  AND ($yearTo IS NULL OR d.year <= $yearTo)
RETURN d.id AS docId, d.title AS title, d.year AS year, d.regionCode AS regionCode,
       t.value AS value, t.unit AS unit, t.year AS targetYear, t.quote AS quote, t.start AS start, t.end AS end
ORDER BY d.regionCode, d.year, t.start
