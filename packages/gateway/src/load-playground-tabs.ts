import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The example operations GraphiQL opens with: every *.graphql file of `<schemaDir>/examples`,
 * in name order, one tab each. They live beside the schema as documents, so the gateway's
 * code names no company; a missing folder means a playground without examples.
 */
export function loadPlaygroundTabs(schemaDir: string): { query: string }[] {
  const folder = join(schemaDir, 'examples');
  let names: string[];
  try {
    names = readdirSync(folder).filter((name) => name.endsWith('.graphql')).sort();
  } catch {
    return [];
  }
  return names.map((name) => ({ query: readFileSync(join(folder, name), 'utf8').trimEnd() }));
}
