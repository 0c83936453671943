/**
 * Every benchmark in smoke mode (test/bench/smoke.ts: the smallest size, one short round), so
 * that a benchmark broken by a change fails `npm test` instead of the next person who runs it.
 * Only that each completes and prints its figures line is asserted; its figures mean nothing here.
 * The benchmarks that need a Neo4j run on the test run's (test/bench/neo4j.ts, BENCH_NEO4J_URI),
 * emptied by each; only bench:ingest starts one of its own, since its bulk load restarts it.
 */
import { execFile } from "node:child_process";
import fs from "node:fs";
import { promisify } from "node:util";
import { describe, expect, inject, it } from "vitest";

const run = promisify(execFile);

/** Each script under test/bench with a line its report always prints. */
const BENCHES: [script: string, figures: RegExp][] = [
  ["extract.ts", /^per core, warm: +cpu [\d.]+ s: [\d.]+ MB\/s/m],
  ["similarity.ts", /^synthetic, all pairs: 20 documents .* \d+ pairs, wall [\d.]+ s/m],
  ["ui.ts", /^ +1000 +\d+ +\d+ ms +\d+ ms +[\d.]+ +[\d.]+$/m],
  ["api.ts", /^search +\| +[\d.]+ \| +[\d.]+ \|/m],
  ["ingest.ts", /^ {2}transactions \d+ \(one at a time \d+, [\d.]+×\) vs bulk \d+ relationships\/s; load average [\d. ]+; graph checksums equal/m],
  ["soak.ts", /^latency +p50 \d+ ms, p90 \d+ ms, p99 \d+ ms/m],
  ["analyses.ts", /^adoption +city +[\d.]+ +[\d.]+$/m],
];

/** The files of test/bench that are shared by the benchmarks rather than benchmarks. */
const HELPERS = new Set(["api-process.ts", "autocannon.d.ts", "neo4j.ts", "smoke.ts", "synthetic.ts"]);

describe("benchmarks in smoke mode", () => {
  it("covers every benchmark in test/bench", () => {
    const scripts = fs.readdirSync("test/bench").filter((f) => f.endsWith(".ts") && !HELPERS.has(f));
    expect(scripts.sort()).toEqual(BENCHES.map(([script]) => script).sort());
  });

  for (const [script, figures] of BENCHES) {
    it(`runs test/bench/${script} --smoke to its figures`, { timeout: 600_000 }, async () => {
      const n = inject("neo4j");
      const env = { ...process.env, BENCH_NEO4J_URI: n.uri, BENCH_NEO4J_USER: n.user, BENCH_NEO4J_PASSWORD: n.password };
      const { stdout } = await run(process.execPath, ["--import", "tsx", `test/bench/${script}`, "--smoke"], { env, maxBuffer: 16 * 1024 * 1024, timeout: 590_000 });
      expect(stdout).toMatch(figures);
    });
  }
});
