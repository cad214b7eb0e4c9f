// Builds the widget: dist/widget.js (one minified IIFE for a <script> tag, defines the
// element on load), dist/demo.html, dist/index.js + .d.ts (the ES module API), and fails
// when the script bundle outgrows its gzip budget.
import { spawnSync } from 'node:child_process';
import console from 'node:console';
import process from 'node:process';
import { readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const BUDGET_GZIP_BYTES = 250 * 1024;
const here = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dist = resolve(here, 'dist');

await rm(dist, { recursive: true, force: true });
await mkdir(dist, { recursive: true });

await build({
  entryPoints: [resolve(here, 'src/define-on-load.ts')],
  outfile: resolve(dist, 'widget.js'),
  bundle: true,
  format: 'iife',
  minify: true,
  target: ['es2022', 'chrome100', 'firefox100', 'safari16'],
  legalComments: 'eof',
  logLevel: 'warning',
});

await build({
  entryPoints: [resolve(here, 'src/index.ts')],
  outfile: resolve(dist, 'index.js'),
  bundle: true,
  format: 'esm',
  platform: 'browser',
  external: ['cytoscape'],
  target: 'es2022',
  sourcemap: true,
  logLevel: 'warning',
});

const tsc = spawnSync(process.execPath, [resolve(here, '../../node_modules/typescript/bin/tsc'), '-p', resolve(here, 'tsconfig.build.json'), '--emitDeclarationOnly'], { stdio: 'inherit' });
if (tsc.status !== 0) process.exit(tsc.status ?? 1);

await writeFile(resolve(dist, 'demo.html'), await readFile(resolve(here, 'demo/demo.html'), 'utf8'));

const bundle = await readFile(resolve(dist, 'widget.js'));
const gzipped = gzipSync(bundle, { level: 9 }).length;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
console.log(`widget.js ${kb(bundle.length)} minified, ${kb(gzipped)} gzipped (budget ${kb(BUDGET_GZIP_BYTES)})`);
if (gzipped > BUDGET_GZIP_BYTES) {
  console.error(`widget.js is over its gzip budget by ${kb(gzipped - BUDGET_GZIP_BYTES)}: trim the bundle or raise BUDGET_GZIP_BYTES in scripts/build.mjs with a reason.`);
  process.exit(1);
}
