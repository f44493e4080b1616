/**
 * npm run preview [-- --port N] and npm start [-- --port N]: serves the built site on
 * 127.0.0.1. The port comes from --port, else the PORT environment variable, else 4321;
 * DIST_DIR serves another built site.
 */
import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const ROOT = resolve(import.meta.dirname, '..');
const USAGE = 'usage: npm run preview [-- --port N]   (or PORT=N npm run preview)';
export const DEFAULT_PORT = 4321;

/** The port to serve on, or a message saying what was expected. */
export function choosePort(
  flag: string | undefined,
  env: string | undefined,
): { port: number } | { error: string } {
  const [source, value] =
    flag !== undefined ? ['--port', flag] : env ? ['PORT', env] : [undefined, undefined];
  if (source === undefined || value === undefined) return { port: DEFAULT_PORT };
  const port = /^\d{1,5}$/.test(value) ? Number(value) : NaN;
  if (!(port >= 1 && port <= 65535)) {
    return {
      error: `${source}: expected a port number from 1 to 65535, found ${JSON.stringify(value)}`,
    };
  }
  return { port };
}

function main(): number | Promise<number> {
  let flag: string | undefined;
  try {
    flag = parseArgs({ options: { port: { type: 'string' } }, strict: true }).values.port;
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  const chosen = choosePort(flag, process.env['PORT']);
  if ('error' in chosen) {
    process.stderr.write(`${chosen.error}\n${USAGE}\n`);
    return 2;
  }
  const dist = resolve(process.env['DIST_DIR'] ?? join(ROOT, 'dist'));
  const preview = spawn(
    process.execPath,
    [
      join(ROOT, 'node_modules/astro/bin/astro.mjs'),
      'preview',
      '--host',
      '127.0.0.1',
      '--port',
      String(chosen.port),
      '--outDir',
      dist,
    ],
    { cwd: ROOT, stdio: 'inherit', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } },
  );
  // Stopping this command stops the server too, never leaving it behind on the port.
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.on(signal, () => preview.kill(signal));
  }
  return new Promise((done) => preview.on('exit', (code) => done(code ?? 1)));
}

if (import.meta.main) process.exitCode = await main();
