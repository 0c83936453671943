// One document's extraction as the graph holds it now (corrections applied): the entities it
// mentions with their confidence, and its evidenced edges, least sure first.
MATCH (d:Document {id: $docId})
CALL (d) {
  OPTIONAL MATCH (d)-[:MENTIONS]->(e:Entity)
  WHERE NOT e:Document AND NOT e:Measure
  RETURN collect({label: [l IN labels(e) WHERE l <> 'Entity'][0], confidence: e.confidence}) AS entities
}
CALL (d) {
  OPTIONAL MATCH (a:Entity)-[r]->(b:Entity)
  WHERE r.docId = d.id AND r.quote IS NOT NULL AND r.start IS NOT NULL AND NOT type(r) IN ['MENTIONS', 'SIMILAR_TO', 'PART_OF']
  WITH a, r, b ORDER BY coalesce(r.confidence, 0.5), r.start
  RETURN collect(CASE WHEN r IS NULL THEN null ELSE {
    id: elementId(r), type: type(r),
    from: {id: a.id, name: a.name, label: [l IN labels(a) WHERE l <> 'Entity'][0]},
    to: {id: b.id, name: b.name, label: [l IN labels(b) WHERE l <> 'Entity'][0]},
    docId: r.docId, quote: r.quote, start: r.start, end: r.end,
    confidence: r.confidence, rule: r.rule, provenance: r.provenance, review: r.review
  } END) AS edges
}
RETURN d.id AS docId, d.title AS title, entities, edges;
