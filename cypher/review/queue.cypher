// Edges not yet reviewed, most worth a look first: (1 − confidence) × impact (schema/review.ts
// ReviewItem.impact). An edge without a confidence counts as 0.5 sure. Only edges with a
// sentence: a reviewer judges an edge against its evidence.
MATCH (a:Entity)-[r:ISSUED_BY|CITES|LOCATED_IN|FOCUSES_ON|PRIORITIZES|SUPPORTS|ESTABLISHES|ADOPTS|SETS_TARGET|COOPERATES_WITH|HAS_MEASURE|LED_BY|ASSIGNED_TO]->(b:Entity)
WHERE r.quote IS NOT NULL AND r.review IS NULL AND r.start IS NOT NULL
  AND ($type IS NULL OR type(r) = $type) AND ($docId IS NULL OR r.docId = $docId)
WITH a, r, b, CASE type(r) WHEN 'ADOPTS' THEN 3 WHEN 'PRIORITIZES' THEN 2 WHEN 'ESTABLISHES' THEN 2 WHEN 'SETS_TARGET' THEN 2 WHEN 'CITES' THEN 2 ELSE 1 END AS weight
WITH a, r, b, weight + CASE WHEN weight > 1 AND COUNT { (d:Document)-[x]->(b) WHERE type(x) = type(r) } >= 3 THEN 1 ELSE 0 END AS impact
WITH a, r, b, impact, (1.0 - coalesce(r.confidence, 0.5)) * impact AS priority
WITH collect({a: a, r: r, b: b, impact: impact, priority: priority}) AS rows
UNWIND rows AS row
WITH row, size(rows) AS unreviewed
ORDER BY row.priority DESC, row.r.confidence, row.r.docId, row.r.start, row.b.id
LIMIT $limit
WITH row.a AS a, row.r AS r, row.b AS b, row.impact AS impact, row.priority AS priority, unreviewed
OPTIONAL MATCH (d:Document {id: r.docId})
RETURN elementId(r) AS id, type(r) AS type,
       {id: a.id, name: a.name, label: [l IN labels(a) WHERE l <> 'Entity'][0]} AS from,
       {id: b.id, name: b.name, label: [l IN labels(b) WHERE l <> 'Entity'][0]} AS to,
       r.docId AS docId, d.title AS docTitle, r.quote AS quote, r.start AS start, r.end AS end,
       r.confidence AS confidence, r.rule AS rule, r.provenance AS provenance, impact, priority, unreviewed;
