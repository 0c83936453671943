// Every stored correction, oldest first (the order they are applied in), with whether it held
// when it was last applied.
MATCH (c:Correction)
RETURN c.json AS json, c.status AS status, c.reason AS reason
ORDER BY c.createdAt, c.id;
