// Prints the one closing line CI reads, "N passed, N failed", from the JSON reports of jest and
// vitest (the web app's component tests; its reporter writes jest's shape). A suite that could not
// run (syntax error, failed setup, a module that does not load) counts as one failure; so does a
// missing report (the runner itself did not run).
import { existsSync, readFileSync } from 'node:fs';

interface Report {
  numPassedTests: number;
  numFailedTests: number;
  /** jest only; vitest reports such a file as a failed one without test results. */
  numRuntimeErrorTestSuites?: number;
  testResults: { status: string; assertionResults: unknown[] }[];
}

const suitesThatDidNotRun = (report: Report): number =>
  report.numRuntimeErrorTestSuites ?? report.testResults.filter(({ status, assertionResults }) => status === 'failed' && assertionResults.length === 0).length;

let passed = 0;
let failed = 0;
for (const file of process.argv.slice(2)) {
  if (!existsSync(file)) {
    failed += 1;
    continue;
  }
  const report = JSON.parse(readFileSync(file, 'utf8')) as Report;
  passed += report.numPassedTests;
  failed += report.numFailedTests + suitesThatDidNotRun(report);
}
process.stdout.write(`${passed} passed, ${failed} failed\n`);
