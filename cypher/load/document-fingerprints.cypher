// What each stored document was extracted from (content hash, extractor version, sidecar row).
UNWIND $ids AS id
MATCH (d:Document {id: id})
RETURN d.id AS id, d.fingerprint AS fingerprint;
