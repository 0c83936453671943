// The subgraph induced by $ids: those nodes and every edge between two of them.
MATCH (n:Entity) WHERE n.id IN $ids
WITH collect(n) AS nodes
CALL (nodes) {
  UNWIND nodes AS a
  MATCH (a)-[r]->(b) WHERE b IN nodes
  RETURN collect({id: elementId(r), type: type(r), source: a.id, target: b.id, props: properties(r)}) AS edges
}
RETURN [n IN nodes | {id: n.id, labels: labels(n), props: n {.*, text: null, aliasText: null, pinyin: null, initials: null, titleKey: null, innerTitleKey: null, contentHash: null}}] AS nodes, edges;
