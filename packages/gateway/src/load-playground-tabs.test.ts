import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadPlaygroundTabs } from './load-playground-tabs.js';

describe('loadPlaygroundTabs', () => {
  it('reads every *.graphql of <schemaDir>/examples in name order, one tab each', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dealgraph-tabs-'));
    mkdirSync(join(dir, 'examples'));
    writeFileSync(join(dir, 'examples', '02-second.graphql'), 'query Second { stats { deals } }\n');
    writeFileSync(join(dir, 'examples', '01-first.graphql'), 'query First { stats { deals } }\n\n');
    writeFileSync(join(dir, 'examples', 'notes.md'), 'not an operation');
    expect(loadPlaygroundTabs(dir)).toEqual([{ query: 'query First { stats { deals } }' }, { query: 'query Second { stats { deals } }' }]);
  });

  it('gives no tabs when the folder is missing', () => {
    expect(loadPlaygroundTabs(join(tmpdir(), 'dealgraph-no-such-folder'))).toEqual([]);
  });

  it('finds the repository examples, which parse as GraphQL', async () => {
    const { parse } = await import('graphql');
    const tabs = loadPlaygroundTabs(join(process.cwd(), 'schema'));
    expect(tabs.length).toBeGreaterThanOrEqual(4);
    for (const tab of tabs) expect(() => parse(tab.query)).not.toThrow();
  });
});
