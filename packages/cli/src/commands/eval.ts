// `dealgraph eval --gold GOLD.json [--docs DIR] [--json] [--details]`: extracts every document a gold
// file annotates and scores the result against it (shared/eval/FORMAT.md, "Scoring").
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { extractDocument, formatScoreReport, parseGoldFile, scoreDocuments, type Extraction, type GoldFile } from '@dealgraph/extract';
import type { Command } from 'commander';
import { contentTypeOf, createMetaLookup } from '../read-inputs.js';
import { outputOf } from '../output-of.js';

interface EvalOptions {
  gold: string;
  docs?: string;
  json?: boolean;
  details?: boolean;
}


const reason = (error: unknown): string => (error instanceof Error ? error.message : String(error));

async function readGold(path: string): Promise<GoldFile> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new Error(`${path}: cannot read the gold file (${(error as NodeJS.ErrnoException).code ?? reason(error)}). Pass --gold with a path such as corpus/dev/gold.json.`, { cause: error });
  }
  try {
    return parseGoldFile(JSON.parse(text));
  } catch (error) {
    throw new Error(`${path}: ${reason(error)}`, { cause: error });
  }
}

/**
 * Where the annotated pages are when --docs is not given: beside the gold file, or in the
 * folder the gold file names (`"corpus": "corpus/seeds"`), looked for from the gold file's
 * folder upwards (shared/eval/seeds.gold.json names shared/corpus/seeds).
 */
function findDocs(goldPath: string, gold: GoldFile): string {
  const beside = resolve(dirname(goldPath));
  const first = gold.documents[0]?.file;
  if (!first || !gold.corpus || existsSync(join(beside, first))) return beside;
  let folder = beside;
  for (let up = 0; up < 3; up += 1) {
    const candidate = join(folder, gold.corpus);
    if (existsSync(join(candidate, first))) return candidate;
    folder = dirname(folder);
  }
  return beside;
}

async function evaluate(command: Command, options: EvalOptions): Promise<void> {
  const { out, err } = outputOf(command);
  let gold: GoldFile;
  try {
    gold = await readGold(options.gold);
  } catch (error) {
    err(`dealgraph eval: ${reason(error)}\n`);
    process.exitCode = 1;
    return;
  }
  const docs = options.docs ? resolve(options.docs) : findDocs(options.gold, gold);
  const metaOf = createMetaLookup();
  const predictions = new Map<string, Extraction>();
  let failed = 0;
  for (const document of gold.documents) {
    const path = join(docs, document.file);
    try {
      const meta = await metaOf(path);
      const publishedAt = document.publishedAt ?? meta?.publishedAt ?? undefined;
      const bytes = new Uint8Array(await readFile(path));
      predictions.set(
        document.file,
        extractDocument(bytes, {
          id: document.file,
          contentType: contentTypeOf(path),
          ...(publishedAt ? { publishedAt } : {}),
          ...(meta?.url ? { url: meta.url } : {}),
        }),
      );
    } catch (error) {
      failed += 1;
      err(`dealgraph eval: ${path}: ${reason(error)} (scored as missed)\n`);
    }
  }
  const score = scoreDocuments(gold, predictions);
  out(options.json ? `${JSON.stringify(score, null, 2)}\n` : formatScoreReport(score, { details: options.details === true }));
  if (failed > 0) {
    err(`dealgraph eval: ${failed} of ${gold.documents.length} documents could not be extracted; check --docs (now ${docs}).\n`);
    process.exitCode = 1;
  }
}

/** Registers `dealgraph eval`. */
export function register(program: Command): void {
  program
    .command('eval')
    .description('Extract the documents of a gold file and score them: entities, deals and roles as P/R/F1, deal attributes as accuracy.')
    .requiredOption('--gold <file>', 'gold annotations (shape of shared/eval/FORMAT.md), e.g. corpus/dev/gold.json')
    .option('--docs <dir>', "folder holding the annotated pages and their meta.json (default: the gold file's folder)")
    .option('--json', 'print the score object as JSON instead of the table')
    .option('--details', 'list under the table what each document missed, got wrong or added')
    .action((options: EvalOptions, command: Command) => evaluate(command, options));
}
