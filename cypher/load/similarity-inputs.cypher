// Every document's text and the instruments, industries and indicators it adopts,
// prioritises or targets: what SIMILAR_TO is computed from.
MATCH (d:Document)
OPTIONAL MATCH (d)-[:ADOPTS|PRIORITIZES|SETS_TARGET]->(t:Instrument|Industry|Indicator)
// An instrument counts as its concept (创新券 = 科技创新券), so that two places' tools of one
// concept are a shared item whatever each document calls them.
WITH d, [t IN collect(DISTINCT t) |
         CASE WHEN t:Instrument AND t.concept IS NOT NULL
              THEN {id: 'instrument:' + t.concept, name: t.concept, label: 'Instrument'}
              ELSE {id: t.id, name: t.name, label: [l IN labels(t) WHERE l IN ['Instrument', 'Industry', 'Indicator']][0]} END] AS mapped
RETURN d.id AS id, d.year AS year, d.text AS text,
       reduce(acc = [], m IN mapped | CASE WHEN m IN acc THEN acc ELSE acc + m END) AS items
