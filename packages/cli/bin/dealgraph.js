#!/usr/bin/env node
// The `dealgraph` bin: runs the built CLI, or says how to build it.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const main = fileURLToPath(new URL('../dist/main.js', import.meta.url));
if (!existsSync(main)) {
  process.stderr.write('dealgraph: the CLI is not built yet. Run `npm run build` (or `npm start`) in the repository first.\n');
  process.exit(1);
}
await import(main);
