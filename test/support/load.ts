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
const BROWSER_HEADERS = { "accept-encoding": "gzip, deflate, br" };

/**
 * An autocannon request list that sends the paths in turn across all connections, as GETs with
 * a browser's headers. One turn shared by all connections spreads a heavy request (the hub)
 * evenly; a fixed list would have every connection ask it at the same moment.
 */
export function inTurn(paths: string[]): { setupRequest: (req: object) => object }[] {
  let turn = 0;
  return [{ setupRequest: (req) => ({ ...req, method: "GET", path: paths[turn++ % paths.length]!, headers: BROWSER_HEADERS }) }];
}

/** Searches and one- and two-step neighbourhoods, asked as the explorer asks for one node's: GET, the id in the URL. */
export function searchAndNeighbourhood(targets: BenchTargets): { setupRequest: (req: object) => object }[] {
  const searches = ["新材料", "引导基金", "xincailiao", "xcl", "科技局", "人工智能", "乐山"].map((q) => `/api/search?q=${encodeURIComponent(q)}`);
  const expand = (ids: string[], depth: number) => ids.map((id) => `/api/neighbourhood?ids=${encodeURIComponent(id)}&depth=${depth}`);
  return inTurn([...searches, ...expand(targets.depth1, 1), ...expand(targets.depth2.slice(0, 5), 2)]);
}
