// `dealgraph extract FILE|DIR|GLOB… [--json] [--published-at YYYY-MM-DD] [--meta meta.json]`:
// runs the extractor on each page and prints its facts, one FORMAT.md object per line with --json.
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { extractDocument, type Amount, type Extraction } from '@dealgraph/extract';
import { type Command, InvalidArgumentError } from 'commander';
import { contentTypeOf, createMetaLookup, expandInputs, readMeta } from '../read-inputs.js';
import { outputOf } from '../output-of.js';

interface ExtractOptions {
  json?: boolean;
  publishedAt?: string;
  meta?: string;
}


function parseDate(value: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(value))) throw new InvalidArgumentError('a date as YYYY-MM-DD, e.g. 2018-05-31.');
  return value;
}

const scale = (value: number): string =>
  value >= 1e9 ? `${+(value / 1e9).toFixed(2)} bn` : value >= 1e6 ? `${+(value / 1e6).toFixed(1)} m` : value.toLocaleString('en');

function describeAmount(amount: Amount): string {
  const approx = amount.upTo ? 'up to ' : amount.approximate ? '~' : '';
  const eur = amount.eur !== null && amount.currency !== 'EUR' ? ` ≈ ${scale(amount.eur)} EUR` : '';
  return `${approx}${scale(amount.value)} ${amount.currency}${eur}`;
}

/** A few readable lines per document, for people; --json is the contract. */
export function summariseExtraction(file: string, extraction: Extraction): string {
  const names = new Map(extraction.entities.map((entity) => [entity.id, entity.name]));
  const name = (id: string | null): string => (id === null ? '?' : (names.get(id) ?? id));
  const { lang, publishedAt, title } = extraction.document;
  const lines = [`${file}  [${lang}] ${publishedAt ?? 'no date'}${title ? `  ${title}` : ''}`];
  const companies = extraction.entities.filter((entity) => entity.type === 'COMPANY').map((entity) => entity.name);
  const people = extraction.entities.filter((entity) => entity.type === 'PERSON').map((entity) => entity.name);
  lines.push(`  companies: ${companies.join(', ') || '-'}`, `  people:    ${people.join(', ') || '-'}`);
  for (const deal of extraction.deals) {
    const seller = deal.seller === null ? '' : ` from ${name(deal.seller)}`;
    const bidders = deal.bidders.length > 0 ? `, bidders ${deal.bidders.map(name).join(', ')}` : '';
    const year = deal.date?.year ?? '?';
    const amount = deal.amount ? `, ${describeAmount(deal.amount)}` : '';
    lines.push(`  deal:      ${deal.kind} ${name(deal.acquirer)} → ${name(deal.target)}${seller} (${year}) ${deal.status}${amount}${bidders}`);
  }
  for (const role of extraction.roles) {
    const when = role.current === false ? ' (former)' : '';
    lines.push(`  role:      ${name(role.person)} ${role.role}${when} at ${name(role.org)} ("${role.title}")`);
  }
  return `${lines.join('\n')}\n`;
}

const reason = (error: unknown): string => (error instanceof Error ? error.message : String(error));

async function extractFiles(command: Command, inputs: string[], options: ExtractOptions): Promise<void> {
  const { out, err } = outputOf(command);
  let failed = 0;
  let explicitMeta;
  try {
    explicitMeta = options.meta === undefined ? undefined : await readMeta(options.meta);
  } catch (error) {
    err(`dealgraph extract: ${reason(error)}\n`);
    process.exitCode = 1;
    return;
  }
  const metaOf = createMetaLookup(explicitMeta);
  const { files, problems } = await expandInputs(inputs);
  for (const problem of problems) err(`dealgraph extract: ${problem}\n`);
  failed += problems.length;
  for (const file of files) {
    try {
      const meta = await metaOf(file);
      const publishedAt = options.publishedAt ?? meta?.publishedAt ?? undefined;
      const bytes = new Uint8Array(await readFile(file));
      const extraction = extractDocument(bytes, {
        id: basename(file),
        contentType: contentTypeOf(file),
        ...(publishedAt ? { publishedAt } : {}),
        ...(meta?.url ? { url: meta.url } : {}),
      });
      out(options.json ? `${JSON.stringify(extraction)}\n` : summariseExtraction(file, extraction));
    } catch (error) {
      failed += 1;
      err(`dealgraph extract: ${file}: ${reason(error)}\n`);
    }
  }
  if (failed > 0) {
    err(`dealgraph extract: ${failed} input(s) failed, ${files.length - (failed - problems.length)} file(s) extracted.\n`);
    process.exitCode = 1;
  }
}

/** Registers `dealgraph extract`. */
export function register(program: Command): void {
  program
    .command('extract')
    .description('Extract companies, people, roles and deals from news pages (text or HTML): one FORMAT.md object per file.')
    .argument('<inputs...>', 'article files, folders (read recursively) or globs such as "corpus/**/*.html"')
    .option('--json', 'print one JSON object per file, one per line (the FORMAT.md contract)')
    .option('--published-at <date>', 'publication date (YYYY-MM-DD) for every file; relative dates resolve against it', parseDate)
    .option('--meta <file>', 'meta.json mapping file names to { publishedAt, publisher, url } (default: the meta.json beside each file)')
    .action((inputs: string[], options: ExtractOptions, command: Command) => extractFiles(command, inputs, options));
}
