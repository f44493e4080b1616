/**
 * Runs a command and measures its wall time, its CPU time (user and system, the command and
 * every process it waited for) and the peak memory of its whole process tree: the resident
 * memory of the process and every descendant, summed, sampled from /proc. (maxRSS of the
 * process alone misses shards and workers running side by side.) On a shared machine the wall
 * time depends on the neighbours; the CPU time much less.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const TIME = '/usr/bin/time';

export interface Measured {
  ms: number;
  /** Null where GNU time is not installed. */
  cpuMs: number | null;
  /** Null where /proc is not available. */
  peakBytes: number | null;
  status: number;
  stdout: string;
  stderr: string;
}

const PAGE_BYTES = 4096;
const SAMPLE_MS = 100;

/** Resident bytes of `root` and all its descendants, from /proc. */
export function treeResidentBytes(root: number): number {
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // The command name may hold spaces and parentheses: the fields after it are fixed.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const parent = Number(fields[1]);
      const list = children.get(parent) ?? [];
      list.push(Number(name));
      children.set(parent, list);
    } catch {
      // The process ended between listing and reading.
    }
  }
  let bytes = 0;
  const queue = [root];
  for (let pid = queue.pop(); pid !== undefined; pid = queue.pop()) {
    try {
      const statm = readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ');
      bytes += Number(statm[1]) * PAGE_BYTES;
    } catch {
      continue;
    }
    queue.push(...(children.get(pid) ?? []));
  }
  return bytes;
}

export function runMeasured(
  command: string,
  args: string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv },
): Promise<Measured> {
  const hasProc = existsSync('/proc/self/statm');
  const timed = existsSync(TIME);
  const scratch = mkdtempSync(join(tmpdir(), 'measure-'));
  const report = join(scratch, 'time');
  const [file, argv] = timed
    ? [TIME, ['-f', '%U %S', '-o', report, command, ...args]]
    : [command, args];
  const cpu = () => {
    if (!timed || !existsSync(report)) return null;
    const [user, system] = readFileSync(report, 'utf8').trim().split(/\s+/).slice(-2).map(Number);
    return ((user ?? NaN) + (system ?? NaN)) * 1000;
  };
  return new Promise((done, fail) => {
    const started = performance.now();
    const child = spawn(file, argv, {
      cwd: options.cwd,
      env: { ...process.env, ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    let peak = 0;
    const sample = () => {
      if (hasProc && child.pid !== undefined) {
        peak = Math.max(peak, treeResidentBytes(child.pid));
      }
    };
    const timer = setInterval(sample, SAMPLE_MS);
    child.on('error', (error) => {
      clearInterval(timer);
      fail(error);
    });
    child.on('close', (code) => {
      clearInterval(timer);
      const cpuMs = cpu();
      rmSync(scratch, { recursive: true, force: true });
      done({
        ms: performance.now() - started,
        cpuMs,
        peakBytes: hasProc ? peak : null,
        status: code ?? 1,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
      });
    });
  });
}
