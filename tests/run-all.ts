/**
 * Runs every suite (lint, types, unit, build, end-to-end), keeps going past a failure so one
 * run shows everything, and ends with the one line CI reads: `N passed, N failed`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

interface Tally {
  passed: number;
  failed: number;
}

const REPORTS = 'reports';
rmSync(REPORTS, { recursive: true, force: true });
mkdirSync(REPORTS, { recursive: true });

function run(command: string, args: string[], env: Record<string, string> = {}): boolean {
  process.stderr.write(`\n▶ ${command} ${args.join(' ')}\n`);
  const result = spawnSync(command, args, {
    stdio: 'inherit',
    env: { ...process.env, TZ: 'UTC', ...env },
  });
  return result.status === 0;
}

/** A step that is one check: it passes or fails as a whole. */
function check(command: string, args: string[]): Tally {
  return run(command, args) ? { passed: 1, failed: 0 } : { passed: 0, failed: 1 };
}

/** A suite whose per-test counts come from its JSON report; a crash with no report is one failure. */
function suite(
  command: string,
  args: string[],
  report: string,
  count: (json: unknown) => Tally,
  env: Record<string, string> = {},
): Tally {
  const ok = run(command, args, env);
  if (!existsSync(report)) return { passed: 0, failed: 1 };
  const tally = count(JSON.parse(readFileSync(report, 'utf8')));
  return !ok && tally.failed === 0 ? { ...tally, failed: 1 } : tally;
}

const tallies: [string, Tally][] = [];
tallies.push(['lint', check('npx', ['eslint', '.', '--max-warnings', '0'])]);
tallies.push(['format', check('npx', ['prettier', '--check', '.'])]);
tallies.push(['types', check('npx', ['tsc', '--noEmit'])]);
tallies.push([
  'unit',
  suite(
    'npx',
    [
      'vitest',
      'run',
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${REPORTS}/unit.json`,
    ],
    `${REPORTS}/unit.json`,
    (json) => {
      const r = json as { numPassedTests: number; numFailedTests: number };
      return { passed: r.numPassedTests, failed: r.numFailedTests };
    },
  ),
]);
const built = check('npm', ['run', 'build']);
tallies.push(['build', built]);
if (built.passed) {
  tallies.push([
    'e2e',
    suite(
      'npx',
      ['playwright', 'test'],
      `${REPORTS}/e2e.json`,
      (json) => {
        const stats = (json as { stats: { expected: number; unexpected: number; flaky: number } })
          .stats;
        return { passed: stats.expected + stats.flaky, failed: stats.unexpected };
      },
      // The build above is what the browser tests serve: no second build.
      { E2E_PREBUILT: '1' },
    ),
  ]);
} else {
  tallies.push(['e2e', { passed: 0, failed: 1 }]);
}

const total = tallies.reduce(
  (sum, [, t]) => ({ passed: sum.passed + t.passed, failed: sum.failed + t.failed }),
  {
    passed: 0,
    failed: 0,
  },
);
process.stdout.write('\n');
for (const [name, t] of tallies)
  process.stdout.write(`${name.padEnd(8)} ${t.passed} passed, ${t.failed} failed\n`);
process.stdout.write(`${total.passed} passed, ${total.failed} failed\n`);
process.exitCode = total.failed > 0 ? 1 : 0;
