// The SIMILAR_TO pairs whose documents are both published in the window.
MATCH (a:Document)-[r:SIMILAR_TO]->(b:Document)
WHERE ($yearFrom IS NULL OR (a.year >= $yearFrom AND b.year >= $yearFrom))
  AND ($yearTo IS NULL OR (a.year <= $yearTo AND b.year <= $yearTo))
RETURN a {.id, .title, .year, .regionCode} AS a, b {.id, .title, .year, .regionCode} AS b,
       r.jaccard AS jaccard, r.textReuse AS textReuse,
       r.sharedInstruments AS sharedInstruments, r.sharedIndustries AS sharedIndustries, r.sharedIndicators AS sharedIndicators,
       coalesce(r.end - r.start, 0) AS longestPassage
