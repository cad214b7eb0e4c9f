// The analysts' notebooks, executed top to bottom as a reader would: a real gateway on a free
// port over a Neo4j of this file's own, with the sample corpus in it, and a real Python
// environment built from notebooks/requirements.txt. The notebooks read the whole graph (every
// deal of Nokia, paths between parties), so they get a database no other test writes to.
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createGateway, listenGateway, type RunningGateway } from '@dealgraph/gateway';
import { applySchema, createGraph, openExportReader, openGraphReader, type Graph, type OpenExportReader, type OpenGraphReader } from '@dealgraph/graph';
import { startOwnNeo4j, type OwnNeo4j } from '../../scripts/jest/own-neo4j.mjs';
import { ensureVenv, run } from './ensure-venv.js';
import { outputMimeTypes, outputText, readNotebook, type Notebook } from './read-outputs.js';
import { seedSamples } from './seed-samples.js';

const notebooksDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const root = resolve(notebooksDir, '..');
const log = (line: string) => process.stderr.write(`[notebooks] ${line}\n`);

interface RunSummary {
  ok: boolean;
  notebooks: { notebook: string; ok: boolean; seconds: number; executed: string; error: string | null }[];
}

describe('committed notebooks', () => {
  it('carry no outputs or execution counts (strip them before committing)', async () => {
    const files = (await readdir(notebooksDir)).filter((file) => file.endsWith('.ipynb')).sort();
    expect(files).toEqual(['01-deals-to-pandas.ipynb', '02-company-story.ipynb', '03-graph-questions-in-cypher.ipynb', '04-widget-in-notebook.ipynb']);
    for (const file of files) {
      const notebook = await readNotebook(join(notebooksDir, file));
      const dirty = notebook.cells.filter((cell) => (cell.outputs?.length ?? 0) > 0 || (cell.execution_count ?? null) !== null);
      expect({ file, dirtyCells: dirty.length }).toEqual({ file, dirtyCells: 0 });
    }
  });
});

describe('the notebooks, executed against a real gateway', () => {
  let neo4j: OwnNeo4j | undefined;
  let graph: Graph;
  let graphReader: OpenGraphReader;
  let exportReader: OpenExportReader;
  let server: RunningGateway;
  let outDir: string;
  let summary: RunSummary;
  const executed = new Map<string, Notebook>();

  beforeAll(async () => {
    neo4j = await startOwnNeo4j({ log });
    const auth = { uri: neo4j.uri, user: neo4j.user, password: neo4j.password };

    let started = Date.now();
    const python = await ensureVenv({ dir: join(root, '.venv-notebooks'), requirements: join(notebooksDir, 'requirements.txt'), log });
    log(`python ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);

    // The sample corpus is the notebooks' fixture; it goes away with this file's database.
    graph = createGraph(auth);
    await applySchema(graph);
    log(`ingested ${await seedSamples(graph, join(root, 'corpus', 'samples'))} sample articles`);

    graphReader = openGraphReader(auth);
    exportReader = openExportReader(auth);
    server = await listenGateway(createGateway({ reader: graphReader.reader, exports: exportReader.reader }), { port: 0 });
    const endpoint = `http://127.0.0.1:${server.port}/graphql`;
    log(`gateway on ${endpoint}`);

    outDir = await mkdtemp(join(tmpdir(), 'dealgraph-notebooks-'));
    started = Date.now();
    const env = { ...process.env, DEALGRAPH_GRAPHQL_URL: endpoint, NEO4J_URI: auth.uri, NEO4J_USER: auth.user, NEO4J_PASSWORD: auth.password, MPLBACKEND: 'Agg' };
    let stdout: string;
    try {
      stdout = await run(python, [join(notebooksDir, 'run_notebooks.py'), '--out', outDir, '--timeout', '120'], { env, log });
    } catch (error) {
      stdout = (error as { stdout?: string }).stdout ?? '';
      if (!stdout.trim()) throw error;
    }
    log(`notebooks executed in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    summary = JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}') as RunSummary;
    for (const result of summary.notebooks) executed.set(result.notebook, await readNotebook(result.executed));
  }, 15 * 60_000);

  afterAll(async () => {
    await server?.close();
    await graphReader?.close();
    await exportReader?.close();
    await graph?.close();
    await neo4j?.stop();
    if (outDir) await rm(outDir, { recursive: true, force: true });
  });

  const text = (name: string) => outputText(executed.get(name) ?? { cells: [] });

  it('runs every notebook without a cell error', () => {
    const failures = summary.notebooks.filter((result) => !result.ok).map((result) => `${result.notebook}: ${result.error}`);
    expect(failures).toEqual([]);
    expect(summary.notebooks.map((result) => result.notebook)).toHaveLength(4);
  });

  it("01 lists Nokia's 2016 acquisition of Withings at about 170 million euros", () => {
    const lines = text('01-deals-to-pandas.ipynb').split('\n');
    const line = lines.find((l) => /\bNokia\b/.test(l) && /\bWithings\b/.test(l) && /\b2016\b/.test(l) && /ACQUISITION|COMPLETED/.test(l));
    expect(line).toBeDefined();
    // eur_m is the last number but one on the filtered line (sources is the last)
    const numbers = (line ?? '').match(/\d+(\.\d+)?/g)?.map(Number) ?? [];
    expect(numbers.some((n) => n >= 153 && n <= 187)).toBe(true);
  });

  it('01 totals what Nokia spent, in euros, write-downs left out', () => {
    const nokia = text('01-deals-to-pandas.ipynb').split('\n').find((l) => /^Nokia\s/.test(l));
    expect(nokia).toBeDefined();
    const totalM = Number(nokia?.trim().split(/\s+/).at(-1));
    // Withings (170) and Alcatel-Lucent (15 600) are purchases; the 141 million write-down is not
    expect(totalM).toBeGreaterThanOrEqual(15_600);
    expect(totalM).toBeLessThan(15_600 + 170 + 141);
  });

  it("02 draws Withings' story and lists its sources under it", () => {
    const notebook = executed.get('02-company-story.ipynb')!;
    expect(outputMimeTypes(notebook)).toContain('image/png');
    const story = text('02-company-story.ipynb');
    expect(story).toMatch(/owned by Nokia|Withings \(also written/);
    expect(story).toContain('Nokia boucle le rachat de Withings');
    expect(story).toContain('https://lefilnumerique.example/nokia-withings');
  });

  it('03 answers the three graph questions through the neo4j driver', () => {
    const answers = text('03-graph-questions-in-cypher.ipynb');
    expect(answers).toMatch(/connected to bolt:/);
    expect(answers).toMatch(/Withings to Microsoft, \d+ steps:\nWithings -TARGET- \[ACQUISITION 2016\] -ACQUIRER- Nokia/);
    expect(answers).toMatch(/source \(\w\w, \d{4}-\d\d-\d\d\)/);
    expect(answers).toMatch(/Nokia\s+Withings\s+2016\s+Nokia Digital Health\s+2018\s+PLANNED\s+Eric Carreel/);
    expect(answers).not.toMatch(/Received notification/);
  });

  it('04 places the widget with the gateway address', () => {
    const widget = text('04-widget-in-notebook.ipynb');
    expect(widget).toMatch(new RegExp(`/widget.js: 200, text/javascript`));
    expect(widget).toContain(`<dealgraph-view endpoint="http://127.0.0.1:${server.port}/graphql" entity="Nokia"`);
  });
});
