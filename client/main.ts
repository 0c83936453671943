// Placeholder start view until the explorer (issue #6) lands: shows what /api/health reports.
const app = document.getElementById("app")!;
const res = await fetch("/api/health");
const health = await res.json();
const p = document.createElement("p");
p.textContent = res.ok
  ? `Neo4j ${health.neo4j.version}${health.neo4j.embedded ? " (embedded)" : ""}: ${health.counts.documents} documents, ${health.counts.nodes} nodes, ${health.counts.relationships} relationships`
  : `Neo4j unavailable: ${health.error.message}`;
app.append(p);
