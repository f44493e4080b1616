/**
 * Runs before `npm test`: the end-to-end tests drive Debian's Chromium through playwright-core,
 * which cannot download a browser of its own, and the HTML validity test runs the Nu checker
 * (vnu-jar) on a Java runtime, and the host test serves a built site with nginx and its Brotli
 * module, as the README's server block does. Installs what is missing when this process may (root with
 * apt-get); otherwise stops with the exact command to run.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const NGINX = '/usr/sbin/nginx';
const BROTLI_MODULE = '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so';

function run(command: string, args: string[]): boolean {
  return (
    spawnSync(command, args, {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    }).status === 0
  );
}

const hasCommand = (name: string) =>
  spawnSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' }).status === 0;

function main(): number {
  const packages: string[] = [];
  if (!existsSync(CHROMIUM) && process.env['CHROMIUM_PATH'] === undefined)
    packages.push('chromium');
  if (!hasCommand('java')) packages.push('default-jre-headless');
  if (!existsSync(NGINX)) packages.push('nginx');
  if (!existsSync(BROTLI_MODULE)) packages.push('libnginx-mod-http-brotli-static');
  if (existsSync(CHROMIUM) && packages.length === 0) return 0;
  const isRoot = process.getuid?.() === 0;
  if (packages.length > 0 && isRoot && hasCommand('apt-get')) {
    process.stderr.write(`Installing Debian's ${packages.join(' and ')} for the tests…\n`);
    if (
      run('apt-get', ['update', '-qq']) &&
      run('apt-get', ['install', '-y', '-qq', ...packages]) &&
      existsSync(CHROMIUM) &&
      hasCommand('java') &&
      existsSync(NGINX)
    ) {
      return 0;
    }
  }
  const command = `apt-get update && apt-get install -y ${packages.join(' ') || 'chromium'}`;
  process.stderr.write(
    `The tests need Chromium at ${CHROMIUM}, a Java runtime and nginx with its Brotli module. Install them with:\n\n    ${isRoot ? '' : 'sudo '}${command}\n\n` +
      'or set CHROMIUM_PATH to a Chromium or Chrome binary.\n',
  );
  return 1;
}

process.exitCode = main();
