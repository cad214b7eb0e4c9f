// npm run bench:extract — throughput of the whole extraction pipeline on one core.
//
// Generates a corpus of mixed-language news pages (plain text with page furniture and
// HTML pages), runs extractDocument over all of it, and prints documents/s, MB/s and
// peak memory. As the peer it runs compromise's full nlp() over a slice of the same
// pages: the cost the pipeline avoids by running NLP only on flagged sentences.
import nlp from 'compromise';
import { extractDocument } from '@dealgraph/extract';
import { generatePages } from './generate-pages.js';

const PAGES = Number(process.argv[2] ?? 10_000);
const PEER_PAGES = Math.min(300, PAGES);

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
const started = performance.now();
for (const [index, page] of pages.entries()) {
  const result = extractDocument(page.text, { publishedAt: page.publishedAt, contentType: page.html ? 'html' : 'text' });
  deals += result.deals.length;
  entities += result.entities.length;
  if ((index + 1) % 2000 === 0) process.stderr.write(`  ${index + 1}/${pages.length}\r`);
}
const seconds = (performance.now() - started) / 1000;
const peakRss = process.resourceUsage().maxRSS * 1024;

const peerPages = pages.slice(0, PEER_PAGES);
const peerBytes = peerPages.reduce((sum, page) => sum + Buffer.byteLength(page.text), 0);
const peerStarted = performance.now();
for (const page of peerPages) nlp(page.text).json();
const peerSeconds = (performance.now() - peerStarted) / 1000;

console.log('');
console.log('| pipeline | pages/s | MB/s | pages | seconds |');
console.log('|---|---:|---:|---:|---:|');
console.log(`| dealgraph extractDocument | ${(pages.length / seconds).toFixed(0)} | ${(totalBytes / 1024 / 1024 / seconds).toFixed(2)} | ${pages.length} | ${seconds.toFixed(1)} |`);
console.log(`| compromise nlp() (peer, whole page) | ${(peerPages.length / peerSeconds).toFixed(0)} | ${(peerBytes / 1024 / 1024 / peerSeconds).toFixed(2)} | ${peerPages.length} | ${peerSeconds.toFixed(1)} |`);
console.log('');
console.log(`found: ${entities} entities, ${deals} deals`);
console.log(`peak memory (max RSS): ${mb(peakRss)} MB`);
console.log('target: at least 2 MB/s on one core for the whole pipeline');
