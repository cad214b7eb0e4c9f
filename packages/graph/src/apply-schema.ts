import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import neo4j from 'neo4j-driver';
import type { Graph } from './create-graph.js';
import { GraphError, toGraphError } from './graph-error.js';

/** The repository's schema/ folder, from src/ and from dist/ alike. */
export const defaultSchemaDir = fileURLToPath(new URL('../../../schema/', import.meta.url));

/** The statements of a .cypher file: `//` comments dropped, split on `;`. */
export function splitStatements(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.replace(/^\s*\/\/.*$/, ''))
    .join('\n')
    .split(';')
    .map((statement) => statement.trim())
    .filter((statement) => statement.length > 0);
}

export interface ApplySchemaOptions {
  /** Folder of `*.cypher` files, applied in name order. Default: the repository's `schema/`. */
  dir?: string;
  /** Seconds to wait for new indexes to come online. Default 120. */
  awaitSeconds?: number;
}

/**
 * Creates every constraint and index of `schema/*.cypher` (each `IF NOT EXISTS`,
 * so it is safe at every start) and waits until the indexes are online.
 * Returns the statements applied.
 */
export async function applySchema(graph: Graph, options: ApplySchemaOptions = {}): Promise<string[]> {
  const dir = options.dir ?? defaultSchemaDir;
  let files: string[];
  try {
    files = (await readdir(dir)).filter((name) => name.endsWith('.cypher')).sort();
  } catch (cause) {
    throw new GraphError('SCHEMA_FAILED', `Cannot read the schema folder ${dir}: pass applySchema({ dir }) pointing at schema/.`, { cause });
  }
  const statements: string[] = [];
  for (const file of files) statements.push(...splitStatements(await readFile(join(dir, file), 'utf8')));
  const session = graph.driver.session({ database: graph.database, defaultAccessMode: neo4j.session.WRITE });
  try {
    // Schema commands cannot share a transaction with each other, so each runs alone.
    for (const statement of statements) await session.run(statement);
    await session.run('CALL db.awaitIndexes($seconds)', { seconds: neo4j.int(options.awaitSeconds ?? 120) });
  } catch (error) {
    const graphError = toGraphError(error, graph.uri, 'applying the schema');
    if (graphError.code === 'QUERY_FAILED') {
      throw new GraphError('SCHEMA_FAILED', `Neo4j refused a schema statement (${graphError.message}): fix schema/*.cypher.`, { cause: error });
    }
    throw graphError;
  } finally {
    await session.close();
  }
  graph.logger.debug?.(`schema: ${statements.length} statements applied`);
  return statements;
}
