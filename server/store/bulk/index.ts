/**
 * A first load into an empty embedded Neo4j through neo4j-admin's offline importer, for loads
 * big enough to pay for its fixed cost: the importer's set-up, a restart of Neo4j and the
 * schema, a few seconds on 2 cores (npm run bench:ingest prints each step). The graph is the
 * one loadBatch builds from the same batches (see ./write.ts and test/integration/bulk-import.test.ts).
 *
 * The importer writes a database folder of its own while Neo4j runs on; Neo4j is then stopped,
 * the folders swapped (the empty database set aside) and Neo4j started again, and the steps
 * the importer cannot do run as Cypher: the schema, the properties CSV cannot carry, and cited
 * Policies pointed at the documents they name. If any step fails, the database set aside is
 * put back: the store is as it was, never half-imported (even when the process is killed,
 * see ./folders.ts).
 */
import { graphChanged } from "../changes.js";
import type { Store } from "../connect.js";
import { cypher } from "../cypher.js";
import { graphIsEmpty, movePoliciesToDocuments, type Row } from "../load.js";
import { applySchema } from "../schema.js";
import { startImporter, type Importer } from "./admin-import.js";
import { BulkImportError } from "./errors.js";
import { importFolders, moveFolders, removeFolders } from "./folders.js";
import type { GraphFiles } from "./write.js";

export { BulkImportError } from "./errors.js";
export { undoInterruptedImport } from "./folders.js";
export { writeGraphFiles, type GraphFiles, type GraphWriter } from "./write.js";
export type { Importer } from "./admin-import.js";

/** Nodes or edges per transaction of the property step, and characters: documents' texts are long. */
const CHUNK_ROWS = 10_000;
const CHUNK_CHARS = 4_000_000;

/** Seconds each step took (npm run bench:ingest prints them). */
export interface ImportTimings {
  import: number;
  restart: number;
  schema: number;
  properties: number;
  policies: number;
}

/**
 * The importer for files to be written into `dir`, started now so that it is warm once they
 * are (see ../embedded/WarmImporter.java). Close it if the import is given up.
 */
export function prepareImport(store: Store, dir: string): Importer {
  return startImporter(ownNeo4j(store).options, dir);
}

function ownNeo4j(store: Store): NonNullable<Store["ownNeo4j"]> {
  if (!store.ownNeo4j) throw new BulkImportError(`a bulk import needs the embedded Neo4j this process runs; ${store.uri} is not one`);
  return store.ownNeo4j;
}

/**
 * Replaces the store's empty database by the graph in `files`, with `importer` if the caller
 * started one while it wrote them (one is started now otherwise).
 *
 * @example
 * const importer = prepareImport(store, dir);
 * const writer = writeGraphFiles(dir);
 * for (const batch of batches) writer.add(batch);
 * await importGraph(store, writer.finish(), importer);
 */
export async function importGraph(store: Store, files: GraphFiles, importer?: Importer): Promise<ImportTimings> {
  const own = ownNeo4j(store);
  if (!(await graphIsEmpty(store))) throw new BulkImportError(`a bulk import replaces the database, and database ${store.database} at ${store.uri} is not empty`);
  const { live, staging, aside, stagingName } = importFolders(own.options.home, store.database);
  const timings: ImportTimings = { import: 0, restart: 0, schema: 0, properties: 0, policies: 0 };
  const timed = async (step: keyof ImportTimings, work: () => Promise<unknown>) => {
    const started = performance.now();
    await work();
    timings[step] = (performance.now() - started) / 1000;
  };

  removeFolders(staging); // what an interrupted import may have left
  try {
    await timed("import", () => (importer ?? startImporter(own.options, files.dir)).run(stagingName, files));
  } catch (err) {
    removeFolders(staging);
    throw err;
  }
  let setAside = false;
  try {
    await timed("restart", () =>
      own.whileStopped(async () => {
        removeFolders(aside);
        moveFolders(live, aside);
        setAside = true;
        moveFolders(staging, live);
      }),
    );
    await timed("schema", () => applySchema(store));
    await timed("properties", () => setProperties(store, files));
    await timed("policies", () => movePolicies(store, files.titles));
  } catch (err) {
    const reason = err instanceof BulkImportError ? err.message : `the imported graph could not be made ready: ${(err as Error).message}`;
    if (setAside) await putBack(store, live, aside, reason);
    throw new BulkImportError(`${reason}; the database is as it was before the import`);
  } finally {
    graphChanged();
    removeFolders(staging);
  }
  // Only now: a folder set aside tells the next start that this import did not finish (folders.ts).
  removeFolders(aside);
  return timings;
}

async function movePolicies(store: Store, titles: GraphFiles["titles"]): Promise<void> {
  // Not even a query when no cited title matches: on a Neo4j just restarted, compiling its two took a second.
  if (titles.length === 0) return;
  const session = store.driver.session({ database: store.database });
  try {
    await session.executeWrite((tx) => movePoliciesToDocuments(tx, titles));
  } finally {
    await session.close();
  }
}

/** Properties the importer cannot write (empty lists and the like), set on the imported graph. */
async function setProperties(store: Store, files: GraphFiles): Promise<void> {
  const steps: [string, Row[]][] = [
    ["load/set-node-properties", files.nodeProperties],
    ["load/set-relationship-properties", files.relationshipProperties],
  ];
  for (const [query, rows] of steps) {
    for (const chunk of chunks(rows)) await store.driver.executeQuery(cypher(query), { rows: chunk }, { database: store.database });
  }
}

/** Rows in transactions of at most CHUNK_ROWS nodes or edges and about CHUNK_CHARS characters. */
function* chunks(rows: Row[]): Generator<Row[]> {
  let chunk: Row[] = [];
  let size = 0;
  let chars = 0;
  for (const row of rows) {
    chunk.push(row);
    size += Array.isArray(row.ids) ? row.ids.length : 1;
    for (const value of Object.values(row.props as Row)) chars += typeof value === "string" ? value.length : Array.isArray(value) ? value.length : 1;
    if (size >= CHUNK_ROWS || chars >= CHUNK_CHARS) {
      yield chunk;
      chunk = [];
      size = 0;
      chars = 0;
    }
  }
  if (chunk.length > 0) yield chunk;
}

/** Puts the database that was set aside back in place of the imported one. */
async function putBack(store: Store, live: string[], aside: string[], reason: string): Promise<void> {
  try {
    await store.ownNeo4j!.whileStopped(async () => {
      removeFolders(live);
      moveFolders(aside, live);
    });
  } catch (err) {
    throw new BulkImportError(
      `${reason}; putting the database from before the import back failed too: ${(err as Error).message}. ` +
        `Stop this program; if ${aside[0]} still exists, delete ${live.join(" and ")} and rename ${aside.join(" and ")} back to them`,
    );
  }
}
