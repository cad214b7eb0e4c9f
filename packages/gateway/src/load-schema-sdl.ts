import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GatewayError } from './gateway-error.js';

/** Every *.graphql file of the schema folder, in name order, as one SDL text. */
export function loadSchemaSdl(schemaDir: string): string {
  let names: string[];
  try {
    names = readdirSync(schemaDir).filter((name) => name.endsWith('.graphql')).sort();
  } catch (error) {
    throw new GatewayError('INVALID_CONFIG', `Cannot read the schema folder ${schemaDir}: pass schemaDir to createGateway.`, { cause: error });
  }
  if (names.length === 0) throw new GatewayError('INVALID_CONFIG', `No *.graphql file in ${schemaDir}: pass schemaDir to createGateway.`);
  return names.map((name) => readFileSync(join(schemaDir, name), 'utf8')).join('\n');
}
