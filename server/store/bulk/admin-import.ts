/**
 * `neo4j-admin database import full` from the jars the embedded Neo4j runs on, into a database
 * folder of its home, in a JVM of its own (server/store/embedded/WarmImporter.java) started as
 * soon as the files are to be written: it warms up while they are. The importer writes a
 * database of its own, so the running Neo4j is left alone while it works; ./index.ts swaps the
 * folders afterwards.
 */
import { spawn } from "node:child_process";
import path from "node:path";
import { NEO4J_CLASSES, NEO4J_LIB, type EmbeddedOptions } from "../embedded.js";
import { ARRAY_DELIMITER_OPTION, DELIMITER_OPTION, QUOTE_OPTION } from "./csv.js";
import { BulkImportError } from "./errors.js";
import type { GraphFiles } from "./write.js";

export interface Importer {
  /** Imports `files` (which must be in the folder the importer was started in) as database `database`, which must not exist yet. */
  run(database: string, files: GraphFiles): Promise<void>;
  /** Lets the importer go without importing anything, if it has not run. */
  close(): void;
}

/** Starts the importer for the Neo4j home in `neo4j.home`, in `dir`, where the files are to be written. */
export function startImporter(neo4j: EmbeddedOptions, dir: string): Importer {
  const args = [
    `-Xmx${neo4j.heap}`,
    // A short-lived batch JVM: the throughput collector and the quick compiler only took the
    // import of 1,000 synthetic documents (326,005 relationships) from 12.3 to 10.0 s on 2 cores.
    "-XX:+UseParallelGC",
    "-XX:TieredStopAtLevel=1",
    "-cp",
    `${NEO4J_CLASSES}${path.delimiter}${path.join(NEO4J_LIB, "*")}`,
    "WarmImporter",
    neo4j.home,
  ];
  // The home is given; a NEO4J_CONF of the user's could point the importer's configuration elsewhere.
  const { NEO4J_CONF: _ignored, ...env } = process.env;
  // In dir: the file arguments are relative to it (see run).
  const child = spawn("java", args, { cwd: dir, env, stdio: ["pipe", "pipe", "pipe"] });
  let out = "";
  let err = "";
  child.stdout.on("data", (chunk: Buffer) => (out = (out + chunk.toString()).slice(-4000)));
  child.stderr.on("data", (chunk: Buffer) => (err = (err + chunk.toString()).slice(-64_000)));
  // An exit before run() is asked for is reported by run(); until then, no unhandled error.
  child.stdin.on("error", () => undefined);
  const exited = new Promise<void>((resolve, reject) => {
    child.once("error", (e) => reject(new BulkImportError(`could not run java for neo4j-admin import: ${e.message}; install openjdk-17-jdk-headless`)));
    child.once("exit", (code, signal) => {
      if (code === 0) resolve();
      else reject(new BulkImportError(`neo4j-admin import exited with ${signal ?? `code ${code}`}: ${importFailure(err, out)}`));
    });
  });
  exited.catch(() => undefined);
  let asked = false;

  return {
    run(database, files) {
      if (asked) throw new Error("an importer imports once; start another");
      if (path.resolve(files.dir) !== path.resolve(dir)) throw new Error(`the importer was started in ${dir}, and the files are in ${files.dir}`);
      asked = true;
      const multiline = files.nodes.filter((n) => n.multiline).map((n) => n.file);
      const importArgs = [
        database,
        // Paths relative to dir: the importer reads them as regular expressions and splits lists
        // at commas, and the temporary folder's name is not ours.
        ...files.nodes.map((n) => `--nodes=${n.labels.join(":")}=${n.file}`),
        ...files.relationships.map((r) => `--relationships=${r.type}=${r.file}`),
        `--delimiter=${DELIMITER_OPTION}`,
        `--quote=${QUOTE_OPTION}`,
        `--array-delimiter=${ARRAY_DELIMITER_OPTION}`,
        // Fields span lines only in these files (see csv.ts), read in parallel all the same (v2).
        ...(multiline.length > 0 ? [`--multiline-fields=${multiline.join(",")}`, "--multiline-fields-format=v2"] : []),
        readBufferOption(files.longestRow),
        // Our CSV is meant to be fault-free: a single bad entry is a bug, and fails the import.
        "--bad-tolerance=0",
        `--report-file=${path.join(files.dir, "import.report")}`,
        // Only with --verbose does the importer say which line of which file is wrong.
        "--verbose",
      ];
      child.stdin.end(`${importArgs.join("\n")}\n\n`);
      return exited;
    },
    close() {
      if (!asked) child.stdin.end();
    },
  };
}

/** The smallest read buffer given to the importer (its default is 4 MiB). */
const MIN_READ_BUFFER = 1024 * 1024;

/**
 * The importer's read buffer, in characters: twice the longest row, so that any row fits in
 * one, and at least MIN_READ_BUFFER. Before importing, the importer parses a first buffer of
 * every file to estimate sizes; with 4 MiB buffers, that was most of the 1,000 synthetic
 * documents' 65 MB of CSV (1.7 s), and with 1 MiB buffers the import took 0.6-1.0 s less.
 * A document of more than 4 MiB characters, which the default refused, now fits too.
 */
function readBufferOption(longestRow: number): string {
  return `--read-buffer-size=${Math.max(MIN_READ_BUFFER, 2 * longestRow)}`;
}

/**
 * The importer's reason in one line: for bad input, the file, line and what is wrong with it
 * (--verbose prints them as "data source: …[source:FILE, position:N, line:L]" and
 * "original error: …"); otherwise its messages without the stack trace.
 */
export function importFailure(stderr: string, stdout: string): string {
  const source = /data source: \S+\[source:([^,\]]+), position:\d+, line:(\d+)\]/.exec(stderr);
  const original = /original error: (.+)/.exec(stderr);
  if (original) return `${source ? `${path.basename(source[1]!)} line ${source[2]}: ` : ""}${original[1]!.trim()}`;
  const messages = stderr
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith("at ") && !/^\.\.\. \d+ more$/.test(line) && !line.startsWith("WARNING Import failed") && !line.startsWith("Run with"));
  return (messages.length > 0 ? messages.slice(0, 6).join(" | ") : stdout.trim().split("\n").slice(-3).join(" | ")).slice(0, 1500);
}
