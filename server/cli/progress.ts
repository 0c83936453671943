/** The ingest progress bar and summary shared by `npm run ingest` and the start command. */
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
      const payload = { entities: p.entities, relations: p.relations, rate: Math.round(p.relations / Math.max(seconds, 0.001)), file: p.file.split("/").pop() };
      if (!startedBar) {
        bar.start(p.total, 0, payload);
        startedBar = true;
      }
      bar.update(p.done, payload);
    },
    stop: () => startedBar && bar.stop(),
  };
}

export function printSummary(s: IngestSummary): void {
  console.log(
    `ingested ${s.files} files in ${s.seconds.toFixed(1)}s: ${s.loaded} loaded, ${s.unchanged} unchanged, ${s.failed.length} failed; ` +
      `${s.entities} entities, ${s.relations} relations extracted`,
  );
  for (const f of s.failed) console.log(`  failed: ${f.file}: ${f.reason}`);
  if (s.warnings.length > 0) console.log(`  ${s.warnings.length} warnings (first: ${s.warnings[0]!.file}: ${s.warnings[0]!.warning})`);
}
