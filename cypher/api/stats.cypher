// The graph at a glance: counts by label and type (read from the count store by
// db.stats.retrieve, without a scan), documents by year and by region, and the best-connected
// entities (documents and measures aside: they are hubs by design).
CALL db.stats.retrieve('GRAPH COUNTS') YIELD data
WITH [x IN data.nodes WHERE x.label IN $labels | [x.label, x.count]] AS labels,
     [x IN data.relationships WHERE x.relationshipType IN $types AND x.startLabel IS NULL AND x.endLabel IS NULL | [x.relationshipType, x.count]] AS types
CALL () {
  MATCH (d:Document)
  WITH d.year AS year, count(*) AS count ORDER BY year
  RETURN collect({year: year, count: count}) AS documentsByYear
}
CALL () {
  MATCH (d:Document)
  WITH d.region AS region, d.regionCode AS regionCode, count(*) AS count ORDER BY count DESC, region
  RETURN collect({region: region, regionCode: regionCode, count: count}) AS documentsByRegion
}
CALL () {
  MATCH (n:Entity) WHERE NOT n:Document AND NOT n:Measure
  WITH n, COUNT { (n)--() } AS degree ORDER BY degree DESC, n.id LIMIT $top
  RETURN collect({id: n.id, labels: labels(n), name: n.name, degree: degree}) AS topEntities
}
RETURN labels, types, documentsByYear, documentsByRegion, topEntities;
