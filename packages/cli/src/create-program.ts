import { Command } from 'commander';
import { commands } from './commands/index.js';

/** Builds the `dealgraph` program with every command registered; main.ts parses argv with it. */
export function createProgram(): Command {
  const program = new Command('dealgraph')
    .description('Business news to a corporate-acquisition knowledge graph in Neo4j, served over GraphQL.')
    .showHelpAfterError();
  for (const register of commands) register(program);
  return program;
}
