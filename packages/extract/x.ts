import { extractDocument } from '/work/main/packages/extract/src/index.ts';
const r = extractDocument(process.argv[2] as string, { publishedAt: '2021-01-01' });
console.log(r.document.lang, JSON.stringify(r.entities.map((e) => [e.type, e.name, e.aliases])));
