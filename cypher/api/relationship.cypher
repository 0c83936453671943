// One relationship by its element id, with every property: graph answers (neighbours, paths)
// leave the quote out, and the explorer asks for it here when an edge is opened.
MATCH (a)-[r]->(b) WHERE elementId(r) = $id
RETURN {id: elementId(r), type: type(r), source: a.id, target: b.id, props: properties(r)} AS edge;
