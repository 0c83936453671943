// Document nodes: properties replaced wholesale, since a changed file replaces its document.
UNWIND $rows AS row
MERGE (d:Document {id: row.id})
  ON CREATE SET d:Entity
SET d = row.props
RETURN d.id AS id, elementId(d) AS eid;
