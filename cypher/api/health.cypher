// What /api/health reports: the server's version and edition, and the graph's size.
CALL dbms.components() YIELD versions, edition
WITH versions[0] AS version, edition
CALL () { MATCH (n) RETURN count(n) AS nodes }
CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
CALL () { MATCH (d:Document) RETURN count(d) AS documents }
RETURN version, edition, nodes, relationships, documents;
