// Each document's place and year, for the years in which a place was issuing policy at all
// (the risk set of the innovativeness score).
MATCH (d:Document)
WHERE d.year IS NOT NULL AND d.regionCode IS NOT NULL
  AND ($yearFrom IS NULL OR d.year >= $yearFrom) AND ($yearTo IS NULL OR d.year <= $yearTo)
RETURN d.regionCode AS regionCode, d.year AS year;
