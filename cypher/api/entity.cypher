// One entity: the node, its degree by relationship type, and the sentences that state its
// edges (MENTIONS and PART_OF carry none), with the stating document's title, capped at $evidenceLimit.
MATCH (n:Entity {id: $id})
CALL (n) {
  MATCH (n)-[r]-()
  WITH type(r) AS type, count(*) AS count
  RETURN collect([type, count]) AS degreeByType
}
CALL (n) {
  MATCH (n)-[r]-(o)
  WHERE NOT type(r) IN ['MENTIONS', 'PART_OF'] AND r.quote IS NOT NULL
  WITH n, r, o ORDER BY r.docId, r.start, type(r)
  WITH collect({r: r, o: o}) AS stated
  CALL (n, stated) {
    UNWIND stated[..$evidenceLimit] AS s
    WITH n, s.r AS r, s.o AS o
    OPTIONAL MATCH (d:Document {id: r.docId})
    RETURN collect({
      type: type(r),
      direction: CASE WHEN startNode(r) = n THEN 'out' ELSE 'in' END,
      other: {id: o.id, labels: labels(o), name: o.name},
      docId: r.docId,
      docTitle: coalesce(d.title, r.docId),
      quote: r.quote,
      start: r.start,
      end: r.end
    }) AS evidence
  }
  RETURN evidence, size(stated) AS evidenceTotal
}
RETURN {id: n.id, labels: labels(n), props: n {.*, text: null, aliasText: null, pinyin: null, initials: null, titleKey: null, innerTitleKey: null, contentHash: null}, degree: COUNT { (n)--() }} AS node,
       degreeByType, evidence, evidenceTotal;
