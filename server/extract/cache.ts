/**
 * Extractions kept on disk (#25), so that a re-ingest (`--force`, a fresh database, another Neo4j
 * server) extracts nothing that did not change. An entry is keyed on everything an extraction is
 * made from: the document's fingerprint (content hash, EXTRACTOR_VERSION, sidecar row), its id and
 * path, and a hash of the code that reads and extracts it (server/read, server/extract and the
 * shared schema, vocabularies included). A rule changed without a version bump therefore misses
 * the cache instead of serving an old graph.
 *
 * Entries live in one folder per code hash; folders of other code are removed when a cache is
 * opened, so the cache holds one extraction per document (about 100 kB each for the seeds).
 */
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Extraction } from "../schema/graph.js";

const SERVER = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const CODE_DIRS = ["read", "extract", "schema"].map((d) => path.join(SERVER, d));

let codeHash: string | null = null;

/** A hash of the reader, extractor and schema sources (tests excluded), read once per process. */
export function extractionCodeHash(): string {
  if (codeHash) return codeHash;
  const h = createHash("sha256");
  for (const file of CODE_DIRS.flatMap(sourcesUnder).sort()) {
    h.update(path.relative(SERVER, file)).update("\0").update(fs.readFileSync(file)).update("\0");
  }
  codeHash = h.digest("hex").slice(0, 16);
  return codeHash;
}

function sourcesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true, recursive: true }).flatMap((e) => {
    if (!e.isFile() || !/\.(?:ts|mjs|json)$/.test(e.name) || /\.test\.ts$/.test(e.name)) return [];
    return [path.join(e.parentPath, e.name)];
  });
}

/** The entry's file for one document: `dir/<code hash>/<key>.json`. */
function entryPath(dir: string, file: string, docId: string, fingerprint: string): string {
  const key = createHash("sha256").update(`${fingerprint}\0${docId}\0${path.resolve(file)}`).digest("hex");
  return path.join(dir, extractionCodeHash(), `${key}.json`);
}

/** The kept extraction of a document, or null (none, or unreadable: it is then made again). */
export function cachedExtraction(dir: string, file: string, docId: string, fingerprint: string): Extraction | null {
  try {
    return JSON.parse(fs.readFileSync(entryPath(dir, file, docId, fingerprint), "utf8")) as Extraction;
  } catch {
    return null;
  }
}

/**
 * Keeps an extraction. Written to a temporary file and renamed, so a reader never sees half an
 * entry; a cache that cannot be written (full disk, read-only folder) only costs speed.
 */
export function keepExtraction(dir: string, file: string, docId: string, fingerprint: string, extraction: Extraction): void {
  const target = entryPath(dir, file, docId, fingerprint);
  const temp = `${target}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  try {
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(temp, JSON.stringify(extraction));
    fs.renameSync(temp, target);
  } catch {
    fs.rmSync(temp, { force: true });
  }
}

/** Removes the entries of other code from `dir` (kept extractions no current run can use). */
export function pruneExtractionCache(dir: string): void {
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return;
  }
  const current = extractionCodeHash();
  for (const name of names) if (name !== current) fs.rmSync(path.join(dir, name), { recursive: true, force: true });
}
