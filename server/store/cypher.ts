/**
 * Queries live in cypher/*.cypher; this reads them once and splits multi-statement files.
 * Nothing here or anywhere else builds Cypher from user input: values go in as parameters.
 */
import fs from "node:fs";
import path from "node:path";
import { PROJECT_ROOT } from "../config.js";

const CYPHER_DIR = path.join(PROJECT_ROOT, "cypher");
const cache = new Map<string, string[]>();

/** The statements of `cypher/<name>.cypher`, comments removed, in file order. */
export function cypherStatements(name: string): string[] {
  let statements = cache.get(name);
  if (!statements) {
    const file = path.join(CYPHER_DIR, `${name}.cypher`);
    const source = fs.readFileSync(file, "utf8");
    statements = source
      .split("\n")
      .filter((line) => !line.trimStart().startsWith("//"))
      .join("\n")
      .split(/;\s*(?:\n|$)/)
      .map((s) => s.trim())
      .filter((s) => s.length > 0);
    if (statements.length === 0) throw new Error(`${file} holds no Cypher statement`);
    cache.set(name, statements);
  }
  return statements;
}

/** The one statement of `cypher/<name>.cypher`. */
export function cypher(name: string): string {
  const statements = cypherStatements(name);
  if (statements.length !== 1) throw new Error(`cypher/${name}.cypher holds ${statements.length} statements where one was expected`);
  return statements[0]!;
}
