// Stores corrections apart from the graph extraction writes: (:Correction) carries no :Entity,
// so no load, removal or graph query touches it. corrections.ts leaves out ones already stored
// (same id or content key); the target and evidence are properties for Cypher users.
UNWIND $rows AS row
CREATE (c:Correction)
SET c = row;
