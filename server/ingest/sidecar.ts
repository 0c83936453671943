/**
 * Finds and reads metadata sidecars: any .tsv or .csv in an ingested folder whose header has
 * a `file` column (SOURCES.tsv, a 北大法宝 export saved as CSV, a coding sheet). Column names
 * are matched in English or Chinese (标题, 发布部门, 发布日期, 地区, 发文字号 …); every other
 * column is kept as it is. A bad row, a row for a file that is not there and a file with no
 * row are reported, never fatal: the documents still load from their text.
 */
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { parse } from "csv-parse/sync";
import iconv from "iconv-lite";
import { decodeText } from "../read/decode.js";
import { columnKey, SIDECAR_COLUMNS, SidecarHints } from "../schema/sidecar.js";

export const SIDECAR_EXTENSIONS = [".tsv", ".csv"];

export interface SidecarReport {
  /** The sidecars read, relative to the working folder. */
  sidecars: string[];
  /** Rows whose file is not among the ingested files. */
  unknownFiles: string[];
  /** Ingested files in a sidecar's folder that no row names. */
  missingFiles: string[];
  /** Rows or whole files that could not be read, each with what to fix. */
  problems: string[];
}

export interface Sidecars {
  /** Absolute file path → what its row says. */
  byFile: Map<string, SidecarHints>;
  report: SidecarReport;
}

const FIELD_OF = new Map(Object.entries(SIDECAR_COLUMNS).flatMap(([field, names]) => names.map((n) => [n, field])));

/** The sidecars under the given folders (files named directly are not searched beside). */
export function readSidecars(inputs: string[], files: string[]): Sidecars {
  const byFile = new Map<string, SidecarHints>();
  const report: SidecarReport = { sidecars: [], unknownFiles: [], missingFiles: [], problems: [] };
  const known = new Set(files);
  for (const input of inputs) {
    if (!fs.statSync(input, { throwIfNoEntry: false })?.isDirectory()) continue;
    for (const entry of fs.readdirSync(input, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile() || !SIDECAR_EXTENSIONS.includes(path.extname(entry.name).toLowerCase())) continue;
      const sidecar = path.resolve(entry.parentPath, entry.name);
      const rows = readSidecar(sidecar, report.problems);
      if (!rows) continue;
      report.sidecars.push(path.relative(process.cwd(), sidecar));
      const folder = path.dirname(sidecar);
      for (const [file, hints] of rows) {
        const target = path.resolve(folder, file);
        if (!known.has(target)) report.unknownFiles.push(`${hints.source}: ${file}`);
        else if (byFile.has(target)) report.problems.push(`${hints.source}: ${file} already has a row in ${byFile.get(target)!.source}; this row is ignored`);
        else byFile.set(target, hints);
      }
      for (const file of files) {
        if (file.startsWith(folder + path.sep) && !byFile.has(file)) report.missingFiles.push(path.relative(process.cwd(), file));
      }
    }
  }
  report.missingFiles = [...new Set(report.missingFiles)].filter((f) => !byFile.has(path.resolve(f)));
  return { byFile, report };
}

/** A sidecar's rows by the file each names; null when the file is not a sidecar at all. */
export function readSidecar(file: string, problems: string[]): Map<string, SidecarHints> | null {
  const shown = path.relative(process.cwd(), file);
  const text = decode(fs.readFileSync(file), file);
  let records: string[][];
  try {
    records = parse(text, {
      delimiter: path.extname(file).toLowerCase() === ".tsv" ? "\t" : [",", ";"],
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
      bom: true,
    }) as string[][];
  } catch (err) {
    problems.push(`${shown}: not readable as ${path.extname(file).slice(1).toUpperCase()} (${(err as Error).message}); fix or remove it`);
    return null;
  }
  const header = (records[0] ?? []).map((h) => h.trim());
  const fields = header.map((h) => FIELD_OF.get(columnKey(h)));
  const fileColumn = fields.indexOf("file");
  if (fileColumn < 0) return null;
  const rows = new Map<string, SidecarHints>();
  records.slice(1).forEach((record, i) => {
    const source = `${shown} line ${i + 2}`;
    const name = record[fileColumn]?.trim();
    if (!name) return void problems.push(`${source}: the file column is empty; name the document's file`);
    const columns: Record<string, string> = {};
    const values: Partial<Record<string, string>> = {};
    header.forEach((h, c) => {
      const value = record[c]?.trim() ?? "";
      if (c === fileColumn || !h || !value) return;
      columns[h] = value;
      if (fields[c] && !values[fields[c]!]) values[fields[c]!] = value;
    });
    const date = values.publishedOn ? isoDate(values.publishedOn) : undefined;
    if (values.publishedOn && !date) problems.push(`${source}: date "${values.publishedOn}" is not a date (write 2017-03-05, 2017/3/5 or 2017年3月5日); ignored`);
    const parsed = SidecarHints.safeParse({
      title: values.title,
      issuers: values.issuers ? values.issuers.split(/[、，,;；\/\s]+/).filter(Boolean) : undefined,
      publishedOn: date ?? undefined,
      region: values.region,
      docNumber: values.docNumber,
      columns,
      source,
      hash: crypto.createHash("sha256").update(JSON.stringify([header, record])).digest("hex").slice(0, 16),
    });
    if (!parsed.success) return void problems.push(`${source}: ${parsed.error.issues.map((x) => `${x.path.join(".")}: ${x.message}`).join("; ")}`);
    rows.set(name, parsed.data);
  });
  return rows;
}

/** Spreadsheets save as UTF-8, GBK or UTF-16; a sheet without Chinese is plain UTF-8. */
function decode(bytes: Buffer, file: string): string {
  try {
    return decodeText(bytes, file).text;
  } catch {
    return iconv.decode(bytes, "utf-8");
  }
}

/** 2017-03-05, 2017/3/5, 2017.3.5, 2017年3月5日, 20170305, 2017-03 or 2017 → ISO; null otherwise. */
export function isoDate(value: string): string | null {
  const m = /^(\d{4})(?:[-/.年](\d{1,2})(?:[-/.月](\d{1,2})日?)?月?)?$/.exec(value.trim()) ?? /^(\d{4})(\d{2})(\d{2})$/.exec(value.trim());
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), m[2] ? Number(m[2]) : null, m[3] ? Number(m[3]) : null];
  if (mo !== null && (mo < 1 || mo > 12)) return null;
  if (d !== null && (d < 1 || d > new Date(Date.UTC(y, mo!, 0)).getUTCDate())) return null;
  const pad = (n: number) => String(n).padStart(2, "0");
  return [String(y), mo !== null ? pad(mo) : null, d !== null ? pad(d) : null].filter(Boolean).join("-");
}
