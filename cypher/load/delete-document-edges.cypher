// Deletes every edge the given documents stated, one statement per type so each uses its
// docId index. Measures belong to one document and go with it.
MATCH ()-[r:ISSUED_BY]->() WHERE r.docId IN $docIds DELETE r;
MATCH ()-[r:CITES]->() WHERE r.docId IN $docIds DELETE r;
MATCH ()-[r:LOCATED_IN]->() WHERE r.docId IN $docIds DELETE r;
MATCH ()-[r:FOCUSES_ON]->() WHERE r.docId IN $docIds DELETE r;
MATCH ()-[r:PRIORITIZES]->() WHERE r.docId IN $docIds DELETE r;
MATCH ()-[r:SUPPORTS]->() WHERE r.docId IN $docIds DELETE r;
MATCH ()-[r:ESTABLISHES]->() WHERE r.docId IN $docIds DELETE r;
MATCH ()-[r:ADOPTS]->() WHERE r.docId IN $docIds DELETE r;
MATCH ()-[r:SETS_TARGET]->() WHERE r.docId IN $docIds DELETE r;
MATCH ()-[r:COOPERATES_WITH]->() WHERE r.docId IN $docIds DELETE r;
MATCH ()-[r:HAS_MEASURE]->() WHERE r.docId IN $docIds DELETE r;
MATCH ()-[r:LED_BY]->() WHERE r.docId IN $docIds DELETE r;
MATCH ()-[r:ASSIGNED_TO]->() WHERE r.docId IN $docIds DELETE r;
MATCH ()-[r:MENTIONS]->() WHERE r.docId IN $docIds DELETE r;
MATCH (m:Measure) WHERE m.docId IN $docIds DETACH DELETE m;
