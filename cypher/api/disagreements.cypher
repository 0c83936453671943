// Every document whose sidecar row and text disagree, with the disagreements as stored (JSON).
MATCH (d:Document)
WHERE d.disagreements IS NOT NULL
RETURN d.id AS id, d.title AS title, d.disagreements AS disagreements
ORDER BY d.id;
