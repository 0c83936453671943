// Stores corrections apart from the graph extraction writes: (:Correction) carries no :Entity,
// so no load, removal or graph query touches it. Keyed on its id, so importing a file twice
// stores each correction once; the target and evidence are properties for Cypher users.
UNWIND $rows AS row
MERGE (c:Correction {id: row.id})
  ON CREATE SET c += row, c.created = true
  ON MATCH SET c.created = false
WITH c, c.created AS created
REMOVE c.created
RETURN c.id AS id, created;
