// A reviewed document as annotations in the gold format (../shared/gold): the corrected graph's
// entities the document names and the edges it states, with their sentences. The outline
// (Measure, HAS_MEASURE, LED_BY, ASSIGNED_TO), mentions and similarity are not annotated.
MATCH (d:Document {id: $docId})
CALL (d) {
  OPTIONAL MATCH (d)-[:MENTIONS]->(e:Entity)
  WHERE NOT e:Document AND NOT e:Measure
  WITH e ORDER BY e.id
  RETURN collect(CASE WHEN e IS NULL THEN null ELSE {type: [l IN labels(e) WHERE l <> 'Entity'][0], name: e.name, aliases: coalesce(e.aliases, []), review: e.review} END) AS entities
}
CALL (d) {
  OPTIONAL MATCH (a:Entity)-[r]->(b:Entity)
  WHERE r.docId = d.id AND NOT type(r) IN ['MENTIONS', 'SIMILAR_TO', 'HAS_MEASURE', 'LED_BY', 'ASSIGNED_TO']
    AND NOT a:Measure AND NOT b:Measure
  WITH a, r, b ORDER BY type(r), r.start, b.id
  RETURN collect(CASE WHEN r IS NULL THEN null ELSE {
    type: type(r), from: CASE WHEN a = d THEN 'DOC' ELSE a.name END, to: CASE WHEN b = d THEN 'DOC' ELSE b.name END,
    quote: r.quote, value: r.value, unit: r.unit, year: r.year, review: r.review
  } END) AS relations
}
OPTIONAL MATCH (d)-[:ISSUED_BY]->(i:Agency)
WITH d, entities, relations, collect(DISTINCT i.name) AS issuers
RETURN d.id AS docId, d.sourceFile AS sourceFile, d.title AS title, d.publishedOn AS publishedOn, d.docNumber AS docNumber, d.region AS region,
       issuers, entities, relations;
