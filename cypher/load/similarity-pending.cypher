// Documents whose SIMILAR_TO edges are not computed yet: loading a document replaces its
// properties wholesale (document.cypher), which drops the similarityComputed mark.
MATCH (d:Document) WHERE d.similarityComputed IS NULL
RETURN collect(d.id) AS ids
