// Every CITES edge stated by a document published in the window, with what the issuer levels
// are read from: the citing document's issuers and region, the cited one's title and number
// (and its issuers and region when it is an ingested document).
MATCH (d:Document)-[c:CITES]->(t)
WHERE ($yearFrom IS NULL OR d.year >= $yearFrom)
  AND ($yearTo IS NULL OR d.year <= $yearTo)
RETURN d.id AS fromId, d.title AS fromTitle, d.year AS fromYear, coalesce(d.issuers, []) AS fromIssuers, d.regionCode AS fromRegion,
       t.id AS toId, coalesce(t.title, t.name) AS toTitle, t:Document AS toIsDocument, t.year AS toYear,
       coalesce(t.issuers, []) AS toIssuers, t.regionCode AS toRegion, t.docNumber AS toNumber,
       c.quote AS quote, c.start AS start, c.end AS end
ORDER BY fromId, start
