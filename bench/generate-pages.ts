// Generates benchmark news pages: a deal story in one of seven languages, filler prose,
// and the page furniture scraped pages carry (read-also links, adverts, job listings),
// some wrapped as HTML. Deterministic for a seed, so runs compare.

import { seededRandom } from './seeded-random.js';

export interface GeneratedPage {
  lang: string;
  html: boolean;
  publishedAt: string;
  text: string;
}

type Story = (p: { buyer: string; target: string; seller: string; person: string; amount: string; year: number }) => string[];

const STORIES: Record<string, { stories: Story[]; filler: string[]; furniture: string[]; amounts: string[] }> = {
  en: {
    stories: [
      (p) => [`${p.buyer} buys ${p.target} in ${p.amount} deal`, `${p.buyer} said on Tuesday it has agreed to buy ${p.target} for ${p.amount}, its largest purchase since ${p.year}.`, `"This brings us closer to our customers," chief executive ${p.person} told analysts.`],
      (p) => [`${p.seller} sells unit to ${p.buyer}`, `${p.seller} has sold its ${p.target} division to ${p.buyer} for ${p.amount}, the companies announced.`, `The deal is expected to close in ${p.year}.`],
    ],
    filler: ['Shares rose 3 percent in early trading as investors welcomed the news.', 'The company employs around 4,000 people across twelve countries.', 'Analysts had expected the group to report weaker quarterly revenue.'],
    furniture: ['Read more: Five things to watch this week', 'Advertisement', 'Subscribe to our newsletter', 'Senior Data Engineer', 'London', 'Related articles'],
    amounts: ['$2.5bn', '450 million euros', 'about $300 million', '£40m'],
  },
  nl: {
    stories: [
      (p) => [`${p.buyer} neemt ${p.target} over`, `${p.buyer} heeft ${p.target} overgenomen voor ${p.amount}, zo meldde het bedrijf dinsdag.`, `Topman ${p.person} spreekt van een strategische stap.`],
      (p) => [`${p.seller} verkoopt divisie`, `${p.seller} verkoopt zijn ${p.target}-tak aan ${p.buyer} voor ${p.amount}.`, `De verkoop moet in ${p.year} worden afgerond.`],
    ],
    filler: ['Het aandeel steeg dinsdag met twee procent.', 'Het bedrijf telt ongeveer 3.000 medewerkers.', 'Analisten reageerden voorzichtig positief.'],
    furniture: ['Lees ook: De tien grootste overnames van dit jaar', 'Advertentie', 'Volg ons', 'Gerelateerde artikelen', 'Schrijf je in voor de nieuwsbrief'],
    amounts: ['170 miljoen euro', 'ongeveer 1,2 miljard euro', '85 miljoen dollar'],
  },
  da: {
    stories: [
      (p) => [`${p.buyer} køber ${p.target}`, `${p.buyer} har købt ${p.target} for ${p.amount}, oplyser selskabet.`, `"Det er et vigtigt skridt for os," siger administrerende direktør ${p.person}.`],
      (p) => [`${p.seller} sælger forretning`, `${p.seller} sælger sin ${p.target}-afdeling til ${p.buyer} for ${p.amount}.`, `Handlen ventes afsluttet i ${p.year}.`],
    ],
    filler: ['Aktien steg med tre procent i løbet af dagen.', 'Selskabet har omkring 800 medarbejdere i Danmark.', 'Det skriver nyhedsbureauet Ritzau.'],
    furniture: ['Læs også: Her er årets største opkøb', 'Annonceindlæg', 'Københavnsområdet', 'Nyt job', 'Læses lige nu', 'Tilmeld dig nyhedsbrevet'],
    amounts: ['1,3 milliarder kroner', 'knap 2 mia. kr.', 'op mod 85 milliarder kroner', '425.000 kroner'],
  },
  de: {
    stories: [
      (p) => [`${p.buyer} übernimmt ${p.target}`, `${p.buyer} übernimmt ${p.target} für ${p.amount}, teilte der Konzern am Montag mit.`, `Vorstandschef ${p.person} sprach von einem Meilenstein.`],
      (p) => [`${p.seller} verkauft Sparte`, `${p.seller} verkauft seine ${p.target}-Sparte an ${p.buyer} für ${p.amount}.`, `Der Abschluss wird für ${p.year} erwartet.`],
    ],
    filler: ['Die Aktie legte im frühen Handel um zwei Prozent zu.', 'Das Unternehmen beschäftigt rund 5.000 Mitarbeiter.', 'Analysten zeigten sich überrascht.'],
    furniture: ['Lesen Sie auch: Die größten Übernahmen des Jahres', 'Anzeige', 'Newsletter abonnieren', 'Mehr zum Thema'],
    amounts: ['1,2 Milliarden Euro', '€1,2 Mrd.', 'rund 300 Millionen Euro'],
  },
  sv: {
    stories: [
      (p) => [`${p.buyer} köper ${p.target}`, `${p.buyer} köper ${p.target} för ${p.amount}, meddelar bolaget.`, `"Vi stärker vår position," säger vd ${p.person}.`],
    ],
    filler: ['Aktien steg med fyra procent på Stockholmsbörsen.', 'Bolaget har cirka 1 200 anställda.'],
    furniture: ['Läs också: Veckans största affärer', 'Annons', 'Prenumerera på vårt nyhetsbrev'],
    amounts: ['3,5 miljarder kronor', 'cirka 900 miljoner kronor'],
  },
  no: {
    stories: [
      (p) => [`${p.buyer} kjøper ${p.target}`, `${p.buyer} kjøper ${p.target} for ${p.amount}, opplyser selskapet.`, `Konsernsjef ${p.person} er fornøyd med avtalen.`],
    ],
    filler: ['Aksjen steg med to prosent på Oslo Børs.', 'Selskapet har rundt 600 ansatte.'],
    furniture: ['Les også: Dette er årets største oppkjøp', 'Annonse', 'Abonner på nyhetsbrevet'],
    amounts: ['2 milliarder kroner', 'opp mot 500 millioner kroner'],
  },
  fr: {
    stories: [
      (p) => [`${p.buyer} rachète ${p.target}`, `${p.buyer} a annoncé le rachat de ${p.target} pour ${p.amount}.`, `Le PDG ${p.person} salue une opération stratégique.`],
    ],
    filler: ['Le titre a progressé de 2 % à la Bourse de Paris.', 'Le groupe emploie environ 7 000 personnes.'],
    furniture: ['Lire aussi : Les plus grandes acquisitions de l’année', 'Publicité', 'Abonnez-vous à notre newsletter'],
    amounts: ['450 millions d’euros', 'environ 1,2 milliard d’euros'],
  },
};

