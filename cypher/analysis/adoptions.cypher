// Every document that adopts an item of one dimension ($rel to $label: ADOPTS→Instrument,
// PRIORITIZES→Industry, ESTABLISHES→Platform, SETS_TARGET→Indicator), one row per document
// and item with the earliest sentence that states it. Undated documents pass the year window
// so that the analyses can list them apart instead of losing them.
// The four types are named so that the expansion skips each document's MENTIONS and HAS_MEASURE
// edges (most of its edges); $rel then picks one of them.
MATCH (d:Document)-[r:ADOPTS|PRIORITIZES|ESTABLISHES|SETS_TARGET]->(x:Entity)
WHERE type(r) = $rel AND $label IN labels(x)
  AND (d.year IS NULL OR (($yearFrom IS NULL OR d.year >= $yearFrom) AND ($yearTo IS NULL OR d.year <= $yearTo)))
// Instruments are compared across places through their concept (创新券 = 科技创新券): each
// document names its own tools (高新技术企业认定奖励), and the tools of one concept are one item.
WITH d, x, r, CASE WHEN x:Instrument AND x.concept IS NOT NULL THEN 'instrument:' + x.concept ELSE x.id END AS key
ORDER BY r.start
WITH d, key, collect(r) AS edges, collect(x) AS xs
WITH d, key, edges[0] AS r, xs[0] AS x
RETURN d.id AS docId, d.title AS title, d.year AS year, d.publishedOn AS publishedOn, d.docNumber AS docNumber,
       d.regionCode AS regionCode, d.region AS region,
       key AS itemId, CASE WHEN key = x.id THEN x.name ELSE x.concept END AS item,
       coalesce(x.aliases, []) + CASE WHEN key = x.id THEN [] ELSE [x.name] END AS aliases, coalesce(x.category, x.kind, x.unit) AS category,
       r.start AS start, r.end AS end, r.quote AS quote, r.amountYuan AS amountYuan,
       coalesce(r.amountText, CASE WHEN r.value IS NULL THEN null ELSE toString(r.value) + coalesce(r.unit, '') END) AS amountText
ORDER BY docId, itemId;
