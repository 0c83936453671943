// Which of $ids are entities in the graph.
MATCH (n:Entity) WHERE n.id IN $ids
RETURN collect(n.id) AS found;