const SYLLABLES = ['nor', 'vik', 'al', 'tec', 'sol', 'mar', 'gen', 'tra', 'lux', 'ber', 'ka', 'ron', 'vel', 'dia', 'quin', 'sto'];
const SUFFIXES = ['', ' A/S', ' AB', ' AG', ' GmbH', ' N.V.', ' SA', ' Inc.', ' plc', ' ASA', ' Oyj'];
const FIRST = ['Anna', 'Lars', 'Sophie', 'Jan', 'Marie', 'Peter', 'Claire', 'Henrik', 'Eva', 'Thomas'];
const LAST = ['Jensen', 'de Vries', 'Müller', 'Lindqvist', 'Dubois', 'Hansen', 'Smith', 'Bakker'];

export function generatePages(count: number, seed = 1): GeneratedPage[] {
  const next = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  const company = () => {
    const name = pick(SYLLABLES) + pick(SYLLABLES) + (next() < 0.5 ? pick(SYLLABLES) : '');
    return name[0]!.toUpperCase() + name.slice(1) + pick(SUFFIXES);
  };
  const langs = Object.keys(STORIES);
  const pages: GeneratedPage[] = [];
  for (let i = 0; i < count; i += 1) {
    const lang = pick(langs);
    const kit = STORIES[lang]!;
    const year = 2005 + Math.floor(next() * 20);
    const parts = pick(kit.stories)({
      buyer: company(), target: company(), seller: company(),
      person: `${pick(FIRST)} ${pick(LAST)}`, amount: pick(kit.amounts), year,
    });
    const body: string[] = [];
    while (body.join('\n\n').length < 3000) body.push(`${pick(kit.filler)} ${pick(kit.filler)} ${pick(kit.filler)}`);
    const furniture = Array.from({ length: 6 }, () => pick(kit.furniture));
    const paragraphs = [furniture[0]!, ...parts, ...body, ...furniture.slice(1)];
    const html = next() < 0.25;
    const publishedAt = `${year}-${String(1 + Math.floor(next() * 12)).padStart(2, '0')}-15`;
    const text = html
      ? `<!doctype html><html lang="${lang}"><head><title>${parts[0]}</title><meta property="article:published_time" content="${publishedAt}"></head>` +
        `<body><nav><a href="/">Home</a> <a href="/news">News</a></nav><article><h1>${parts[0]}</h1>` +
        parts.slice(1).concat(body).map((p) => `<p>${p}</p>`).join('') +
        `</article><aside>${furniture.map((f) => `<div class="ad">${f}</div>`).join('')}</aside><footer>© Example Media</footer></body></html>`
      : paragraphs.join('\n\n');
    pages.push({ lang, html, publishedAt, text });
  }
  return pages;
}
