// The notebooks' Python: a virtual environment built once from notebooks/requirements.txt and
// reused while that file (and the Python that built it) stays the same.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export interface EnsureVenvOptions {
  /** Folder of the environment, e.g. `<repo>/.venv-notebooks` (git-ignored). */
  dir: string;
  /** The requirements file to install. */
  requirements: string;
  /** Python to build it with. Default: `python3`. */
  python?: string;
  /** Progress lines, e.g. to stderr. */
  log?: (line: string) => void;
}

/** Runs a command, its output passed through to `log` line by line; rejects on a non-zero exit. */
export function run(command: string, args: string[], options: { env?: NodeJS.ProcessEnv; cwd?: string; log?: (line: string) => void } = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env: options.env ?? process.env, cwd: options.cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      for (const line of chunk.toString().split('\n')) if (line.trim()) options.log?.(line);
    });
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolve(stdout);
      else reject(Object.assign(new Error(`${command} ${args.join(' ')} exited with ${code}\n${stderr.slice(-4000)}`), { stdout, code }));
    });
  });
}

/** Returns the environment's python, installing the requirements first when they changed. */
export async function ensureVenv(options: EnsureVenvOptions): Promise<string> {
  const log = options.log ?? (() => {});
  const basePython = options.python ?? 'python3';
  const venvPython = join(options.dir, process.platform === 'win32' ? 'Scripts/python.exe' : 'bin/python');
  const stamp = join(options.dir, '.requirements-sha256');
  const version = (await run(basePython, ['-c', 'import sys; print(sys.version)'])).trim();
  const hash = createHash('sha256').update(await readFile(options.requirements)).update(version).digest('hex');

  if (existsSync(venvPython) && existsSync(stamp) && (await readFile(stamp, 'utf8')) === hash) {
    log(`reusing ${options.dir} (requirements unchanged)`);
    return venvPython;
  }
  const started = Date.now();
  log(`building ${options.dir} with Python ${version.split(' ')[0]}: pip install -r ${options.requirements} (a minute or two on a fresh machine)…`);
  await rm(options.dir, { recursive: true, force: true });
  await run(basePython, ['-m', 'venv', options.dir], { log });
  await run(venvPython, ['-m', 'pip', 'install', '--disable-pip-version-check', '--no-input', '--progress-bar', 'off', '-q', '-r', options.requirements], { log });
  // Written last: an interrupted install leaves no stamp and is redone next time.
  await writeFile(stamp, hash);
  log(`installed in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  return venvPython;
}
