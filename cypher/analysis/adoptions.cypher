// Every document that adopts an item of one dimension ($rel to $label: ADOPTS→Instrument,
// PRIORITIZES→Industry, ESTABLISHES→Platform, SETS_TARGET→Indicator), one row per document
// and item with the earliest sentence that states it. Undated documents pass the year window
// so that the analyses can list them apart instead of losing them.
// The four types are named so that the expansion skips each document's MENTIONS and HAS_MEASURE
// edges (most of its edges); $rel then picks one of them.
MATCH (d:Document)-[r:ADOPTS|PRIORITIZES|ESTABLISHES|SETS_TARGET]->(x:Entity)
WHERE type(r) = $rel AND $label IN labels(x)
  AND (d.year IS NULL OR (($yearFrom IS NULL OR d.year >= $yearFrom) AND ($yearTo IS NULL OR d.year <= $yearTo)))
WITH d, x, r
ORDER BY r.start
WITH d, x, collect(r) AS edges
WITH d, x, edges[0] AS r
RETURN d.id AS docId, d.title AS title, d.year AS year, d.publishedOn AS publishedOn, d.docNumber AS docNumber,
       d.regionCode AS regionCode, d.region AS region,
       x.id AS itemId, x.name AS item, coalesce(x.aliases, []) AS aliases, coalesce(x.category, x.kind, x.unit) AS category,
       r.start AS start, r.end AS end, r.quote AS quote, r.amountYuan AS amountYuan,
       coalesce(r.amountText, CASE WHEN r.value IS NULL THEN null ELSE toString(r.value) + coalesce(r.unit, '') END) AS amountText
ORDER BY docId, itemId;
