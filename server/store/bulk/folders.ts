/**
 * The database folders a bulk import swaps while Neo4j is stopped. The importer writes
 * `<database>-bulk-import`; the swap sets the live database aside as
 * `<database>.before-bulk-import` and moves the import in its place; the folder set aside is
 * deleted only once the imported graph is ready. So a folder set aside at start-up means an
 * import was cut off (the process killed) after its swap: undoInterruptedImport puts it back.
 */
import fs from "node:fs";
import path from "node:path";

export interface ImportFolders {
  live: string[];
  staging: string[];
  aside: string[];
  /** The database name the importer writes (a valid one: letters, digits, dashes). */
  stagingName: string;
}

export function importFolders(home: string, database: string): ImportFolders {
  const stagingName = `${database}-bulk-import`;
  return { live: databaseFolders(home, database), staging: databaseFolders(home, stagingName), aside: databaseFolders(home, `${database}.before-bulk-import`), stagingName };
}

/**
 * Before the embedded Neo4j starts: if a bulk import was cut off after its swap, its half-ready
 * graph is dropped and the database from before it put back. True when that happened.
 */
export function undoInterruptedImport(home: string, database: string): boolean {
  const { live, aside, staging } = importFolders(home, database);
  removeFolders(staging);
  if (!fs.existsSync(aside[0]!)) return false;
  removeFolders(live);
  moveFolders(aside, live);
  return true;
}

/** A database of a Neo4j home is two folders: its store files and its transaction logs. */
function databaseFolders(home: string, database: string): string[] {
  return [path.join(home, "data", "databases", database), path.join(home, "data", "transactions", database)];
}

export function removeFolders(folders: string[]): void {
  for (const folder of folders) fs.rmSync(folder, { recursive: true, force: true });
}

export function moveFolders(from: string[], to: string[]): void {
  from.forEach((folder, i) => {
    if (fs.existsSync(folder)) fs.renameSync(folder, to[i]!);
  });
}
