// The documents a view's edges come from, for an image's source footnote: oldest first.
MATCH (d:Document) WHERE d.id IN $ids
RETURN d.id AS id, coalesce(d.title, d.name, d.id) AS title, coalesce(d.issuers, []) AS issuers, d.docNumber AS docNumber,
       CASE WHEN d.publishedOn IS NULL THEN null ELSE toString(d.publishedOn) END AS publishedOn
ORDER BY d.publishedOn, title;
