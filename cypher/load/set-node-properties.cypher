// Node properties a bulk import could not write (neo4j-admin stores a list of one empty string
// as no property at all; a text with line breaks goes only into the multi-line documents file,
// and not if it holds the file's quote; see server/store/bulk/csv.ts), set once it is done.
// Rows group the nodes that get the same props.
UNWIND $rows AS row
UNWIND row.ids AS id
MATCH (n:Entity {id: id})
SET n += row.props;
