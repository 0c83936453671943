/**
 * What the load runs ask the API (test/bench/soak.ts, test/integration/load.test.ts,
 * test/bench/api.ts): ids chosen the same way on every graph, and the mix of search and
 * neighbourhood requests made from them.
 */
import type { Store } from "../../server/store/connect.js";

export interface BenchTargets {
  /** The best-connected industry. */
  hub: string;
  /** Ids to expand one step: the hub, documents, funds, organisations, agencies. */
  depth1: string[];
  depth2: string[];
  /** Fund → organisation pairs for path searches. */
  pairs: [string, string][];
}

/** The ids the benchmarks ask about, chosen the same way on every run. */
export async function benchTargets(store: Store): Promise<BenchTargets> {
  const pick = async (query: string) => (await store.driver.executeQuery(query, {}, { database: store.database })).records.map((r) => r.get("id") as string);
  const hub = (await pick("MATCH (i:Industry) RETURN i.id AS id ORDER BY COUNT { (i)--() } DESC LIMIT 1"))[0]!;
  const depth1 = [
    hub,
    ...(await pick("MATCH (d:Document) RETURN d.id AS id ORDER BY d.id LIMIT 5")),
    ...(await pick("MATCH (f:Fund) RETURN f.id AS id ORDER BY f.id LIMIT 5")),
    ...(await pick("MATCH (o:Organization) RETURN o.id AS id ORDER BY o.id LIMIT 5")),
    ...(await pick("MATCH (a:Agency) RETURN a.id AS id ORDER BY a.id LIMIT 4")),
  ];
  const funds = await pick("MATCH (f:Fund) RETURN f.id AS id ORDER BY f.id DESC LIMIT 10");
  const orgs = await pick("MATCH (o:Organization) RETURN o.id AS id ORDER BY o.id DESC LIMIT 10");
  return { hub, depth1, depth2: depth1.filter((id) => id !== hub), pairs: funds.map((f, i) => [f, orgs[i]!] as [string, string]) };
}

/** What a browser sends: answers come gzipped, as the explorer gets them. */
export const BROWSER_HEADERS = { "accept-encoding": "gzip, deflate, br" };

/**
 * An autocannon request list: searches and one- and two-step neighbourhoods, each connection
 * taking them in turn. Neighbourhoods are asked as the explorer asks for one node's: GET, the id
 * in the URL.
 */
export function searchAndNeighbourhood(targets: BenchTargets): { method: "GET"; path: string; headers: Record<string, string> }[] {
  const get = (path: string) => ({ method: "GET" as const, path, headers: BROWSER_HEADERS });
  const searches = ["新材料", "引导基金", "xincailiao", "xcl", "科技局", "人工智能", "乐山"].map((q) => get(`/api/search?q=${encodeURIComponent(q)}`));
  const expand = (ids: string[], depth: number) => ids.map((id) => get(`/api/neighbourhood?ids=${encodeURIComponent(id)}&depth=${depth}`));
  return [...searches, ...expand(targets.depth1, 1), ...expand(targets.depth2.slice(0, 5), 2)];
}
