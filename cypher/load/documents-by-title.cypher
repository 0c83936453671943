// Ingested documents whose title (or the title of the plan a 通知 forwards) matches a cited one.
UNWIND $keys AS key
MATCH (d:Document) WHERE d.titleKey = key OR d.innerTitleKey = key
RETURN key, d.id AS id;
