// Real Neo4j Community 5.26 for dev and tests, without Docker: a tiny Java launcher (./launcher)
// runs Neo4j embedded with only a Bolt connector. Node built-ins only, so it works before `npm install`.
//
//   node scripts/neo4j/embedded.mjs [--port 7687] [--data DIR] [--heap 1g]
//
// Needs JDK 17+ and Maven on PATH; the first build downloads Neo4j from Maven Central into ~/.m2.
import { spawn, execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { access, constants, mkdir, mkdtemp, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import net from 'node:net';
import { delimiter, dirname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));
const REPO = resolve(HERE, '..', '..');
const LAUNCHER = join(HERE, 'launcher');
const TARGET = join(LAUNCHER, 'target');
const CLASSES = join(TARGET, 'classes');
const CLASSPATH_FILE = join(TARGET, 'classpath.txt');
const STAMP_FILE = join(TARGET, 'build.sha256');
const MAIN_CLASS = 'dev.dealgraph.neo4j.EmbeddedNeo4j';
const READY = 'DEALGRAPH_NEO4J_READY ';
const START_TIMEOUT_MS = 120_000;
const STOP_TIMEOUT_MS = 30_000;

// JVM flags Neo4j 5's own launcher adds (its neo4j.conf `server.jvm.additional`): the page cache
// and Netty reach into NIO internals (DirectByteBuffer, sun.nio.ch); without the opens they fall
// back to slower code paths and log warnings. The rest mirror its defaults that matter here.
const JVM_FLAGS = [
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '--enable-native-access=ALL-UNNAMED',
  '-Dio.netty.tryReflectionSetAccessible=true',
  '-Djdk.nio.maxCachedBufferSize=1024',
  '-Dlog4j2.disable.jmx=true',
  '-XX:+UseG1GC',
  '-XX:-OmitStackTraceInFastThrow',
  '-XX:+DisableExplicitGC',
  // This JVM lives for a test run or a dev session, not for months: C2 (one compiler thread on
  // two cores) fell behind on Neo4j's code and took 19–24 s of its 43–56 s CPU in bench:ingest's
  // bulk phase. Four times HotSpot's tier-4 thresholds send only the hotter methods to C2 (the
  // rest stay C1-compiled): JIT 19 s instead of 23 s, queries and commits no slower (see README).
  '-XX:Tier4InvocationThreshold=20000',
  '-XX:Tier4CompileThreshold=60000',
  '-XX:Tier4BackEdgeThreshold=160000',
  // A broken test database should die loudly, not limp on.
  '-XX:+ExitOnOutOfMemoryError',
];

const INSTALL_HINT = [
  'The embedded Neo4j needs a JDK 17+ (`java`) and Maven 3.6+ (`mvn`) on PATH,',
  '  e.g. `apt-get install openjdk-17-jdk-headless maven` (or set JAVA_HOME).',
  'Alternatively point at a running Neo4j 5 and skip the embedded one:',
  '  NEO4J_URI=bolt://localhost:7687 NEO4J_USER=neo4j NEO4J_PASSWORD=... (e.g. `docker compose up neo4j`).',
].join('\n');

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function isExecutable(file) {
  try {
    await access(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

async function which(cmd) {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (dir && (await isExecutable(join(dir, cmd)))) return join(dir, cmd);
  }
  return null;
}

/** Path of a Java 17+ executable (JAVA_HOME first, then PATH); throws an Error with install hints. */
export async function findJava() {
  const home = process.env.JAVA_HOME && join(process.env.JAVA_HOME, 'bin', 'java');
  const java = home && (await isExecutable(home)) ? home : await which('java');
  if (!java) throw new Error(`No \`java\` found.\n${INSTALL_HINT}`);
  const { stderr } = await new Promise((res, rej) =>
    execFile(java, ['-version'], (err, stdout, stderr) => (err ? rej(err) : res({ stdout, stderr }))),
  );
  const m = /version "(\d+)(?:\.(\d+))?/.exec(stderr);
  const major = m ? (m[1] === '1' ? Number(m[2]) : Number(m[1])) : 0;
  if (major < 17) throw new Error(`${java} is Java ${major || '?'}; Neo4j 5 needs 17+.\n${INSTALL_HINT}`);
  return java;
}

async function findMaven() {
  const mvn = await which('mvn');
  if (!mvn) throw new Error(`No \`mvn\` found (needed once, to build the launcher).\n${INSTALL_HINT}`);
  return mvn;
}

/** Asks the OS for a free TCP port on 127.0.0.1. */
export function freePort() {
  return new Promise((res, rej) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', rej);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => res(port));
    });
  });
}

async function listFiles(dir) {
  const out = [];
  for (const e of await readdir(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...(await listFiles(p)));
    else out.push(p);
  }
  return out.sort();
}

