// npm run bench:extract — throughput of the whole extraction pipeline on one core.
//
// Generates a corpus of mixed-language news pages (plain text with page furniture and
// HTML pages), runs extractDocument over all of it, and prints documents/s, MB/s and
// peak memory. It runs the built package (dist/, what `npx dealgraph extract` runs), not the TypeScript sources
// through tsx, whose helpers cost several per cent. As the peer it runs compromise's full nlp() over a slice of the same
// pages: the cost the pipeline avoids by running NLP only on flagged sentences.
import nlp from 'compromise';
import { extractDocument } from '@dealgraph/extract';
import { generatePages } from './generate-pages.js';

const PAGES = Number(process.argv[2] ?? 10_000);
// `--no-peer` skips compromise (half the run time) when only the pipeline's figure matters.
const PEER_PAGES = process.argv.includes('--no-peer') ? 0 : Math.min(300, PAGES);

function mb(bytes: number): string {
  return (bytes / 1024 / 1024).toFixed(1);
}

const pages = generatePages(PAGES, 42);
const totalBytes = pages.reduce((sum, page) => sum + Buffer.byteLength(page.text), 0);
const byLang = new Map<string, number>();
for (const page of pages) byLang.set(page.lang, (byLang.get(page.lang) ?? 0) + 1);
console.log(`corpus: ${pages.length} pages, ${mb(totalBytes)} MB, ${pages.filter((p) => p.html).length} HTML`);
console.log(`languages: ${[...byLang].map(([lang, n]) => `${lang} ${n}`).join(', ')}`);

// Warm up the JIT and the lazily built lexicons, so the figure is the steady state.
for (const page of pages.slice(0, 50)) extractDocument(page.text, { publishedAt: page.publishedAt });

let deals = 0;
let entities = 0;
// CPU time beside wall time: the cores are shared, and CPU time is what a loaded machine does not inflate.
const cpuStarted = process.cpuUsage();
const started = performance.now();
for (const [index, page] of pages.entries()) {
  const result = extractDocument(page.text, { publishedAt: page.publishedAt, contentType: page.html ? 'html' : 'text' });
  deals += result.deals.length;
  entities += result.entities.length;
  if ((index + 1) % 2000 === 0) process.stderr.write(`  ${index + 1}/${pages.length}\r`);
}
const seconds = (performance.now() - started) / 1000;
const cpu = process.cpuUsage(cpuStarted);
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
const peakRss = process.resourceUsage().maxRSS * 1024;

const peerPages = pages.slice(0, PEER_PAGES);
const peerBytes = peerPages.reduce((sum, page) => sum + Buffer.byteLength(page.text), 0);
const peerStarted = performance.now();
for (const page of peerPages) nlp(page.text).json();
const peerSeconds = (performance.now() - peerStarted) / 1000;

// Worst cases: a page of nothing but capitalised names and deal verbs (every sentence a candidate, every
// name a mention) and one long run of names. Their time must grow about linearly with their size.
function timed(text: string): { ms: number; cpuMs: number } {
  const cpuAt = process.cpuUsage();
  const at = performance.now();
  extractDocument(text, { publishedAt: '2024-01-15' });
  const used = process.cpuUsage(cpuAt);
  return { ms: performance.now() - at, cpuMs: (used.user + used.system) / 1000 };
}
const SYLLABLES = ['nor', 'vik', 'al', 'tec', 'sol', 'mar', 'gen', 'tra', 'lux', 'ber', 'ka', 'ron', 'vel', 'dia', 'quin', 'sto'];
/** A distinct capitalised name for every number, so that no two mentions group together. */
function nameOf(n: number): string {
  let name = '';
  for (let rest = n; name === '' || rest > 0; rest = Math.floor(rest / 16)) name += SYLLABLES[rest % 16];
  return name.charAt(0).toUpperCase() + name.slice(1);
}
/** `end` closes each clause: '.' makes a sentence of each, ',' one long sentence of all. */
function namesAndVerbs(size: number, end: string): string {
  const parts: string[] = [];
  let length = 0;
  for (let i = 0; length < size; i += 4) {
    const part = `${nameOf(i)} ${nameOf(i + 1)} Holding acquired ${nameOf(i + 2)} Group from ${nameOf(i + 3)} Corp${end}`;
    parts.push(part);
    length += part.length + 1;
  }
  return parts.join(' ');
}
function nameRun(size: number): string {
  const parts: string[] = [];
  let length = 0;
  for (let i = 0; length < size; i += 1) {
    parts.push(nameOf(i));
    length += parts[parts.length - 1]!.length + 1;
  }
  return `${parts.join(' ')} acquired Target Corp.`;
}
// `--no-worst` leaves them out, e.g. to profile the corpus alone.
const worst = process.argv.includes('--no-worst') ? [] : [
  ['names + deal verbs, 54 KB, one sentence each', namesAndVerbs(54_000, '.')],
  ['names + deal verbs, 54 KB, one sentence', namesAndVerbs(54_000, ',')],
  ['names + deal verbs, 500 KB, one sentence each', namesAndVerbs(500_000, '.')],
  ['names + deal verbs, 500 KB, one sentence', namesAndVerbs(500_000, ',')],
  ['one run of capitalised names, 200 KB', nameRun(200_000)],
] as const;

console.log('');
console.log('| pipeline | pages/s | MB/s | pages | seconds |');
console.log('|---|---:|---:|---:|---:|');
console.log(`| dealgraph extractDocument (wall) | ${(pages.length / seconds).toFixed(0)} | ${(totalBytes / 1024 / 1024 / seconds).toFixed(2)} | ${pages.length} | ${seconds.toFixed(1)} |`);
console.log(`| dealgraph extractDocument (CPU) | ${(pages.length / cpuSeconds).toFixed(0)} | ${(totalBytes / 1024 / 1024 / cpuSeconds).toFixed(2)} | ${pages.length} | ${cpuSeconds.toFixed(1)} |`);
if (peerPages.length > 0) {
  console.log(`| compromise nlp() (peer, whole page) | ${(peerPages.length / peerSeconds).toFixed(0)} | ${(peerBytes / 1024 / 1024 / peerSeconds).toFixed(2)} | ${peerPages.length} | ${peerSeconds.toFixed(1)} |`);
}
console.log('');
console.log('| worst case | ms (wall) | ms (CPU) |');
console.log('|---|---:|---:|');
for (const [label, text] of worst) {
  const { ms, cpuMs } = timed(text);
  console.log(`| ${label} | ${ms.toFixed(0)} | ${cpuMs.toFixed(0)} |`);
}
console.log('');
console.log(`found: ${entities} entities, ${deals} deals`);
console.log(`peak memory (max RSS): ${mb(peakRss)} MB`);
console.log('target: at least 2 MB/s on one core for the whole pipeline');
