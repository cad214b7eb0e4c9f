import { createProgram } from '../create-program.js';

/** Runs the CLI in-process, capturing what it writes and the exit code it sets. */
export async function runCli(args: string[]): Promise<{ out: string; err: string; code: number }> {
  const out: string[] = [];
  const err: string[] = [];
  const program = createProgram();
  for (const command of [program, ...program.commands]) {
    command.exitOverride();
    command.configureOutput({ writeOut: (text) => void out.push(text), writeErr: (text) => void err.push(text) });
  }
  const before = process.exitCode;
  process.exitCode = undefined;
  try {
    await program.parseAsync(['node', 'dealgraph', ...args]);
    return { out: out.join(''), err: err.join(''), code: Number(process.exitCode ?? 0) };
  } finally {
    process.exitCode = before;
  }
}
