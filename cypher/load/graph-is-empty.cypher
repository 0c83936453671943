// Whether the database holds no node at all: only then may a bulk import replace it.
RETURN NOT EXISTS { MATCH (n) } AS empty;
