import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { cleanText } from './clean-text.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');
const seeds = path.resolve(repoRoot, '..', 'shared', 'corpus', 'seeds');
const haveSeeds = existsSync(seeds);
const seed = (file: string) => readFileSync(path.join(seeds, file), 'utf8');

const kept = (text: string) => cleanText(text).blocks.map((b) => b.text);
const reasons = (text: string) => Object.fromEntries(cleanText(text).dropped.map((d) => [d.text, d.reason]));

describe('cleanText on invented pages', () => {
  const english = [
    'Skip to main content',
    '',
    'Acme Corp agrees to buy Beta Systems for $2.5bn',
    '',
    'Acme Corp said on Monday it would buy Beta Systems, a maker of sensors, for $2.5bn in cash.',
    '',
    'Advertisement',
    '',
    'Read more: Acme profits rise',
    '',
    'The deal is expected to close in the third quarter, the company said.',
    '',
    'The deal is expected to close in the third quarter, the company said.',
    '',
    'Most read',
    '',
    'Ten gadgets for your summer holiday',
    '',
    'Share',
  ].join('\n');

  test('keeps the English article and its title', () => {
    const result = cleanText(english);
    expect(result.title).toBe('Acme Corp agrees to buy Beta Systems for $2.5bn');
    expect(kept(english)).toEqual([
      'Acme Corp agrees to buy Beta Systems for $2.5bn',
      'Acme Corp said on Monday it would buy Beta Systems, a maker of sensors, for $2.5bn in cash.',
      'The deal is expected to close in the third quarter, the company said.',
    ]);
    expect(result.blocks[0]?.kind).toBe('title');
  });

  test.each([
    ['a site name in capitals', 'HARBOUR LEDGER', 'Acme sells its boat unit to Beta'],
    ['a site name with its tagline', 'HARBOUR LEDGER — Shipping · Ports · Markets', 'Acme sells its boat unit to Beta'],
    ['a few capitalised words', 'Havnens Handelsblad', 'Acme sælger bådenheden til Beta'],
    ['a menu without separators', 'Nieuws  Beurs  Opinie  Vacatures', 'Acme verkoopt bootdivisie aan Beta'],
  ])('takes the headline, not %s above it, and drops that line', (_what, masthead, headline) => {
    const page = [masthead, '-----------------', 'Search...', '', headline, '', 'Acme said on Monday that it had agreed to sell the unit to Beta for cash.'].join('\n');
    const result = cleanText(page);
    expect(result.title).toBe(headline);
    expect(kept(page)[0]).toBe(headline);
    expect(result.dropped.map((d) => d.text)).toContain(masthead);
  });

  test.each([
    ['By Jane Roe · Monday 23 August 2021 · 4 min read'],
    ['6. november 2020 kl. 07.30 | Af Anders Friis'],
    ['woensdag 24 januari 2024 · 07:45 · Door Bart Jansen'],
    ['Publié le 07/04/2014 à 09h12 | Par Claire Martin'],
  ])('a byline is furniture: %s', (byline) => {
    const page = `Acme sells its boat unit to Beta\n\n${byline}\n\nAcme said on Monday that it had agreed to sell the unit to Beta for cash.`;
    expect(reasons(page)[byline]).toBe('byline');
  });

  test.each([
    ['Snack tubes on a supermarket shelf in Chicago. Photo: agency'],
    ['Selskabets hovedkontor i Aarhus. Foto: Mads Holm/Ritzau Scanpix'],
    ['Foto: Lise Berg'],
    ['Le siège du groupe à Paris (Photo: AFP)'],
  ])('a photo caption with its credit is furniture: %s', (caption) => {
    const page = `Acme sells its boat unit to Beta\n\n${caption}\n\nAcme said on Monday that it had agreed to sell the unit to Beta for cash.`;
    expect(reasons(page)[caption]).toBe('caption');
  });

  test('a sentence about a photo stays', () => {
    const line = 'The photo agency was bought by Beta: a deal of 40 million euros.';
    expect(kept(`Acme sells its boat unit\n\n${line}`)).toContain(line);
  });

  test('a sentence with "by" and a name stays', () => {
    const line = 'The unit was bought by Jane Roe and her partners last year.';
    expect(kept(`Acme sells its boat unit\n\n${line}`)).toContain(line);
  });

  test('a headline in Title Case is still the headline', () => {
    const page = 'HARBOUR LEDGER\n\nAcme Agrees To Buy Beta For $2bn\n\nAcme said on Monday that it had agreed to buy Beta for cash.';
    expect(cleanText(page).title).toBe('Acme Agrees To Buy Beta For $2bn');
  });

  test('with no better line, a short capitalised line is the title', () => {
    expect(cleanText('Acme Results\n\nAcme said on Monday that its profit had risen by a tenth in the year.').title).toBe('Acme Results');
  });

  test('says why the English furniture went', () => {
    expect(reasons(english)).toEqual({
      'Skip to main content': 'navigation',
      Advertisement: 'advert',
      'Read more: Acme profits rise': 'read-also',
      'The deal is expected to close in the third quarter, the company said.': 'repeated',
      'Most read': 'read-also',
      'Ten gadgets for your summer holiday': 'read-also',
      Share: 'navigation',
    });
  });

  const table: [string, string, string | null][] = [
    ['German teaser', 'Lesen Sie auch: Der Konzern streicht Stellen', 'read-also'],
    ['Swedish teaser', 'Läs också: Bolaget köper konkurrent', 'read-also'],
    ['Norwegian teaser', 'Les også: Selskapet kjøper konkurrent', 'read-also'],
    ['French teaser', 'Lire aussi : Le groupe rachète son rival', 'read-also'],
    ['Dutch teaser', 'Lees ook: Bedrijf neemt concurrent over', 'read-also'],
    ['German advert marker', 'Anzeige', 'advert'],
    ['Swedish advert marker', 'Annons', 'advert'],
    ['sponsored post', 'Sponsored by Example Bank', 'advert'],
    ['cookie wall', 'We use cookies to improve your experience. Accept all cookies?', 'popup'],
    ['newsletter prompt in German', 'Melden Sie sich für unseren Newsletter an und bleiben Sie informiert.', 'popup'],
    ['glued tags', 'aktiehandelopkøbfusionerteknologiinvestering', 'tag-run'],
    ['tag label', 'Tags: acquisitions, telecoms, Finland', 'tag-run'],
    ['menu', 'Home | News | Business | Tech', 'navigation'],
    ['one word', 'Print', 'navigation'],
    ['order prompt', 'Jetzt abonnieren!', 'order-prompt'],
    ['event line', '12. mai 2025 | Les mer', 'events'],
    ['people-news item', 'Example ApS har pr. 1. marts 2024 ansat Jens Hansen som salgschef. Nyt job', 'people-news'],
    ['Danish quoted speech', '»Handlen giver os flere kunder,« siger Mette Lind, administrerende direktør hos Global Widgets.', null],
    ['German quoted speech running to its end', '»Wir haben lange nach einem neuen Eigentümer gesucht und sind mit der Lösung zufrieden.', null],
    ['quoted speech with single guillemets', '›Das passt zu uns‹, sagte der Vorstandschef.', null],
    ['one French job advert', "OFFRE D'EMPLOI : Ingénieur qualité – Fonderies Varel – Limoges (87)", 'job-listing'],
    ['one Dutch job advert', 'Vacature: Medewerker inkoop – Harwick Logistiek – Tilburg', 'job-listing'],
    ['a heading on employment is no advert', 'Emploi : le chômage recule encore au troisième trimestre', null],
    ['teaser with its mark apart', '» Lindholm køber konkurrent i Sverige', 'read-also'],
    ['teaser headline against its mark', '»Lindholm köper konkurrent i Norge', 'read-also'],
  ];
  test.each(table)('%s', (_name, line, reason) => {
    const page = `Global Widgets buys Local Widgets\n\nGlobal Widgets has bought its smaller rival Local Widgets, the two companies said on Tuesday.\n\n${line}\n\nThe price was not disclosed.`;
    expect(reasons(page)[line]).toBe(reason ?? undefined);
  });

  const notFurniture: [string, string][] = [
    ['a sentence beginning with a teaser word', 'Related companies in the group were not part of the sale.'],
    ['German prose starting with Anzeige', 'Anzeige erstattet hat bisher keiner der Aktionäre, die gegen die Übernahme sind, und der Vorstand schweigt.'],
    ['a subheading', 'Price not disclosed'],
    ['a long compound word in a sentence', 'Die Donaudampfschifffahrtsgesellschaft wurde verkauft.'],
    ['a sentence about cookies', 'The bakery chain sells cookies in forty countries and was bought by a fund.'],
    ['a heading starting with a tail word', 'Jobs in tech are booming after the merger'],
  ];
  test.each(notFurniture)('keeps %s', (_name, line) => {
    const page = `Global Widgets buys Local Widgets\n\nGlobal Widgets has bought its smaller rival Local Widgets, the two companies said on Tuesday.\n\n${line}\n\nThe price was not disclosed.`;
    expect(kept(page)).toContain(line);
  });

  test('a job listing of short lines is furniture', () => {
    const page = [
      'Big Co buys Small Co',
      '',
      'Big Co has agreed to buy Small Co for an undisclosed sum, the firms said.',
      '',
      'Northwind Ltd',
      'Senior Software Engineer',
      'London',
      'Contoso plc',
      'Data Analyst',
      'London',
    ].join('\n');
    expect(new Set(Object.values(reasons(page)))).toEqual(new Set(['job-listing']));
  });

  test('joins a hard-wrapped paragraph into one block with exact offsets', () => {
    const page = 'A title for the page\n\nThe company said on Monday that it had agreed\nto buy its rival for cash.\n';
    const result = cleanText(page);
    expect(result.blocks[1]?.text).toBe('The company said on Monday that it had agreed\nto buy its rival for cash.');
    for (const b of result.blocks) expect(page.slice(b.start, b.end)).toBe(b.text);
  });

  test('on a hard-wrapped page, a line going on with a capitalised word continues its paragraph', () => {
    const page = [
      'LONDON, March 28 British housebuilder Redrow said',
      'on Tuesday it did not intend to make an offer to buy',
      'fellow builder Bovis after its approach was rejected.',
      'The withdrawal leaves a bid on the table from Galliford',
      'Try which was also rejected by Bovis, although the firms',
      'are still talking.',
      'Markets',
      'Shares',
    ].join('\n');
    const texts = cleanText(page).blocks.map((b) => b.text);
    expect(texts).toContainEqual(expect.stringMatching(/^The withdrawal leaves .*Galliford\nTry which .*still talking\.$/su));
    expect(texts).not.toContainEqual(expect.stringContaining('still talking.\nMarkets'));
  });

  test('cuts an inline link off an article paragraph', () => {
    const page =
      'Title of the piece here\n\nThe group recently bought a rival, which you can read about here: Group to buy rival for up to $3bn\n';
    const result = cleanText(page);
    expect(result.blocks[1]?.text).toBe('The group recently bought a rival, which you can read about here:');
    expect(result.dropped).toEqual([expect.objectContaining({ text: 'Group to buy rival for up to $3bn', reason: 'read-also' })]);
  });

  test('prose that continues the article after a furniture heading is taken back', () => {
    const page = [
      'Harbour Shipping buys Delta Ferries',
      '',
      'Harbour Shipping has agreed to buy Delta Ferries, the ferry operator, from its founding family for an undisclosed sum.',
      '',
      'Most read',
      '',
      'Delta Ferries operates ferries between the islands, and Harbour Shipping expects the purchase of the operator from the founding family to close in May.',
    ].join('\n');
    expect(kept(page)).toHaveLength(3);
  });

  test('empty and blank text give nothing', () => {
    expect(cleanText('')).toEqual({ title: null, blocks: [], dropped: [] });
    expect(cleanText(' \n\n \r\n')).toEqual({ title: null, blocks: [], dropped: [] });
  });
});

