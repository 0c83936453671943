// The content hash and extractor version of each stored document, to skip unchanged files.
UNWIND $ids AS id
MATCH (d:Document {id: id})
RETURN d.id AS id, d.contentHash AS contentHash, d.extractorVersion AS extractorVersion;
