// The graph's schema: one uniqueness constraint per label key, indexes for what the API
// filters on, and a full-text index over names. Idempotent (IF NOT EXISTS): applied at every start.
// Statements are separated by semicolons at line ends; comments start with //.

// Every node also carries :Entity, so relationship loads can find either end by id alone.
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT document_id IF NOT EXISTS FOR (n:Document) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT policy_id IF NOT EXISTS FOR (n:Policy) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT region_id IF NOT EXISTS FOR (n:Region) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT agency_id IF NOT EXISTS FOR (n:Agency) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT park_id IF NOT EXISTS FOR (n:Park) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT fund_id IF NOT EXISTS FOR (n:Fund) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT industry_id IF NOT EXISTS FOR (n:Industry) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT organization_id IF NOT EXISTS FOR (n:Organization) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT platform_id IF NOT EXISTS FOR (n:Platform) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT program_id IF NOT EXISTS FOR (n:Program) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT instrument_id IF NOT EXISTS FOR (n:Instrument) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT indicator_id IF NOT EXISTS FOR (n:Indicator) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT measure_id IF NOT EXISTS FOR (n:Measure) REQUIRE n.id IS UNIQUE;
// Reviewers' corrections, kept apart from what extraction writes (cypher/review/).
CREATE CONSTRAINT correction_id IF NOT EXISTS FOR (c:Correction) REQUIRE c.id IS UNIQUE;
// The same request sent twice is stored once (store/corrections.ts correctionKey).
CREATE INDEX correction_key IF NOT EXISTS FOR (c:Correction) ON (c.key);

CREATE INDEX document_year IF NOT EXISTS FOR (d:Document) ON (d.year);
CREATE INDEX document_region_code IF NOT EXISTS FOR (d:Document) ON (d.regionCode);
CREATE INDEX document_title_key IF NOT EXISTS FOR (d:Document) ON (d.titleKey);
CREATE INDEX document_inner_title_key IF NOT EXISTS FOR (d:Document) ON (d.innerTitleKey);
CREATE INDEX policy_title_key IF NOT EXISTS FOR (p:Policy) ON (p.titleKey);
CREATE INDEX region_code IF NOT EXISTS FOR (r:Region) ON (r.code);
CREATE INDEX region_level IF NOT EXISTS FOR (r:Region) ON (r.level);
CREATE INDEX instrument_category IF NOT EXISTS FOR (i:Instrument) ON (i.category);
CREATE INDEX measure_doc IF NOT EXISTS FOR (m:Measure) ON (m.docId);

// Chinese names have no spaces, so a word analyzer sees one token per name and cannot find
// 引导基金 inside 区级产业引导基金. The CJK analyzer indexes overlapping character bigrams:
// any substring of two or more characters becomes a phrase of bigrams, found by a phrase
// query. Pinyin and initials (added at load) make 乐山 findable as leshan or ls. Measures are
// left out: they are reached through their document, and indexing them would slow loads.
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS
FOR (n:Document|Policy|Region|Agency|Park|Fund|Industry|Organization|Platform|Program|Instrument|Indicator)
ON EACH [n.name, n.aliasText, n.pinyin, n.initials]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'cjk' } };

// The documents' whole text, for GET /api/search/sentences: the same CJK bigrams, so any
// phrase of two or more characters is found, in every sentence and not only those that state
// an edge (a sentence yields no edge when the extractor reads nothing in it).
CREATE FULLTEXT INDEX document_text IF NOT EXISTS
FOR (d:Document) ON EACH [d.text]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'cjk' } };
