// Removes the document nodes themselves (their edges are already gone).
MATCH (d:Document) WHERE d.id IN $docIds
DETACH DELETE d;
