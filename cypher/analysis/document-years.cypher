// Each dated, placed document's place and year: which places the corpus observes, and when
// (the observation windows and risk sets of the adoption analyses).
MATCH (d:Document)
WHERE d.year IS NOT NULL AND d.regionCode IS NOT NULL
  AND ($yearFrom IS NULL OR d.year >= $yearFrom) AND ($yearTo IS NULL OR d.year <= $yearTo)
RETURN d.id AS docId, d.regionCode AS regionCode, d.year AS year
ORDER BY docId;
