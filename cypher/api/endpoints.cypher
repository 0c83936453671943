// Which of $ids name a stored entity (to tell an unknown id from an empty answer).
MATCH (n:Entity) WHERE n.id IN $ids
RETURN collect(n.id) AS found;
