// Custom node:test reporter that writes the totals as JSON, so CI can add
// them up. Use it next to a human-readable reporter:
//   node --test --test-reporter=spec --test-reporter-destination=stdout \
//     --test-reporter=./scripts/node-count-reporter.mjs \
//     --test-reporter-destination=test-results/node.json ...
//
// Suites (describe blocks) are not counted, only the tests inside them. A test
// file that fails to load shows up as one failed test. Cancelled tests count
// as failed.
export default async function* countReporter(source) {
  const counts = { passed: 0, failed: 0, skipped: 0, todo: 0, cancelled: 0 };
  const failures = [];

  for await (const event of source) {
    if (event.type !== 'test:pass' && event.type !== 'test:fail') continue;
    const data = event.data;
    if (data.details?.type === 'suite') {
      // A suite failing on its own (e.g. a throwing before hook) is reported
      // on the suite; count it so the run cannot look green.
      if (event.type === 'test:fail' && isOwnFailure(data)) {
        counts.failed += 1;
        failures.push(label(data));
      }
      continue;
    }
    if (data.skip !== undefined && data.skip !== false) counts.skipped += 1;
    else if (data.todo !== undefined && data.todo !== false) counts.todo += 1;
    else if (event.type === 'test:pass') counts.passed += 1;
    else {
      if (data.details?.error?.failureType === 'cancelledByParent') counts.cancelled += 1;
      counts.failed += 1;
      failures.push(label(data));
    }
  }

  yield `${JSON.stringify({ runner: 'node:test', ...counts, failures }, null, 2)}\n`;
}

function isOwnFailure(data) {
  const type = data.details?.error?.failureType;
  return type !== undefined && type !== 'subtestsFailed';
}

function label(data) {
  return data.file ? `${data.file}: ${data.name}` : data.name;
}
