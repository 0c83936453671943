// Node properties a bulk import could not write (neo4j-admin stores an empty list, or a list of
// one empty string, as no property at all), set once it is done (server/store/bulk).
UNWIND $rows AS row
MATCH (n:Entity {id: row.id})
SET n += row.props;
