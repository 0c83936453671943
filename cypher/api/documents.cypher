// Documents, newest first, filtered by year and by regionCode under one of $regionPrefixes.
MATCH (d:Document)
WHERE ($yearFrom IS NULL OR d.year >= $yearFrom)
  AND ($yearTo IS NULL OR d.year <= $yearTo)
  AND ($regionPrefixes IS NULL OR any(p IN $regionPrefixes WHERE d.regionCode STARTS WITH p))
WITH d ORDER BY d.publishedOn DESC, d.title, d.id
WITH collect(d) AS docs
RETURN size(docs) AS total,
       [d IN docs[$offset..$offset + $limit] | d {.id, .title, .issuers, .publishedOn, .docNumber, .region, .regionCode, .sourceFile, extra: [k IN keys(d) WHERE k STARTS WITH 'sidecar_' | [substring(k, 8), d[k]]], .disagreements}] AS items;
