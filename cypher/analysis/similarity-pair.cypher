// One SIMILAR_TO pair, either way round, with both texts and the reused passages' offsets.
MATCH (a:Document)-[r:SIMILAR_TO]->(b:Document)
WHERE (a.id = $a AND b.id = $b) OR (a.id = $b AND b.id = $a)
RETURN a {.id, .title, .year, .regionCode, .text} AS a, b {.id, .title, .year, .regionCode, .text} AS b,
       r.jaccard AS jaccard, r.textReuse AS textReuse,
       r.sharedInstruments AS sharedInstruments, r.sharedIndustries AS sharedIndustries, r.sharedIndicators AS sharedIndicators,
       coalesce(r.end - r.start, 0) AS longestPassage,
       r.passages AS passages, r.fromStarts AS aStarts, r.fromEnds AS aEnds, r.toStarts AS bStarts, r.toEnds AS bEnds
