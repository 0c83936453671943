// The content hash of each already stored document, to skip unchanged files.
UNWIND $ids AS id
MATCH (d:Document {id: id})
RETURN d.id AS id, d.contentHash AS contentHash;
