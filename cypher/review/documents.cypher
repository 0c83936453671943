// The documents corrections name, with the file each was read from.
MATCH (d:Document) WHERE d.id IN $ids
RETURN d.id AS id, d.title AS title, d.sourceFile AS sourceFile
ORDER BY d.id;
