// Runs jest with native ES modules (jest needs the VM-modules flag for that).
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const jestBin = createRequire(resolve(root, 'package.json')).resolve('jest/package.json').replace(/package\.json$/, 'bin/jest.js');
// In CI a handle left open by one test (a socket, a timer) must not hold the run until
// CI's time limit: jest then says so and exits. Locally, jest's warning is left to show it.
const ciFlags = process.env.CI ? ['--forceExit'] : [];
const result = spawnSync(
  process.execPath,
  ['--experimental-vm-modules', '--no-warnings=ExperimentalWarning', jestBin, '--config', resolve(root, 'jest.config.mjs'), ...ciFlags, ...process.argv.slice(2)],
  { stdio: 'inherit', cwd: root },
);
process.exit(result.status ?? 1);