// Hash of everything that affects the build, stored beside the outputs to skip Maven next time.
async function sourceHash() {
  const h = createHash('sha256');
  for (const f of [join(LAUNCHER, 'pom.xml'), ...(await listFiles(join(LAUNCHER, 'src')))]) {
    h.update(f.slice(LAUNCHER.length)).update('\0').update(await readFile(f)).update('\0');
  }
  return h.digest('hex');
}

// The resolved runtime classpath, or null if the build outputs are missing or stale.
async function readBuild(hash) {
  try {
    if ((await readFile(STAMP_FILE, 'utf8')).trim() !== hash) return null;
    await access(join(CLASSES, ...MAIN_CLASS.split('.')) + '.class');
    const classpath = (await readFile(CLASSPATH_FILE, 'utf8')).trim();
    // A jar wiped from ~/.m2 means Maven must fetch it again.
    await Promise.all(classpath.split(delimiter).map((jar) => access(jar)));
    return classpath;
  } catch {
    return null;
  }
}

// Cross-process lock (parallel test runs may all call buildLauncher); stale once its owner died.
// The lock is a directory holding the owner's pid, renamed into place so it appears atomically.
async function withBuildLock(fn) {
  const lock = join(TARGET, '.build.lock');
  await mkdir(TARGET, { recursive: true });
  for (;;) {
    const mine = await mkdtemp(join(TARGET, '.build.lock-'));
    await writeFile(join(mine, 'pid'), String(process.pid));
    try {
      await rename(mine, lock); // fails while another lock (a non-empty directory) is there
      break;
    } catch {
      await rm(mine, { recursive: true, force: true });
      const pid = Number(await readFile(join(lock, 'pid'), 'utf8').catch(() => '0'));
      if (pid && !isAlive(pid)) await rm(lock, { recursive: true, force: true });
      await sleep(500);
    }
  }
  try {
    return await fn();
  } finally {
    await rm(lock, { recursive: true, force: true });
  }
}

function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return err.code === 'EPERM';
  }
}

function runMaven(mvn, log) {
  const args = ['-B', '-Dstyle.color=never', 'compile', 'dependency:build-classpath', `-Dmdep.outputFile=${CLASSPATH_FILE}`];
  log(`mvn ${args.join(' ')} (first run downloads Neo4j, ~150 MB, into ~/.m2)`);
  return new Promise((res, rej) => {
    const child = spawn(mvn, args, { cwd: LAUNCHER, stdio: ['ignore', 'pipe', 'pipe'] });
    const tail = [];
    let downloads = 0;
    const onLine = (line) => {
      tail.push(line);
      if (tail.length > 40) tail.shift();
      if (/^\[INFO\] Downloaded from/.test(line) && ++downloads % 50 === 0) {
        log(`maven: ${downloads} files downloaded`);
      } else if (/^\[(ERROR|WARNING)\]|BUILD (SUCCESS|FAILURE)/.test(line)) {
        log(`maven: ${line}`);
      }
    };
    createInterface({ input: child.stdout }).on('line', onLine);
    createInterface({ input: child.stderr }).on('line', onLine);
    child.on('error', rej);
    child.on('close', (code) =>
      code === 0 ? res() : rej(new Error(`Maven failed (exit ${code}):\n${tail.join('\n')}`)),
    );
  });
}

let building = null;

/**
 * Compiles the launcher and resolves its runtime classpath. Calls Maven only when the outputs are
 * missing or pom.xml/sources changed since the last build. Resolves to { classpath } (java -cp value).
 */
