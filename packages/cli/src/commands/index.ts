// Every command of the `dealgraph` bin, one module each; main.ts registers them in this order.
import type { Command } from 'commander';
import { registerServe } from './serve.js';

export type RegisterCommand = (program: Command) => void;

export const commands: RegisterCommand[] = [registerServe];
