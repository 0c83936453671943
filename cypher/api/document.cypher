// One document with its text, its outline (Measures, in text order), and what to highlight:
// the entities it mentions (MENTIONS from the document or its measures, with their offsets)
// and the edges it states. Both are found by traversal from the document and its measures, as
// load/delete-document-edges.cypher finds them: every entity a document relates is one it
// mentions, and there is no relationship index on docId (a scan of every edge took 330 ms
// on a graph of 112,000 nodes).
MATCH (d:Document {id: $id})
CALL (d) {
  MATCH (m:Measure {docId: d.id})
  WITH m ORDER BY m.start, m.order
  RETURN collect(m {.id, .path, .title, .start, .end}) AS outline
}
CALL (d) {
  CALL (d) {
    MATCH (d)-[r:MENTIONS]->(e)
    RETURN r, e
    UNION ALL
    MATCH (:Measure {docId: d.id})-[r:MENTIONS]->(e)
    RETURN r, e
  }
  WITH r, e WHERE r.docId = d.id
  RETURN collect({ref: e.id, labels: labels(e), name: e.name, spans: r.spans, starts: r.evidenceStarts, ends: r.evidenceEnds, start: r.start, end: r.end}) AS mentions
}
CALL (d) {
  CALL (d) {
    MATCH (d)-[r:ISSUED_BY|CITES|PART_OF|LOCATED_IN|FOCUSES_ON|PRIORITIZES|SUPPORTS|ESTABLISHES|ADOPTS|SETS_TARGET|COOPERATES_WITH|HAS_MEASURE|LED_BY|ASSIGNED_TO|SIMILAR_TO]-()
    RETURN r
    UNION
    MATCH (:Measure {docId: d.id})-[r:ISSUED_BY|CITES|PART_OF|LOCATED_IN|FOCUSES_ON|PRIORITIZES|SUPPORTS|ESTABLISHES|ADOPTS|SETS_TARGET|COOPERATES_WITH|HAS_MEASURE|LED_BY|ASSIGNED_TO|SIMILAR_TO]-()
    RETURN r
    UNION
    MATCH (d)-[:MENTIONS]->()-[r:ISSUED_BY|CITES|PART_OF|LOCATED_IN|FOCUSES_ON|PRIORITIZES|SUPPORTS|ESTABLISHES|ADOPTS|SETS_TARGET|COOPERATES_WITH|HAS_MEASURE|LED_BY|ASSIGNED_TO|SIMILAR_TO]-()
    RETURN r
  }
  WITH r, startNode(r) AS a, endNode(r) AS b
  WHERE r.docId = d.id AND r.start IS NOT NULL
  RETURN collect({ref: elementId(r), type: type(r), name: a.name + ' → ' + b.name, starts: r.evidenceStarts, ends: r.evidenceEnds, start: r.start, end: r.end}) AS relations
}
RETURN d {.id, .title, .issuers, .publishedOn, .docNumber, .region, .regionCode, .sourceFile, .warnings, extra: [k IN keys(d) WHERE k STARTS WITH 'sidecar_' | [substring(k, 8), d[k]]], .disagreements} AS document,
       d.text AS text, outline, mentions, relations;
