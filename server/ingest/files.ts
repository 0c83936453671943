/** Which files an ingest reads, and the document id each one gets. */
import fs from "node:fs";
import path from "node:path";

export const SUPPORTED_EXTENSIONS = [".txt", ".text", ".html", ".htm", ".docx", ".pdf"];

export class IngestInputError extends Error {
  override name = "IngestInputError";
}

/**
 * Expands files and folders (recursively) into the supported files, sorted for a stable
 * order. A folder's other files (README.md, SOURCES.tsv) are passed over; a file named
 * explicitly is kept whatever its extension, so that reading it reports what is wrong.
 */
export function collectFiles(inputs: string[]): string[] {
  const out: string[] = [];
  for (const input of inputs) {
    const stat = fs.statSync(input, { throwIfNoEntry: false });
    if (!stat) throw new IngestInputError(`${input}: no such file or folder`);
    if (stat.isFile()) {
      out.push(path.resolve(input));
      continue;
    }
    for (const entry of fs.readdirSync(input, { recursive: true, withFileTypes: true })) {
      if (entry.isFile() && SUPPORTED_EXTENSIONS.includes(path.extname(entry.name).toLowerCase())) {
        out.push(path.resolve(entry.parentPath, entry.name));
      }
    }
  }
  return [...new Set(out)].sort();
}

/**
 * A document's id is its file name without extension, so that an edited or moved file keeps
 * its id and replaces its own document (a namesake in another folder is refused, see ingest). Characters other than letters, digits, CJK, _ and - become _.
 */
export function documentId(file: string): string {
  const base = path.basename(file, path.extname(file));
  const id = base.replace(/[^\p{L}\p{N}_-]+/gu, "_").replace(/^_+|_+$/g, "").slice(0, 120);
  return id || "document";
}
