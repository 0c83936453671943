// Whether each correction held when it was last applied: applied, orphaned or unresolved.
UNWIND $rows AS row
MATCH (c:Correction {id: row.id})
SET c.status = row.status, c.reason = row.reason;
