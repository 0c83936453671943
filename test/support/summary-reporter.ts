/**
 * Ends a test run with the plain line `N passed, N failed, N skipped`, which CI reads to tell
 * a run that tested something from one that ran no test.
 */
import type { Reporter, TestModule } from "vitest/node";

export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    const counts = { passed: 0, failed: 0, skipped: 0, pending: 0 };
    for (const module of testModules) {
      for (const test of module.children.allTests()) counts[test.result().state]++;
    }
    const failedModules = testModules.filter((m) => m.state() === "failed" && m.children.size === 0).length;
    console.log(`\n${counts.passed} passed, ${counts.failed + failedModules} failed, ${counts.skipped + counts.pending} skipped`);
  }
}
