// Nodes by elementId: the ends of relationships that a console query returned without them.
MATCH (n) WHERE elementId(n) IN $elementIds
RETURN collect({elementId: elementId(n), id: n.id, labels: labels(n), props: n {.*, text: null, aliasText: null, pinyin: null, initials: null, titleKey: null, innerTitleKey: null, contentHash: null}}) AS nodes;
