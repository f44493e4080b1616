/**
 * Runs before `npm test`: the end-to-end tests drive Debian's Chromium through playwright-core,
 * which cannot download a browser of its own. Installs the package when it is missing and this
 * process may (root with apt-get); otherwise stops with the exact command to run.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const COMMAND = 'apt-get update && apt-get install -y chromium';

function run(command: string, args: string[]): boolean {
  return (
    spawnSync(command, args, {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    }).status === 0
  );
}

function main(): number {
  if (existsSync(CHROMIUM)) return 0;
  const isRoot = process.getuid?.() === 0;
  const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
  if (process.env['CHROMIUM_PATH'] === undefined && isRoot && hasApt) {
    process.stderr.write(
      `Chromium is missing at ${CHROMIUM}; installing Debian's package for the end-to-end tests…\n`,
    );
    if (
      run('apt-get', ['update', '-qq']) &&
      run('apt-get', ['install', '-y', '-qq', 'chromium']) &&
      existsSync(CHROMIUM)
    ) {
      return 0;
    }
  }
  process.stderr.write(
    `The end-to-end tests need Chromium at ${CHROMIUM}. Install it with:\n\n    ${isRoot ? '' : 'sudo '}${COMMAND}\n\n` +
      'or set CHROMIUM_PATH to a Chromium or Chrome binary.\n',
  );
  return 1;
}

process.exitCode = main();
