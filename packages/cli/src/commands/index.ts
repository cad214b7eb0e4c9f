// Every command of the `dealgraph` bin, one module each; main.ts registers them in this order.
import type { Command } from 'commander';
import { registerCurate } from './curate.js';
import { register as registerEval } from './eval.js';
import { register as registerExtract } from './extract.js';
import { registerIngest } from './ingest.js';
import { registerReindex } from './reindex.js';
import { registerServe } from './serve.js';

export type RegisterCommand = (program: Command) => void;

export const commands: RegisterCommand[] = [registerServe, registerIngest, registerReindex, registerCurate, registerExtract, registerEval];
