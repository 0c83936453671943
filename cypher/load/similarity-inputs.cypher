// Every document's text and the instruments, industries and indicators it adopts,
// prioritises or targets: what SIMILAR_TO is computed from.
MATCH (d:Document)
OPTIONAL MATCH (d)-[:ADOPTS|PRIORITIZES|SETS_TARGET]->(t:Instrument|Industry|Indicator)
WITH d, collect(DISTINCT t) AS targets
RETURN d.id AS id, d.year AS year, d.text AS text,
       [t IN targets | {id: t.id, name: t.name, label: [l IN labels(t) WHERE l IN ['Instrument', 'Industry', 'Indicator']][0]}] AS items
