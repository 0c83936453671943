// Documents whose text contains any spelling of the query ($lucene: phrases joined by OR), best
// first; only the best $window are returned with their text, for the sentences to be cut from.
CALL db.index.fulltext.queryNodes('document_text', $lucene) YIELD node, score
WITH collect({d: node, score: score}) AS hits
UNWIND hits[..$window] AS hit
WITH size(hits) AS documents, hit.d AS d, hit.score AS score
ORDER BY score DESC, d.id
RETURN documents, collect(d {.id, .title, .region, .publishedOn, .text}) AS docs;
