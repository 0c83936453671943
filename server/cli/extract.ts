/**
 * `npm run extract -- FILE... [--json]`: reads each file, runs the extraction pipeline and prints
 * either one Extraction JSON object per line (validated against the shared schema first) or a
 * readable summary. A file that cannot be read or extracted is reported on stderr, naming the
 * file and the reason; the batch goes on, and the exit code is 1 if any file failed.
 */
import { parseArgs } from "node:util";
import { extractDocument } from "../extract/index.js";
import { documentId } from "../ingest/files.js";
import { readDocument, ReadError } from "../read/index.js";
import { Extraction } from "../schema/graph.js";

const USAGE = "usage: npm run extract -- FILE... [--json]";

async function main() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { json: { type: "boolean" }, help: { type: "boolean", short: "h" } },
  });
  if (values.help || positionals.length === 0) {
    console.log(USAGE);
    process.exit(values.help ? 0 : 2);
  }
  let failed = 0;
  for (const file of positionals) {
    try {
      const read = await readDocument(file);
      // The id ingest gives the same file, so extract output and the graph agree.
      const extraction = Extraction.parse(extractDocument(read, documentId(file)));
      console.log(values.json ? JSON.stringify(extraction) : summarise(extraction));
    } catch (e) {
      failed++;
      const reason = e instanceof ReadError ? e.message : `${file}: extraction failed: ${(e as Error).message}`;
      console.error(`error: ${reason}`);
    }
  }
  if (failed > 0) process.exitCode = 1;
}

function summarise(x: Extraction): string {
  const names = new Map(x.entities.map((e) => [e.id, `${e.label}:${e.name}`]));
  const count = (keys: string[]) => {
    const m = new Map<string, number>();
    for (const k of keys) m.set(k, (m.get(k) ?? 0) + 1);
    return [...m].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${n}`).join(", ");
  };
  const lines = [
    `== ${x.document.sourceFile} (${x.document.id})`,
    `title:    ${x.document.title}`,
    `issuers:  ${x.document.issuers.join("; ") || "—"}`,
    `date:     ${x.document.publishedOn ?? "—"}    文号: ${x.document.docNumber ?? "—"}    region: ${x.document.region ?? "—"}`,
    `entities: ${x.entities.length} (${count(x.entities.map((e) => e.label))})`,
    `relations: ${x.relations.length} (${count(x.relations.map((r) => r.type))})`,
  ];
  const seen = new Set<string>();
  const examples = x.relations.filter((r) => r.type !== "MENTIONS" && r.quote && !seen.has(r.type) && seen.add(r.type));
  if (examples.length > 0) lines.push("examples:");
  for (const r of examples) {
    const from = r.from === x.document.id ? "Document" : names.get(r.from) ?? r.from;
    const props = Object.keys(r.props).length > 0 ? ` ${JSON.stringify(r.props)}` : "";
    lines.push(`  ${r.type} ${from} → ${names.get(r.to) ?? r.to}${props}`, `    “${r.quote!.length > 90 ? `${r.quote!.slice(0, 90)}…` : r.quote}”`);
  }
  for (const w of x.warnings) lines.push(`warning: ${w}`);
  return lines.join("\n");
}

await main();