export async function buildLauncher({ log = () => {} } = {}) {
  building ??= (async () => {
    const hash = await sourceHash();
    const ready = await readBuild(hash);
    if (ready) return ready;
    const mvn = await findMaven();
    await findJava();
    return withBuildLock(async () => {
      const built = await readBuild(hash); // another process may have built it meanwhile
      if (built) return built;
      const t0 = Date.now();
      await rm(STAMP_FILE, { force: true });
      await runMaven(mvn, log);
      await writeFile(STAMP_FILE, `${hash}\n`);
      log(`launcher built in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
      return (await readFile(CLASSPATH_FILE, 'utf8')).trim();
    });
  })().then(
    (cp) => ({ classpath: `${CLASSES}${delimiter}${cp}` }),
    (err) => {
      building = null; // allow a retry after e.g. installing Maven
      throw err;
    },
  );
  return building;
}

function canConnect(port) {
  return new Promise((res) => {
    const sock = net.connect({ host: '127.0.0.1', port });
    sock.once('connect', () => {
      sock.destroy();
      res(true);
    });
    sock.once('error', () => res(false));
  });
}

/**
 * Starts Neo4j embedded in a child JVM and resolves once Bolt accepts connections.
 * Returns { uri, user, password, pid, stop, exited }: auth is off, so any user/password works;
 * stop() shuts down cleanly (SIGTERM, SIGKILL after 30 s); exited resolves with the exit code
 * (143 after a clean SIGTERM stop: the JVM's usual code once its shutdown hooks have run).
 */
export async function startEmbeddedNeo4j({
  port = 7687,
  dataDir = join(REPO, '.neo4j', 'data'),
  heap = '1g',
  log = () => {},
} = {}) {
  const java = await findJava();
  const { classpath } = await buildLauncher({ log });
  dataDir = resolve(dataDir);
  await mkdir(dataDir, { recursive: true });

  const args = [`-Xmx${heap}`, ...JVM_FLAGS, '-cp', classpath, MAIN_CLASS, '--port', String(port), '--data', dataDir];
  const t0 = Date.now();
  log(`starting on 127.0.0.1:${port}, data in ${dataDir}`);
  // stdin is a pipe the launcher watches: when this process dies the pipe closes and the JVM exits.
  const child = spawn(java, args, { stdio: ['pipe', 'pipe', 'pipe'] });
  child.stdin.on('error', () => {}); // EPIPE once the JVM is gone
  const stderrTail = [];
  createInterface({ input: child.stderr }).on('line', (line) => {
    stderrTail.push(line);
    if (stderrTail.length > 30) stderrTail.shift();
  });
  const exited = new Promise((res) => child.on('exit', (code, signal) => res(code ?? signal)));
  const spawnError = new Promise((_, rej) => child.on('error', rej));

  // Don't let the server keep this process alive; the 'exit' hook and stdin EOF then end it.
  const killOnExit = () => child.kill('SIGTERM');
  process.on('exit', killOnExit);
  child.unref();
  for (const s of [child.stdin, child.stdout, child.stderr]) s.unref?.();

  let stopping = null;
  const stop = () =>
    (stopping ??= (async () => {
      process.off('exit', killOnExit);
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
      await exited;
      clearTimeout(timer);
    })());

  const failure = (why) =>
    new Error(`Embedded Neo4j ${why}.\nLast lines of its stderr:\n  ${stderrTail.join('\n  ') || '(none)'}`);
  try {
    let timer;
    const timeout = new Promise((_, rej) => {
      timer = setTimeout(() => rej(failure(`did not start within ${START_TIMEOUT_MS / 1000} s`)), START_TIMEOUT_MS);
    });
    const readyLine = new Promise((res) => {
      const rl = createInterface({ input: child.stdout });
      rl.on('line', (line) => line.startsWith(READY) && res(line.slice(READY.length).trim()));
    });
    const died = exited.then((code) => Promise.reject(failure(`exited (${code}) before it was ready`)));
    const bolt = (async () => {
      const uri = await readyLine;
      while (!(await canConnect(port))) await sleep(200);
      return uri;
    })();
    const uri = await Promise.race([bolt, died, timeout, spawnError]).finally(() => clearTimeout(timer));
    log(`ready at ${uri} in ${((Date.now() - t0) / 1000).toFixed(1)} s (pid ${child.pid})`);
    return { uri, user: 'neo4j', password: 'neo4j', pid: child.pid, stop, exited };
  } catch (err) {
    child.kill('SIGKILL');
    process.off('exit', killOnExit);
    throw err;
  }
}

function parseArgs(argv) {
  const opts = {};
  for (let i = 0; i < argv.length; i++) {
    const [flag, value] = [argv[i], argv[i + 1]];
    if (flag === '--port') opts.port = Number(value);
    else if (flag === '--data') opts.dataDir = value;
    else if (flag === '--heap') opts.heap = value;
    else throw new Error(`unknown argument ${flag}; usage: embedded.mjs [--port N] [--data DIR] [--heap 1g]`);
    i++;
  }
  return opts;
}

async function main() {
  const log = (line) => console.error(`[neo4j] ${line}`);
  const neo4j = await startEmbeddedNeo4j({ ...parseArgs(process.argv.slice(2)), log });
  console.log(neo4j.uri);
  const keepAlive = setInterval(() => {}, 1 << 30); // the child is unref'd; stay in the foreground
  let stopping = false;
  const shutdown = async (signal) => {
    stopping = true;
    log(`${signal}: stopping`);
    await neo4j.stop();
    log('stopped');
    process.exit(0);
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
  const code = await neo4j.exited;
  if (!stopping) {
    clearInterval(keepAlive);
    log(`server exited unexpectedly (${code})`);
    process.exit(1);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((err) => {
    console.error(err.message);
    process.exit(1);
  });
}
