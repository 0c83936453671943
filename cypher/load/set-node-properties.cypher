// Node properties a bulk import could not write (neo4j-admin stores an empty list, or a list of
// one empty string, as no property at all; a text with line breaks would have needed its slow
// multiline parsing), set once it is done (server/store/bulk). Rows group the nodes that get
// the same props: most get {aliases: []}.
UNWIND $rows AS row
UNWIND row.ids AS id
MATCH (n:Entity {id: id})
SET n += row.props;
