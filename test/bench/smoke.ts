/**
 * Smoke mode of the benchmarks: `--smoke` on the command line or BENCH_SMOKE=1 runs the
 * smallest size for one short round, so that test/integration/bench-smoke.test.ts can run every
 * benchmark in `npm test` and a benchmark can no longer break unseen. Its figures mean nothing.
 */
export const SMOKE = process.argv.includes("--smoke") || process.env.BENCH_SMOKE === "1";

/** `full` normally, `smoke` in smoke mode. */
export function smokeOr<T>(smoke: T, full: T): T {
  return SMOKE ? smoke : full;
}
