/** The ingest progress bar and summary shared by `npm run ingest` and the start command. */
import path from "node:path";
import cliProgress from "cli-progress";
import type { IngestProgress, IngestSummary } from "../ingest/index.js";

export function progressBar(): { update: (p: IngestProgress) => void; stop: () => void } {
  const started = performance.now();
  const bar = new cliProgress.SingleBar(
    {
      format: "  {bar} {value}/{total} files | {entities} entities | {relations} relations | {rate} rel/s | {file}",
      hideCursor: true,
      noTTYOutput: true,
      notTTYSchedule: 5000,
    },
    cliProgress.Presets.shades_classic,
  );
  let startedBar = false;
  return {
    update(p) {
      const seconds = (performance.now() - started) / 1000;
      const payload = { entities: p.entities, relations: p.relations, rate: Math.round(p.relations / Math.max(seconds, 0.001)), file: printable(path.basename(p.file)) };
      if (!startedBar) {
        bar.start(p.total, 0, payload);
        startedBar = true;
      }
      bar.update(p.done, payload);
    },
    stop: () => startedBar && bar.stop(),
  };
}

/**
 * A line safe to print: control and bidirectional-format characters (from file names, which may
 * hold any byte but / and NUL) shown as \u escapes, so that no name can move the cursor, clear the
 * screen or reorder what the terminal shows.
 */
export function printable(line: string): string {
  return line.replace(/[\p{Cc}\p{Cf}]/gu, (c) => `\\u${c.codePointAt(0)!.toString(16).padStart(4, "0")}`);
}

const say = (line: string) => console.log(printable(line));

export function printSummary(s: IngestSummary): void {
  say(
    `ingested ${s.files} files in ${s.seconds.toFixed(1)}s: ${s.loaded} loaded, ${s.unchanged} unchanged, ${s.failed.length} failed, ${s.cached} extractions reused; ` +
      `${s.entities} entities, ${s.relations} relations extracted`,
  );
  for (const f of s.failed) say(`  failed (${f.code}): ${f.file}: ${f.reason}`);
  if (s.warnings.length > 0) say(`  ${s.warnings.length} warnings (first: ${s.warnings[0]!.file}: ${s.warnings[0]!.warning})`);
  const { sidecars, unknownFiles, missingFiles, problems } = s.sidecar;
  if (sidecars.length > 0) say(`  metadata sidecars: ${sidecars.join(", ")}`);
  listed("sidecar rows naming no ingested file", unknownFiles);
  listed("files in a sidecar's folder without a row", missingFiles);
  listed("sidecar problems", problems);
  listed(
    "text and sidecar disagree",
    s.disagreements.map((d) => `${path.basename(d.file)} ${d.field}: text "${d.text}" / sidecar "${d.sidecar}" (kept the ${d.kept}'s)`),
  );
}

/** A heading with the count and the first few items; the rest are counted, not printed. */
function listed(heading: string, items: string[], shown = 10): void {
  if (items.length === 0) return;
  say(`  ${heading} (${items.length}):`);
  for (const item of items.slice(0, shown)) say(`    ${item}`);
  if (items.length > shown) console.log(`    … and ${items.length - shown} more`);
}
