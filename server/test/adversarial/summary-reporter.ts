import type { Reporter, TestModule } from 'vitest/node';

const SUITE_FOLDER = '/server/test/adversarial/';

/**
 * Prints one line for the adversarial and fault suite after every run that includes it:
 * `adversarial suite: N passed, M failed` (skipped cases are listed too, so none hides).
 */
export default class AdversarialSummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    const suite = testModules.filter((module) => module.moduleId.includes(SUITE_FOLDER));
    if (suite.length === 0) return;
    const counts = { passed: 0, failed: 0, skipped: 0 };
    for (const module of suite) {
      const before = counts.failed;
      for (const test of module.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') counts.passed += 1;
        else if (state === 'failed') counts.failed += 1;
        else counts.skipped += 1;
      }
      // A file whose set-up failed fails as a whole, though its cases only show as skipped.
      if (module.state() === 'failed' && counts.failed === before) counts.failed += 1;
    }
    const skipped = counts.skipped > 0 ? `, ${counts.skipped} skipped` : '';
    process.stdout.write(`\nadversarial suite: ${counts.passed} passed, ${counts.failed} failed${skipped}\n`);
  }
}
