// Stored corrections that are the same as ones about to be stored: by id (a file imported
// again) or by content key (the same request sent twice).
MATCH (c:Correction)
WHERE c.id IN $ids OR c.key IN $keys
RETURN c.id AS id, c.key AS key, c.json AS json;
