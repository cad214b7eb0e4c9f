// The sample corpus into the graph as its gold annotations state it (corpus/samples/gold.json):
// the real articles and the real ingest, with facts that do not depend on how good the
// extractor is today, so a notebook failure means a notebook (or gateway) problem.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ingestArticles, type ArticleFacts, type FactDeal, type FactEntity, type Graph, type RoleKind } from '@dealgraph/graph';

interface GoldDeal {
  kind: FactDeal['kind'];
  acquirer: string[];
  target: string[];
  seller: string[];
  bidders: string[];
  year?: number;
  eur?: number;
  status: FactDeal['status'][];
}

interface GoldDocument {
  file: string;
  lang: string;
  publishedAt: string | null;
  entities: { type: 'COMPANY' | 'PERSON'; name: string; aliases: string[] }[];
  deals: GoldDeal[];
  roles: { person: string; org: string[]; role: RoleKind[] }[];
}

function toFacts(doc: GoldDocument, text: string, url: string | null): ArticleFacts {
  const entities: FactEntity[] = doc.entities.map((e, i) => ({ id: `e${i + 1}`, type: e.type, name: e.name, aliases: e.aliases }));
  // A name the gold lists in a deal but not among the entities is a company ("Nokia mobile phone business").
  const idOf = (names: string[], type: 'COMPANY' | 'PERSON' = 'COMPANY'): string | null => {
    const name = names[0];
    if (!name) return null;
    const found = entities.find((e) => e.name === name);
    if (found) return found.id;
    const added: FactEntity = { id: `e${entities.length + 1}`, type, name, aliases: [] };
    entities.push(added);
    return added.id;
  };
  // The sentence about a deal: the first one naming its target, else the title.
  const evidenceFor = (name: string | undefined) => {
    const at = name ? Math.max(0, text.indexOf(name)) : 0;
    const start = Math.max(0, text.lastIndexOf('\n', at) + 1);
    const end = Math.min(text.length, text.indexOf('\n', at) < 0 ? text.length : text.indexOf('\n', at));
    return [{ text: text.slice(start, end), start, end }];
  };
  const deals: FactDeal[] = doc.deals.map((deal, i) => ({
    id: `d${i + 1}`,
    kind: deal.kind,
    acquirer: idOf(deal.acquirer),
    target: idOf(deal.target),
    seller: idOf(deal.seller),
    bidders: deal.bidders.map((name) => idOf([name])).filter((id): id is string => id !== null),
    date: deal.year ? { year: deal.year, month: null, day: null } : null,
    amount: deal.eur ? { value: deal.eur, currency: 'EUR', eur: deal.eur, approximate: false, upTo: false, text: `${deal.eur / 1e6} million euro` } : null,
    status: deal.status[0] ?? 'COMPLETED',
    confidence: 0.9,
    evidence: evidenceFor(deal.target[0]),
  }));
  const roles = doc.roles.flatMap((role) => {
    const person = idOf([role.person], 'PERSON');
    const org = idOf(role.org);
    const kind = role.role[0];
    return person && org && kind ? [{ person, org, role: kind, title: kind.toLowerCase(), current: null, evidence: evidenceFor(role.person) }] : [];
  });
  // The <title> of a page, else its first line of some length (what a reader sees as the headline).
  const title = /<title>([^<]+)<\/title>/i.exec(text)?.[1]?.trim() ?? text.split('\n').find((line) => line.trim().length > 20)?.trim() ?? doc.file;
  return {
    article: { text, title, lang: doc.lang, publishedAt: doc.publishedAt, url, extractorVersion: 'gold' },
    entities,
    deals,
    roles,
  };
}

/** Ingests every annotated sample; the ingest is idempotent, so a second run changes nothing. */
export async function seedSamples(graph: Graph, samplesDir: string): Promise<number> {
  const gold = JSON.parse(await readFile(join(samplesDir, 'gold.json'), 'utf8')) as { documents: GoldDocument[] };
  const meta = JSON.parse(await readFile(join(samplesDir, 'meta.json'), 'utf8')) as Record<string, { url?: string }>;
  const articles = await Promise.all(
    gold.documents.map(async (doc) => toFacts(doc, await readFile(join(samplesDir, doc.file), 'utf8'), meta[doc.file]?.url ?? null)),
  );
  await ingestArticles(graph, articles);
  return articles.length;
}
