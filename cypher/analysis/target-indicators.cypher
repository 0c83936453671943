// Indicators with at least one target stated by a document in the window, with how many documents.
MATCH (d:Document)-[:SETS_TARGET]->(i:Indicator)
WHERE ($yearFrom IS NULL OR d.year >= $yearFrom)
  AND ($yearTo IS NULL OR d.year <= $yearTo)
RETURN i.id AS id, i.name AS name, count(DISTINCT d) AS documents
ORDER BY documents DESC, name
