import { extractDocument } from '/work/main/packages/extract/src/index.ts';
import { dealsOf } from '/work/main/packages/extract/test/__fixtures__/deals-of.ts';
const r = extractDocument(process.argv[2] as string, { publishedAt: process.argv[3] ?? '2021-01-01' });
console.log(r.document.lang, JSON.stringify(dealsOf(r)));
