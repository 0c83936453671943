// The texts of the documents corrections quote, to tell whether each quote is still there.
MATCH (d:Document) WHERE d.id IN $ids
RETURN d.id AS id, d.text AS text;