(haveSeeds ? describe : describe.skip)('cleanText on the seed pages', () => {
  const files = ['000_7c737312371ae54c.txt', '001_f76c9b9119ef0a67.txt', '002_dcf882aab7bd2dd6.txt'];

  test.each(files)('%s: offsets are exact and every line is accounted for once', (file) => {
    const text = seed(file);
    const result = cleanText(text);
    const spans = [...result.blocks, ...result.dropped].sort((a, b) => a.start - b.start);
    for (const s of spans) expect(text.slice(s.start, s.end)).toBe(s.text);
    for (let i = 1; i < spans.length; i++) expect(spans[i]!.start).toBeGreaterThanOrEqual(spans[i - 1]!.end);
    const covered = spans.map((s) => s.text).join('');
    expect(covered.replace(/\s+/g, '')).toBe(text.replace(/\s+/g, ''));
  });

  test('the Dutch page: popup and test lines, the doubled body and the tail go; the facts stay', () => {
    const text = seed(files[0]!);
    const result = cleanText(text);
    const body = result.blocks.map((b) => b.text).join('\n');
    expect(result.title).toMatch(/^Nokia verkoopt/);
    expect(body).toContain('170 miljoen euro');
    expect(body).toContain('vorig jaar 141 miljoen euro');
    expect(body).toContain('In februari 2017');
    expect(body).toContain('Samsung en Google Nest');
    expect(body.match(/170 miljoen euro/g)).toHaveLength(1);
    for (const furniture of ['Test', 'Dit is een popup', 'Gerelateerde artikelen', 'Volg ons', 'Bestel nu!', 'Jaarboek', 'fitnesstracker']) {
      expect(body).not.toContain(furniture);
    }
    const why = new Set(result.dropped.map((d) => d.reason));
    for (const r of ['navigation', 'popup', 'repeated', 'tag-run', 'order-prompt']) expect(why).toContain(r);
  });

  test('the first Danish page: teasers, the directory advert and the events go', () => {
    const text = seed(files[1]!);
    const result = cleanText(text);
    const body = result.blocks.map((b) => b.text).join('\n');
    // The headline is the page's second line, after an image caption.
    expect(result.title).toBe(text.split('\n').map((line) => line.trim()).filter(Boolean)[1]);
    for (const fact of ['1,3 milliarder kroner', 'stiftede i 2008', 'Gregory Lee', 'HMD-Global', 'Reuters']) expect(body).toContain(fact);
    for (const furniture of ['Læs også', 'Brancheguide', 'Alfapeople', 'SAP Excellence', '2025', 'Artikel top billede']) {
      expect(body).not.toContain(furniture);
    }
    expect(result.dropped.filter((d) => d.reason === 'events').length).toBeGreaterThanOrEqual(6);
  });

  test('the second Danish page: sidebar, jobs and people news go; the linked title is cut off', () => {
    const result = cleanText(seed(files[2]!));
    const body = result.blocks.map((b) => b.text).join('\n');
    expect(result.title).toMatch(/^Efter den store nedtur/);
    for (const fact of ['knap 1,3 milliarder kroner', 'Rajeev Suri', 'stiftet i 2008', 'Microsoft opkøbte', 'købte franske Alcatel-Lucent']) {
      expect(body).toContain(fact);
    }
    for (const furniture of ['op mod 85', 'Conscia', 'Everllence', 'Københavnsområdet', 'Navnenyt', 'ansat', 'Læs også', 'Nyt job']) {
      expect(body).not.toContain(furniture);
    }
    const why = new Set(result.dropped.map((d) => d.reason));
    for (const r of ['advert', 'job-listing', 'people-news', 'read-also']) expect(why).toContain(r);
  });
});
