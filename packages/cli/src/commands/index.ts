// Every command of the `dealgraph` bin, one module each; main.ts registers them in this order.
import type { Command } from 'commander';

export type RegisterCommand = (program: Command) => void;

export const commands: RegisterCommand[] = [];
