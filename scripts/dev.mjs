// The two commands of the README. Each works as the first command on a fresh clone:
// it installs dependencies when the lockfile changed, builds, and reaches or starts Neo4j.
//   npm start  ->  node scripts/dev.mjs start [extra args for `dealgraph serve`]
//   npm test   ->  node scripts/dev.mjs test  [extra args for jest]
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const say = (line) => process.stderr.write(`dealgraph: ${line}\n`);

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', cwd: root, ...options });
  if (result.error) throw result.error;
  return result.status ?? 1;
}

const lockHash = () => createHash('sha256').update(readFileSync(join(root, 'package-lock.json'))).digest('hex');

/**
 * Installs dependencies when node_modules is missing or was installed from another lockfile.
 * `npm install` rather than `npm ci`: registries that lack some platforms' optional binaries
 * (@swc/core, turbo) leave those out of the lockfile, and `npm ci` then refuses the lockfile
 * as out of sync, while `npm install` installs exactly the locked versions for this platform.
 */
function ensureDependencies() {
  const stamp = join(root, 'node_modules', '.dealgraph-lock-hash');
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === lockHash()) return;
  say('installing dependencies (npm install from package-lock.json)…');
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  if (run(npm, ['install', '--no-audit', '--no-fund']) !== 0) {
    say('npm install failed: check the network access to the npm registry, then run the command again.');
    process.exit(1);
  }
  writeFileSync(stamp, lockHash());
}

function turbo(...tasks) {
  const bin = join(root, 'node_modules', '.bin', 'turbo');
  const status = run(bin, ['run', ...tasks, '--output-logs=errors-only']);
  if (status !== 0) {
    say(`turbo run ${tasks.join(' ')} failed (see above).`);
    process.exit(status);
  }
}

/** The TypeScript outside the workspace packages (benchmarks, the notebooks' test), which turbo does not see. */
function typecheckExtras() {
  const tsc = join(root, 'node_modules', '.bin', 'tsc');
  for (const project of ['bench', 'notebooks']) {
    if (run(tsc, ['-p', join(root, project, 'tsconfig.json')]) !== 0) {
      say(`typecheck of ${project}/ failed (see above).`);
      process.exit(1);
    }
  }
}

async function test(args) {
  ensureDependencies();
  turbo('build', 'typecheck', 'lint');
  typecheckExtras();
  process.exit(run(process.execPath, [join(root, 'scripts', 'run-jest.mjs'), ...args]));
}

async function start(args) {
  ensureDependencies();
  turbo('build');
  const env = { ...process.env };
  let neo4j;
  if (!env.NEO4J_URI) {
    const { startEmbeddedNeo4j } = await import('./neo4j/embedded.mjs');
    const port = Number(env.NEO4J_BOLT_PORT ?? 7687);
    say(`NEO4J_URI is not set: starting the embedded Neo4j on 127.0.0.1:${port}…`);
    try {
      neo4j = await startEmbeddedNeo4j({ port, log: (line) => say(`[neo4j] ${line}`) });
    } catch (error) {
      say(error instanceof Error ? error.message : String(error));
      process.exit(1);
    }
    Object.assign(env, { NEO4J_URI: neo4j.uri, NEO4J_USER: neo4j.user, NEO4J_PASSWORD: neo4j.password });
  }
  const cli = join(root, 'packages', 'cli', 'dist', 'main.js');
  const serveArgs = ['serve', '--ingest', join(root, 'corpus', 'samples'), ...args];
  const child = spawn(process.execPath, [cli, ...serveArgs], { stdio: 'inherit', cwd: root, env });

  let stopping = false;
  const stop = async (code) => {
    if (stopping) return;
    stopping = true;
    if (child.exitCode === null) child.kill('SIGTERM');
    await new Promise((done) => (child.exitCode === null ? child.once('exit', done) : done()));
    if (neo4j) await neo4j.stop();
    process.exit(code);
  };
  process.on('SIGINT', () => void stop(0));
  process.on('SIGTERM', () => void stop(0));
  child.on('exit', (code) => void stop(code ?? 0));
}

const [command, ...args] = process.argv.slice(2);
if (command === 'test') await test(args);
else if (command === 'start') await start(args);
else {
  say('usage: node scripts/dev.mjs start|test [args…]');
  process.exit(2);
}
