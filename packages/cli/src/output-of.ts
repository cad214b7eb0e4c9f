import type { Command } from 'commander';

/** Where a command writes: the root program's output settings, so tests can capture them. */
export function outputOf(command: Command): { out: (text: string) => void; err: (text: string) => void } {
  let root = command;
  while (root.parent) root = root.parent;
  const config = root.configureOutput();
  return {
    out: config.writeOut ?? ((text) => void process.stdout.write(text)),
    err: config.writeErr ?? ((text) => void process.stderr.write(text)),
  };
}
