// What each stored document was extracted from (content hash, extractor version, sidecar row)
// and the file it was read from.
UNWIND $ids AS id
MATCH (d:Document {id: id})
RETURN d.id AS id, d.fingerprint AS fingerprint, d.sourceFile AS sourceFile;
