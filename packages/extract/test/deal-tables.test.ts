// Table tests per language: short pages of our own about real deals (facts public, words ours) → the deal expected,
// with pages that must yield no deal beside them. Seller-side, called-off, stake, merger and write-down shapes.
import { extractDocument } from '../src/index.js';
import { dealsOf, nameOf, rolesOf, type Expected } from './__fixtures__/deals-of.js';

/** The page yields exactly one deal, and it has these fields. */
function expectOneDeal(text: string, publishedAt: string, expected: Partial<Expected>): void {
  expect(dealsOf(extractDocument(text, { publishedAt }))).toEqual([expect.objectContaining(expected)]);
}

/** Among the page's deals is one with these fields. */
function expectDeal(text: string, publishedAt: string, expected: Partial<Expected>): void {
  expect(dealsOf(extractDocument(text, { publishedAt }))).toContainEqual(expect.objectContaining(expected));
}

/** The deals of a page as 'acquirer → target (year)', in order. */
const listed = (text: string, publishedAt: string) => dealsOf(extractDocument(text, { publishedAt })).map((deal) => `${deal.acquirer} → ${deal.target} (${deal.year})`);

/** [language, publishedAt, page, the deal it reports]. */
const pages: [string, string, string, Expected][] = [
  // English
  ['en', '2017-08-29', 'Amazon completed its purchase of Whole Foods on Monday.', { kind: 'ACQUISITION', acquirer: 'Amazon', target: 'Whole Foods', status: 'COMPLETED', year: 2017 }],
  ['en', '2015-04-24', 'Comcast abandoned its plan to buy Time Warner Cable after regulators objected.', { kind: 'ACQUISITION', acquirer: 'Comcast', target: 'Time Warner Cable', status: 'CANCELLED', year: 2015 }],
  ['en', '2017-06-02', 'Tencent bought a 5 percent stake in Tesla earlier this year.', { kind: 'STAKE', acquirer: 'Tencent', target: 'Tesla', status: 'COMPLETED', year: 2017 }],
  ['en', '2020-10-02', 'Walmart is letting go of Asda. Asda is being sold to TDR Capital, a private equity firm, for £6.8bn.', { kind: 'ACQUISITION', acquirer: 'TDR Capital', target: 'Asda', status: 'PLANNED', year: 2020 }],
  ['en', '2014-11-14', 'Procter & Gamble agreed to sell Duracell to Berkshire Hathaway.', { kind: 'ACQUISITION', acquirer: 'Berkshire Hathaway', target: 'Duracell', seller: 'Procter & Gamble', status: 'PLANNED', year: 2014 }],
  // Danish
  ['da', '2023-07-11', 'Coloplast har købt islandske Kerecis for 1,3 milliarder dollar.', { kind: 'ACQUISITION', acquirer: 'Coloplast', target: 'Kerecis', status: 'COMPLETED', year: 2023 }],
  ['da', '2022-09-05', 'Novo Holdings køber en minoritetsandel i Lundbeckfonden Invest. Aftalen forventes at falde på plads i år.', { kind: 'STAKE', acquirer: 'Novo Holdings', target: 'Lundbeckfonden Invest', status: 'PLANNED', year: 2022 }],
  ['da', '2020-06-30', 'Ørsted sælger Radius til SEAS-NVE for 2,3 milliarder kroner.', { kind: 'ACQUISITION', acquirer: 'SEAS-NVE', target: 'Radius', seller: 'Ørsted', status: 'PLANNED', year: 2020 }],
  ['da', '2007-11-09', 'Danske Bank købte Sampo Bank i 2007.', { kind: 'ACQUISITION', acquirer: 'Danske Bank', target: 'Sampo Bank', status: 'COMPLETED', year: 2007 }],
  // Norwegian
  ['no', '2016-02-04', 'Orkla kjøpte Cederroth i 2015.', { kind: 'ACQUISITION', acquirer: 'Orkla', target: 'Cederroth', status: 'COMPLETED', year: 2015 }],
  ['no', '2019-10-02', 'Telenor selger Telenor Myanmar til M1 Group.', { kind: 'ACQUISITION', acquirer: 'M1 Group', target: 'Telenor Myanmar', seller: 'Telenor', status: 'PLANNED', year: 2019 }],
  ['no', '2016-01-05', 'Schibsted kjøper en andel i Finn Småjobber.', { kind: 'STAKE', acquirer: 'Schibsted', target: 'Finn Småjobber', status: 'PLANNED', year: 2016 }],
  ['no', '2018-04-10', 'Norsk Hydro har kjøpt Sapa av Orkla.', { kind: 'ACQUISITION', acquirer: 'Norsk Hydro', target: 'Sapa', seller: 'Orkla', status: 'COMPLETED', year: 2018 }],
  // Swedish
  ['sv', '2019-06-27', 'Ericsson köper Kathrein Mobile Communication från Kathrein.', { kind: 'ACQUISITION', acquirer: 'Ericsson', target: 'Kathrein Mobile Communication', seller: 'Kathrein', status: 'PLANNED', year: 2019 }],
  ['sv', '2016-03-01', 'Telia har köpt Phonero av Telenor.', { kind: 'ACQUISITION', acquirer: 'Telia', target: 'Phonero', seller: 'Telenor', status: 'COMPLETED', year: 2016 }],
  ['sv', '2017-12-04', 'Saab köper en andel i Combitech. Affären förväntas slutföras i januari.', { kind: 'STAKE', acquirer: 'Saab', target: 'Combitech', status: 'PLANNED', year: 2017 }],
  ['sv', '2021-11-10', 'Electrolux säljer Electrolux Professional till Marcus Wallenberg.', { kind: 'ACQUISITION', acquirer: 'Marcus Wallenberg', target: 'Electrolux Professional', seller: 'Electrolux', status: 'PLANNED', year: 2021 }],
  // German
  ['de', '2016-06-30', 'Linde und Praxair wollen fusionieren.', { kind: 'MERGER', acquirer: 'Linde', target: 'Praxair', status: 'PLANNED', year: 2016 }],
  ['de', '2019-08-01', 'Siemens Healthineers kauft Varian Medical Systems.', { kind: 'ACQUISITION', acquirer: 'Siemens Healthineers', target: 'Varian Medical Systems', status: 'PLANNED', year: 2019 }],
  ['de', '2020-02-27', 'Thyssenkrupp verkauft seine Aufzugsparte Thyssenkrupp Elevator für 17,2 Milliarden Euro an Advent.', { kind: 'ACQUISITION', acquirer: 'Advent', target: 'Thyssenkrupp Elevator', seller: 'Thyssenkrupp', status: 'PLANNED', year: 2020 }],
  ['de', '2018-03-12', 'Eon übernimmt Innogy von RWE.', { kind: 'ACQUISITION', acquirer: 'Eon', target: 'Innogy', seller: 'RWE', status: 'PLANNED', year: 2018 }],
  // Dutch
  ['nl', '2017-05-31', 'Ahold en Delhaize zijn gefuseerd.', { kind: 'MERGER', acquirer: 'Ahold', target: 'Delhaize', status: 'COMPLETED', year: 2017 }],
  ['nl', '2018-10-01', 'AkzoNobel verkoopt Nouryon aan Carlyle.', { kind: 'ACQUISITION', acquirer: 'Carlyle', target: 'Nouryon', seller: 'AkzoNobel', status: 'PLANNED', year: 2018 }],
  ['nl', '2015-08-06', 'Philips verkoopt Lumileds aan GO Scale Capital.', { kind: 'ACQUISITION', acquirer: 'GO Scale Capital', target: 'Lumileds', seller: 'Philips', status: 'PLANNED', year: 2015 }],
  ['nl', '2015-09-09', 'Heineken heeft een belang in Lagunitas gekocht.', { kind: 'STAKE', acquirer: 'Heineken', target: 'Lagunitas', status: 'COMPLETED', year: 2015 }],
  // French
  ['fr', '2018-01-16', 'Essilor et Luxottica ont fusionné.', { kind: 'MERGER', acquirer: 'Essilor', target: 'Luxottica', status: 'COMPLETED', year: 2018 }],
  ['fr', '2019-04-10', 'Alstom a renoncé à racheter Bombardier Transport.', { kind: 'ACQUISITION', acquirer: 'Alstom', target: 'Bombardier Transport', status: 'CANCELLED', year: 2019 }],
  ['fr', '2021-02-17', 'Veolia rachète Suez pour 13 milliards d’euros.', { kind: 'ACQUISITION', acquirer: 'Veolia', target: 'Suez', status: 'PLANNED', year: 2021 }],
  ['fr', '2016-06-27', 'Sanofi vend Merial à Boehringer Ingelheim.', { kind: 'ACQUISITION', acquirer: 'Boehringer Ingelheim', target: 'Merial', seller: 'Sanofi', status: 'PLANNED', year: 2016 }],
  // A merger noun followed by both parties; a merger blocked by regulators is called off.
  ['de', '2001-07-03', 'Die geplante Fusion von General Electric und Honeywell ist gescheitert.', { kind: 'MERGER', acquirer: 'General Electric', target: 'Honeywell', status: 'CANCELLED', year: 2001 }],
  ['en', '2016-02-15', 'The merger of Dow and DuPont was announced in December.', { kind: 'MERGER', acquirer: 'Dow', target: 'DuPont', status: 'PLANNED', year: 2015 }],
  ['da', '2019-02-06', 'Fusionen mellem Siemens og Alstom blev forbudt af EU.', { kind: 'MERGER', acquirer: 'Alstom', target: 'Siemens', status: 'CANCELLED', year: 2019 }],
  // After an event noun, 'av'/'af'/'von' (also 'by') means 'of'.
  ['no', '2018-06-01', 'Orkla har vokst gjennom oppkjøpet av Cederroth, som ble fullført i fjor.', { kind: 'ACQUISITION', acquirer: 'Orkla', target: 'Cederroth', status: 'COMPLETED', year: 2017 }],
  ['da', '2022-06-15', 'Ørsted har fundet en køber til Ørsted LNG. Franske TotalEnergies overtager gasselskabet i en handel til 2 mia. kroner.', { kind: 'ACQUISITION', acquirer: 'TotalEnergies', target: 'Ørsted LNG', seller: 'Ørsted', status: 'PLANNED', year: 2022 }],
  // A company named inside commas is not the subject; a price per share is neither a stake nor the deal's value.
  ['en', '2024-02-05', 'Novo Holdings, the foundation-owned investor that controls Novo Nordisk, has agreed to buy Catalent for $63.50 a share in cash.', { kind: 'ACQUISITION', acquirer: 'Novo Holdings', target: 'Catalent', status: 'PLANNED', year: 2024 }],
  ['de', '2018-10-31', 'Die als „Hochzeit im Himmel“ gefeierte Fusion von Linde und Praxair ist abgeschlossen.', { kind: 'MERGER', acquirer: 'Linde', target: 'Praxair', status: 'COMPLETED', year: 2018 }],
  // What a buyer will own after a deal: a stake ('vil eie 30 prosent av X', 'will own 20 percent of X').
  ['no', '2021-03-01', 'Etter emisjonen vil Aker eie 30 prosent av Cognite.', { kind: 'STAKE', acquirer: 'Aker', target: 'Cognite', status: 'PLANNED', year: 2021 }],
  ['da', '2021-03-01', 'Efter handlen vil Novo Holdings eje 20 procent af Ambu.', { kind: 'STAKE', acquirer: 'Novo Holdings', target: 'Ambu', status: 'PLANNED', year: 2021 }],
  ['en', '2021-03-01', 'After the deal Tencent will own 12 percent of Spotify.', { kind: 'STAKE', acquirer: 'Tencent', target: 'Spotify', status: 'PLANNED', year: 2021 }],
  // 'Der Münchner Konzern hat …': a determiner, adjectives and a company noun point back to the last subject.
  ['de', '2018-02-01', 'Siemens legt Zahlen vor. Der Münchner Konzern hat die Übernahme des Softwareherstellers Mentor Graphics abgeschlossen.', { kind: 'ACQUISITION', acquirer: 'Siemens', target: 'Mentor Graphics', status: 'COMPLETED', year: 2018 }],
  // In an infinitive clause opened by 'om' the name before the verb is its object.
  ['nl', '2011-06-01', 'Philips zegt dat het concern overeenkwam om het Braziliaanse Walita over te nemen.', { kind: 'ACQUISITION', acquirer: 'Philips', target: 'Walita', status: 'PLANNED', year: 2011 }],
  // A sale negotiated 'with' a party: it buys, and 'le groupe' before it sells; exclusive negotiations are planned, and
  // a share the seller keeps makes no stake.
  ['fr', '2014-04-06', "Le conseil de surveillance de Vivendi a tranché : le groupe entre en négociations exclusives avec Numericable pour la cession de SFR. Selon l'offre, Vivendi conservera 20 % du nouvel ensemble.", { kind: 'ACQUISITION', acquirer: 'Numericable', target: 'SFR', seller: 'Vivendi', status: 'PLANNED', year: 2014 }],
  // After an offer noun a word that is both 'from' and 'of' names the bidder; the target follows 'op', 'for', 'on'.
  ['nl', '2007-10-06', 'ABN Amro kreeg twee biedingen. Het bod van Barclays op ABN Amro bestond grotendeels uit eigen aandelen, meldt de bank.', { kind: 'ACQUISITION', acquirer: 'Barclays', target: 'ABN Amro', status: 'PLANNED', year: 2007 }],
  // A consortium opening the clause buys through the first company of its apposition; 'Bud' opening a sentence is no name.
  ['no', '2016-07-18', 'Opera Software selger nettleseren. Bud og avtale er dermed skrotet. Konsortiet, som ledes av investeringsselskapet Golden Brick og internettselskapet Qihoo 360, kjøper forbrukervirksomheten til Opera Software for 600 millioner dollar.', { kind: 'ACQUISITION', acquirer: 'Golden Brick', target: 'Opera Software', status: 'PLANNED', year: 2016 }],
  // One sentence with a purchase naming only its target and one naming only its buyer tells one deal.
  ['de', '2017-08-17', 'Monatelang stand die Übernahme des Arzneimittelherstellers Stada auf der Kippe, jetzt ist sie unter Dach und Fach: Die Finanzinvestoren Bain Capital und Cinven haben bei ihrem zweiten Angebot die nötige Schwelle übertroffen.', { kind: 'ACQUISITION', acquirer: 'Cinven', target: 'Stada', status: 'PLANNED', year: 2017 }],
  // Before a bare participle ending a German clause, the first name is the subject, the next the object.
  ['de', '2006-02-28', 'Vodafone, damals unter Chef Chris Gent, hatte Mannesmann im Februar 2000 für rund 190 Milliarden Euro übernommen.', { kind: 'ACQUISITION', acquirer: 'Vodafone', target: 'Mannesmann', status: 'COMPLETED', year: 2000 }],
  ['de', '2008-08-21', 'Erst im vergangenen Jahr hatte Continental die Autoelektroniksparte Siemens VDO für 11,4 Milliarden Euro von Siemens gekauft.', { kind: 'ACQUISITION', acquirer: 'Continental', target: 'Siemens VDO', seller: 'Siemens', status: 'COMPLETED', year: 2007 }],
  // A name inside a clause that a fronted prepositional phrase carries is no subject; V2 puts it after the verb.
  ['de', '2018-06-26', 'Für den Anteil, den E.ON in das Angebot eingebracht hatte, zahlte Fortum rund 3,76 Milliarden Euro für Uniper.', { kind: 'ACQUISITION', acquirer: 'Fortum', target: 'Uniper', status: 'PLANNED', year: 2018 }],
  // An acronym that spells a common word is still a name.
  ['sv', '2006-09-18', 'Det tyska lastbilsföretaget MAN lägger ett bud på Scania för 9,6 miljarder euro, meddelar bolaget.', { kind: 'ACQUISITION', acquirer: 'MAN', target: 'Scania', status: 'PLANNED', year: 2006 }],
  // A price per share in any language makes no stake.
  ['nl', '2025-02-24', 'Prosus legt 4,1 miljard euro neer voor Just Eat Takeaway. Prosus biedt 20,30 euro in contanten per aandeel Just Eat Takeaway, meldt het bedrijf.', { kind: 'ACQUISITION', acquirer: 'Prosus', target: 'Just Eat Takeaway', status: 'PLANNED', year: 2025 }],
  // An unnamed subsidiary sold is the page's main other company.
  ['de', '2014-03-01', 'Motorola baut Smartphones in Texas. Google verkauft die amerikanische Tochter an Lenovo. Motorola hat 5000 Mitarbeiter.', { kind: 'ACQUISITION', acquirer: 'Lenovo', target: 'Motorola', seller: 'Google', status: 'PLANNED', year: 2014 }],
  // Buying into a company, or building up a holding through the market, is a stake.
  ['en', '2017-03-28', 'Tencent bought into Tesla this month.', { kind: 'STAKE', acquirer: 'Tencent', target: 'Tesla', status: 'COMPLETED', year: 2017 }],
  ['en', '2022-05-02', 'Berkshire Hathaway has built up a stake in Occidental Petroleum through market purchases.', { kind: 'STAKE', acquirer: 'Berkshire Hathaway', target: 'Occidental Petroleum', status: 'COMPLETED', year: 2022 }],
  ['no', '2019-09-20', 'Aker kjøper seg inn i Cognite.', { kind: 'STAKE', acquirer: 'Aker', target: 'Cognite', status: 'PLANNED', year: 2019 }],
  ['da', '2021-06-10', 'Novo Holdings køber sig ind i Ambu.', { kind: 'STAKE', acquirer: 'Novo Holdings', target: 'Ambu', status: 'PLANNED', year: 2021 }],
  ['sv', '2020-11-03', 'Investor har byggt upp en ägarandel på 5 procent i Electrolux.', { kind: 'STAKE', acquirer: 'Investor', target: 'Electrolux', status: 'COMPLETED', year: 2020 }],
  // Write-downs: the owner books it on what it bought, named or pointed back to ('on it', 'the unit').
  ['en', '2012-11-20', 'Hewlett-Packard wrote down 8.8 billion dollars on Autonomy.', { kind: 'WRITE_DOWN', acquirer: 'Hewlett-Packard', target: 'Autonomy', status: 'COMPLETED', year: 2012 }],
  ['nl', '2012-07-24', 'KPN heeft 2 miljard euro afgeschreven op het onderdeel E-Plus.', { kind: 'WRITE_DOWN', acquirer: 'KPN', target: 'E-Plus', status: 'COMPLETED', year: 2012 }],
  ['da', '2009-02-05', 'Danske Bank købte Sampo Bank i 2007. Sidste år måtte Danske Bank nedskrive værdien af enheden med 1 mia. kroner.', { kind: 'WRITE_DOWN', acquirer: 'Danske Bank', target: 'Sampo Bank', status: 'COMPLETED', year: 2008 }],
  ['sv', '2023-02-01', 'Telia köpte Bonnier Broadcasting 2019. Sedan dess har affärerna gått trögt, och förra året skrevs värdet ned med 3 miljarder kronor.', { kind: 'WRITE_DOWN', acquirer: 'Telia', target: 'Bonnier Broadcasting', status: 'COMPLETED', year: 2022 }],
  ['de', '2024-03-05', 'Bayer übernahm Monsanto 2018. Im vergangenen Jahr schrieben sie 2 Milliarden Euro ab.', { kind: 'WRITE_DOWN', acquirer: 'Bayer', target: 'Monsanto', status: 'COMPLETED', year: 2023 }],
  ['en', '2012-11-20', 'Hewlett-Packard paid 11 billion dollars for Autonomy and wrote off 8.8 billion dollars of that value this year.', { kind: 'WRITE_DOWN', acquirer: 'Hewlett-Packard', target: 'Autonomy', status: 'COMPLETED', year: 2012 }],
  // 'X took over its unit' on a page about Y: 'its' is Y's; a seller's 'its' and Scandinavian 'sin' stay the subject's.
  ['en', '2012-01-30', 'Siemens reported strong orders. Siemens, Siemens and more Siemens. Bosch took over its household appliance division in 2014.', { kind: 'ACQUISITION', acquirer: 'Bosch', target: 'Siemens household appliance division', seller: 'Siemens', status: 'COMPLETED', year: 2014 }],
  ['en', '2014-09-22', 'Siemens reported strong orders. Siemens sold its household appliance division to Bosch.', { kind: 'ACQUISITION', acquirer: 'Bosch', target: 'Siemens household appliance division', seller: 'Siemens', status: 'COMPLETED', year: 2014 }],
  // A purchase in a relative clause keeps its own date; the write-down is dated to the report.
  ['nl', '2016-02-10', 'Microsoft heeft een afschrijving van 7 miljard dollar geboekt op Skype, het bedrijf dat het vorig jaar overnam.', { kind: 'WRITE_DOWN', acquirer: 'Microsoft', target: 'Skype', status: 'COMPLETED', year: 2016 }],
  ['nl', '2016-02-10', 'Microsoft heeft een afschrijving van 7 miljard dollar geboekt op Skype, het bedrijf dat het vorig jaar overnam.', { kind: 'ACQUISITION', acquirer: 'Microsoft', target: 'Skype', status: 'COMPLETED', year: 2015 }],
  ['en', '2014-01-30', 'Google wrote down 2 billion dollars on Motorola, which it bought in 2012.', { kind: 'ACQUISITION', acquirer: 'Google', target: 'Motorola', status: 'COMPLETED', year: 2012 }],
  ['en', '2014-01-30', 'Google wrote down 2 billion dollars on Motorola, which it bought in 2012.', { kind: 'WRITE_DOWN', acquirer: 'Google', target: 'Motorola', status: 'COMPLETED', year: 2014 }],
  // 'the company' as the object points back to the company named before it.
  ['da', '2023-07-11', 'Kerecis blev grundlagt på Island. Coloplast købte virksomheden i 2023.', { kind: 'ACQUISITION', acquirer: 'Coloplast', target: 'Kerecis', status: 'COMPLETED', year: 2023 }],
  ['en', '2017-08-29', 'Whole Foods grew fast for decades. Amazon bought the company in 2017.', { kind: 'ACQUISITION', acquirer: 'Amazon', target: 'Whole Foods', status: 'COMPLETED', year: 2017 }],
  // A unit named by its parent's name and more words is sold by that parent.
  // 'He' after a chief executive and the company he leads buys for that company.
  ['en', '2019-03-20', "For Bob Iger, Disney's chief executive, it caps a decade of shopping. He bought Marvel Entertainment in 2009.", { kind: 'ACQUISITION', acquirer: 'Disney', target: 'Marvel Entertainment', status: 'COMPLETED', year: 2009 }],
  // A name glued to a noun of buying is what is bought; a corporate word after an article's noun makes a name.
  ['da', '2023-08-31', 'Coloplast har nu gennemført Kerecis-købet, oplyser selskabet i en meddelelse torsdag.', { kind: 'ACQUISITION', acquirer: 'Coloplast', target: 'Kerecis', status: 'COMPLETED', year: 2023 }],
  ['de', '2009-01-14', 'Commerzbank schließt Dresdner-Übernahme ab. Die Bank hat die Übernahme am Montag vollzogen.', { kind: 'ACQUISITION', acquirer: 'Commerzbank', target: 'Dresdner', status: 'COMPLETED', year: 2009 }],
  ['de', '2009-01-14', 'Die Commerzbank hat die Übernahme der Dresdner Bank von der Allianz am Montag vollzogen.', { kind: 'ACQUISITION', acquirer: 'Commerzbank', target: 'Dresdner Bank', seller: 'Allianz', status: 'COMPLETED', year: 2009 }],
  // A name with a small number the page repeats ('Subsea 7'); a merger told as one company taking over the other is one deal.
  ['no', '2010-06-22', 'Acergy og Subsea 7 slår seg sammen. Acergy og Subsea 7 kunngjorde mandag at de slår sammen virksomhetene sine. Formelt blir det Acergy som overtar Subsea 7 ved å utstede nye aksjer.', { kind: 'MERGER', acquirer: 'Acergy', target: 'Subsea 7', status: 'PLANNED', year: 2010 }],
  // A write-down told as a noun with no owner is the last actor's; a currency or goodwill is no company.
  ['de', '2012-11-09', 'Die Deutsche Telekom hat im dritten Quartal einen Verlust geschrieben. Hauptgrund ist eine Wertberichtigung von rund 7,4 Milliarden Euro auf die amerikanische Tochter T-Mobile USA.', { kind: 'WRITE_DOWN', acquirer: 'Deutsche Telekom', target: 'T-Mobile USA', status: 'COMPLETED', year: 2012 }],
  // Colloquial verbs of buying, with words between auxiliary and participle.
  ['de', '2021-08-01', 'Vonovia ist durch Zukäufe gewachsen. 2015 schluckte das Bochumer Unternehmen den Konkurrenten Gagfah.', { kind: 'ACQUISITION', acquirer: 'Vonovia', target: 'Gagfah', status: 'COMPLETED', year: 2015 }],
  ['fr', '2021-01-17', 'Couche-Tard a bâti son empire à coups de rachats. En Europe, il a repris en 2012 le norvégien Statoil Fuel & Retail.', { kind: 'ACQUISITION', acquirer: 'Couche-Tard', target: 'Statoil Fuel & Retail', status: 'COMPLETED', year: 2012 }],
  // A manager buys for the company they run; a founder in their own name.
  ['en', '2016-12-15', 'Rupert Murdoch, executive chairman of 21st Century Fox, agreed on Thursday to buy all of Sky.', { kind: 'ACQUISITION', acquirer: '21st Century Fox', target: 'Sky', status: 'PLANNED', year: 2016 }],
  // Giving up and pulling back call a deal off; a board turning an offer down does not.
  ['en', '2018-03-14', 'Broadcom has given up its attempt to buy Qualcomm, two days after the order.', { kind: 'ACQUISITION', acquirer: 'Broadcom', target: 'Qualcomm', status: 'CANCELLED', year: 2018 }],
  ['nl', '2017-12-18', 'Het Franse Atos heeft zijn bod op Gemalto ingetrokken en zegt zich terug te trekken.', { kind: 'ACQUISITION', acquirer: 'Atos', target: 'Gemalto', status: 'CANCELLED', year: 2017 }],
  // The agent after an event noun buys what the clause is about.
  ['nl', '2017-12-18', 'Het Amsterdamse Gemalto krijgt een Franse eigenaar. Gemalto heeft zondag ingestemd met een overname door defensieconcern Thales.', { kind: 'ACQUISITION', acquirer: 'Thales', target: 'Gemalto', status: 'PLANNED', year: 2017 }],
  // A modal and an infinitive closing a Dutch or German clause: the first name buys, the next is bought.
  ['nl', '2017-12-01', 'Het Franse Atos wil het Nederlandse Gemalto overnemen, meldt het bedrijf. Het bod is volgens de directie van het bedrijf veel te laag en de aandeelhouders zijn het daarmee eens.', { kind: 'ACQUISITION', acquirer: 'Atos', target: 'Gemalto', status: 'PLANNED', year: 2017 }],
  ['de', '2017-12-01', 'Der Versorger Fortum will den Konkurrenten Uniper übernehmen, teilte das Unternehmen mit. Die Aktionäre sollen das Angebot in den kommenden Wochen prüfen und darüber entscheiden.', { kind: 'ACQUISITION', acquirer: 'Fortum', target: 'Uniper', status: 'PLANNED', year: 2017 }],
  // Interest with what is wanted is a rumoured purchase.
  ['en', '2014-04-29', 'Pfizer confirms it courted AstraZeneca, sparking talk of a deal. Pfizer said it approached AstraZeneca in January.', { kind: 'ACQUISITION', acquirer: 'Pfizer', target: 'AstraZeneca', status: 'RUMORED', year: 2014 }],
  // A name that opens like a person's but is bought is a company.
  ['no', '2016-01-05', 'Schibsted kjøper en andel i Finn Småjobber for 40 millioner kroner.', { kind: 'STAKE', acquirer: 'Schibsted', target: 'Finn Småjobber', status: 'PLANNED', year: 2016 }],
  ['en', '2014-06-01', 'Bouygues Telecom is being sold to Free, Bouygues said.', { kind: 'ACQUISITION', acquirer: 'Free', target: 'Bouygues Telecom', seller: 'Bouygues', status: 'PLANNED', year: 2014 }],
];

/** Pages that name companies and money but report no deal. */
const noDeals: [string, string][] = [
  ['en', 'Boeing delivered 40 aircraft in May, and Airbus said demand for narrow-body jets stayed strong.'],
  ['en', 'Netflix raised its prices in Canada. The company now charges 16 dollars a month.'],
  ['da', 'Lego åbnede en ny fabrik i Vietnam, og Novo Nordisk ansætter 500 medarbejdere i Kalundborg.'],
  ['no', 'Equinor leverte et overskudd på 10 milliarder kroner, mens Telenor fikk flere kunder i Asia.'],
  ['sv', 'Volvo Lastvagnar ökade sin försäljning med 12 procent, och Scania anställer fler ingenjörer.'],
  ['de', 'Volkswagen baut ein neues Werk in Salzgitter, und BASF senkt die Prognose für das Jahr.'],
  ['nl', 'Heineken verhoogt de prijzen van bier, terwijl ASML een recordomzet boekte.'],
  ['fr', 'Danone a lancé une nouvelle gamme de yaourts, et Michelin ouvre une usine au Mexique.'],
  // A write-down of stock or of nothing bought, and 'the company' with no company named before it.
  ['en', 'Siemens wrote down the value of its inventory by 200 million euros.'],
  ['da', 'Coloplast købte virksomheden i 2023.'],
  ['no', 'Equinor vil eie flere vindparker i Nordsjøen, og Aker BP borer nye brønner.'],
  ['en', 'The merger of sales teams at Dow improved results, and DuPont hired staff.'],
  ['no', 'Equinor har bygget opp en stor organisasjon i Brasil, og Aker BP borer nye brønner.'],
  ['en', 'Shares of Vodafone, which bought phone masts in 2019, rose on Monday.'],
  ['fr', 'Coup dur pour Renault : les ventes ont chuté de 10 %, et Michelin ferme une usine.'],
  ['da', 'Dengang betalte Carlsberg 100 mio. kroner i udbytte, og Lego lavede legetøj af træ.'],
  ['de', 'Die Finnen schrieben im vergangenen Jahr 141 Millionen Euro ab.'],
  // A job taken over is no company taken over.
  ['de', 'John Cryan leitete die Deutsche Bank. Cryan hatte das Amt 2015 von Anshu Jain übernommen.'],
  ['de', 'Adidas holt Kasper Rorsted. Die Nachfolge an der Spitze von Puma übernimmt Vertriebsvorstand Arne Freundt.'],
  ['sv', 'Jan Frykhammar, som var finanschef på Ericsson innan han tog över som tillförordnad vd, leder bolaget.'],
  ['en', 'Ralph Hamers took over the top job at UBS in November, Credit Suisse said.'],
  // A person takes over a company in trouble only in a figure of speech; a fine paid is no price.
  ['sv', 'Ericsson har en ny vd. Börje Ekholm tar över ett bolag i kris.'],
  ['nl', 'In 2018 betaalde ING 775 miljoen euro in een schikking met het Openbaar Ministerie.'],
  // A minister who says that the state will not take a company over is no buyer of it.
  ['sv', 'Näringsminister Anna Berglund upprepade på fredagen att staten inte kommer att ta över Vantor.'],
  ['en', 'Business secretary Jane Holt said on Friday that the government would not buy Vantor.'],
];

describe('extractDocument: deals in our own pages, per language', () => {
  test.each(pages)('%s %s: %s', (_lang, publishedAt, text, expected) => {
    expect(dealsOf(extractDocument(text, { publishedAt }))).toContainEqual(expected);
  });

  test("a rival's interest in another buyer's target makes it a bidder of that deal", () => {
    const extraction = extractDocument('Disney agreed to buy Fox for $71bn. Comcast also made an offer for Fox in June.', { publishedAt: '2018-07-20' });
    expect(dealsOf(extraction)).toEqual([expect.objectContaining({ acquirer: 'Disney', target: 'Fox' })]);
    expect(extraction.deals[0]?.bidders.map((id) => nameOf(extraction, id))).toEqual(['Comcast']);
  });

  test("an acronym and its name with 'Group' are one company, no unit of it", () => {
    const extraction = extractDocument('Tele2 säljer Tele2 Russia till VTB Group. VTB betalar 23 miljarder kronor.', { publishedAt: '2013-03-28' });
    expect(extraction.entities.filter((e) => e.name.startsWith('VTB')).map((e) => [e.name, e.parent])).toEqual([['VTB Group', null]]);
  });

  test('a merger and a purchase of the same two companies are one deal', () => {
    const page = pages.find(([, , text]) => text.startsWith('Acergy og Subsea 7')) as [string, string, string, Expected];
    expect(dealsOf(extractDocument(page[2], { publishedAt: page[1] }))).toHaveLength(1);
  });
});

describe('extractDocument: pages naming companies without a deal', () => {
  test.each(noDeals)('%s: %s', (_lang, text) => {
    expect(extractDocument(text, { publishedAt: '2021-01-01' }).deals).toEqual([]);
  });
});

describe('extractDocument: a first word alone joins its full name', () => {
  test("'Cerberus' is 'Cerberus Capital Management' when no other company starts with it", () => {
    const extraction = extractDocument('Cerberus Capital Management agreed to buy Safeway. Cerberus pays 9 billion dollars.', { publishedAt: '2014-03-06' });
    expect(extraction.entities.map((e) => e.name)).not.toContain('Cerberus');
  });
  test("'Novo' stays apart beside 'Novo Holdings' and 'Novo Nordisk'; 'Siemens' stays apart from 'Siemens Healthineers'", () => {
    const names = extractDocument('Novo Holdings and Novo Nordisk agreed a deal. Novo said so. Siemens owns Siemens Healthineers, and Siemens said so.', { publishedAt: '2024-02-05' }).entities.map((e) => e.name);
    expect(names).toEqual(expect.arrayContaining(['Novo Holdings', 'Novo Nordisk', 'Siemens', 'Siemens Healthineers']));
  });
});

describe('extractDocument: names joined by "and" after a preposition share it', () => {
  test('both are buyers, neither is the unit sold', () => {
    const deals = dealsOf(extractDocument('Bayer verkoopt zijn dierentak voor 7 miljard euro aan Elanco en Nestlé, meldt het concern.', { publishedAt: '2019-08-20' }));
    expect(deals.map((deal) => [deal.acquirer, deal.seller])).toEqual([['Elanco', 'Bayer']]);
    expect(deals.map((deal) => deal.target)).not.toContain('Nestlé');
  });
});

describe('extractDocument: a valuation names the target of an offer told without one', () => {
  test.each([
    ['en', 'Melrose Industries said that shareholders had accepted its offer. The offer values GKN at about £8.1bn.', 'Melrose Industries', 'GKN'],
    ['sv', 'Philip Morris International lägger ett kontant bud, vilket värderar Swedish Match till omkring 161 miljarder kronor.', 'Philip Morris International', 'Swedish Match'],
  ])('%s: %s', (_lang, text, acquirer, target) => {
    expectOneDeal(text, '2022-05-11', { acquirer, target });
  });
});

describe('extractDocument: a common noun before a relative pronoun is the subject', () => {
  test("'hedge funds that had bought into GKN' is no purchase by the company told before", () => {
    const text = 'Melrose Industries made a hostile bid for an engineering group. The battle was close, and hedge funds that had bought into GKN since January sided with Melrose.';
    expect(dealsOf(extractDocument(text, { publishedAt: '2018-03-30' }))).toEqual([]);
  });
});

describe("extractDocument: 'the company' points back to a company, never to a person told of last", () => {
  test("'I 2018 købte selskabet Alka' after a chief executive sold shares", () => {
    const paragraphs = ['Tryg har haft et godt år, skriver selskabet i sin årsrapport.', 'Topchef Morten Hübbe har selv solgt aktier for egne penge.', 'I 2018 købte selskabet Alka Forsikring for 8,2 mia. kr.'];
    const html = `<html lang="da"><body><article>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
    const deals = dealsOf(extractDocument(html, { publishedAt: '2020-11-06', contentType: 'html' }));
    expect(deals).toEqual([expect.objectContaining({ acquirer: 'Tryg', target: 'Alka Forsikring', year: 2018 })]);
  });

  test("a place in the genitive is no company: 'Danmarks største forsikringsselskab'", () => {
    const entities = extractDocument('Danmarks største forsikringsselskab Tryg vil købe RSA sammen med Intact for 7 mia. pund.', { publishedAt: '2020-11-06' }).entities;
    expect(entities.map((e) => e.name)).not.toContain('Danmarks');
  });
});

describe('extractDocument: an event noun buys a business, never a person', () => {
  test("'backed by chairman Leif Johansson, fended off an approach from Pfizer'", () => {
    const deals = dealsOf(extractDocument('AstraZeneca, backed by chairman Leif Johansson, fended off a hostile approach from Pfizer worth about £69bn.', { publishedAt: '2020-12-12' }));
    expect(deals.map((deal) => deal.target)).not.toContain('Leif Johansson');
  });
});

describe('extractDocument: parties a clause leaves implicit', () => {
  test("'när svenska Stora och finska Enso gick samman': the company joined to the subject merges with it", () => {
    const deals = dealsOf(extractDocument('Stora Enso har en lång historia. Koncernen bildades 1998, när svenska Stora och finska Enso gick samman.', { publishedAt: '2019-01-01' }));
    expect(deals).toEqual([expect.objectContaining({ kind: 'MERGER', acquirer: 'Enso', target: 'Stora', year: 1998 })]);
  });

  test("'dess fientliga bud på hela LSE': a possessive before an offer noun is the company told of", () => {
    const deals = dealsOf(extractDocument('Nasdaq köper OMX. Förra året misslyckades Nasdaq i London, där dess fientliga bud på hela LSE avvisades av aktieägarna.', { publishedAt: '2007-05-25' }));
    expect(deals).toContainEqual(expect.objectContaining({ acquirer: 'Nasdaq', target: 'LSE' }));
  });
});

describe('extractDocument: a company named after its founder, an owner in the genitive, a lender', () => {
  const text = "Mars is no stranger to large purchases. In 2008 it bought chewing gum maker Wrigley for about $23bn, with financial backing from Warren Buffett's Berkshire Hathaway. The company was founded by Frank C. Mars. Mars makes Snickers, and Mars sells pet food.";
  const extraction = extractDocument(text, { publishedAt: '2024-08-14' });

  test("'Mars', told of far more often than 'Frank C. Mars', stays a company and buys", () => {
    expect(dealsOf(extraction)).toEqual([expect.objectContaining({ acquirer: 'Mars', target: 'Wrigley', year: 2008 })]);
  });

  test("\"Warren Buffett's Berkshire Hathaway\" is a person and a company, and the lender sells nothing", () => {
    expect(extraction.entities.map((e) => [e.type, e.name])).toEqual(expect.arrayContaining([['PERSON', 'Warren Buffett'], ['COMPANY', 'Berkshire Hathaway']]));
    expect(dealsOf(extraction)[0]?.seller).toBeUndefined();
  });
});

describe('extractDocument: people do not merge', () => {
  test("'Statoil-styreleder Jannik Lindbæk kalte fusjonen …' names no party to a merger", () => {
    const extraction = extractDocument('Statoil og Hydro slår seg sammen. Statoil-styreleder Jannik Lindbæk kalte fusjonen riktig for selskapet.', { publishedAt: '2006-12-18' });
    const parties = dealsOf(extraction).flatMap((deal) => [deal.acquirer, deal.target]);
    expect(parties).not.toContain('Jannik Lindbæk');
  });
});

describe('extractDocument: a price per share is not the deal value', () => {
  test.each([
    ['en', 'Broadcom agreed to buy VMware for $142.50 a share, or 61 billion dollars.', 61_000_000_000],
    ['da', 'Coloplast køber Atos Medical for 500 kroner pr. aktie, i alt 16 milliarder kroner.', 16_000_000_000],
  ])('%s: %s', (_lang, text, value) => {
    expect(extractDocument(text, { publishedAt: '2022-05-26' }).deals[0]?.amount?.value).toBe(value);
  });
});

describe('extractDocument: a write-down joined to its purchase by "and"', () => {
  test('the price stays with the purchase, the written-down amount with the write-down', () => {
    const extraction = extractDocument('Hewlett-Packard paid 11 billion dollars for Autonomy and wrote off 8.8 billion dollars of that value this year.', { publishedAt: '2012-11-20' });
    const amounts = Object.fromEntries(extraction.deals.map((deal) => [deal.kind, deal.amount?.value ?? null]));
    expect(amounts).toEqual({ ACQUISITION: 11_000_000_000, WRITE_DOWN: 8_800_000_000 });
  });

  test("'X chaired it before the company bought it' does not make X the buyer", () => {
    const extraction = extractDocument('Comcast named a new chief. Brian Roberts founded Sky and chaired it before the British company bought it.', { publishedAt: '2018-10-01' });
    expect(extraction.deals.filter((deal) => extraction.entities.find((e) => e.id === deal.acquirer)?.name === 'Sky')).toEqual([]);
  });
});

/** [language, page, person, org, role]: titles before and after a name, 'led by', founders. */
const roles: [string, string, string, string, string][] = [
  // A company's genitive after 'as'; a year and a relative pronoun before the title.
  ['en', "DuPont and Dow agreed to merge. Edward Breen, who took over as DuPont's chief executive in November, will run the combined company.", 'Edward Breen', 'DuPont', 'CEO'],
  ['nl', 'Hans van der Noordaa, die sinds 2015 bestuursvoorzitter van Delta Lloyd was, vertrekt na de overname door NN.', 'Hans van der Noordaa', 'Delta Lloyd', 'CEO'],
  ['de', 'Werner Baumann, der seit 2016 Vorstandschef von Bayer ist, verteidigt den Kauf von Monsanto.', 'Werner Baumann', 'Bayer', 'CEO'],
  // A first name with accents the list writes without ('Éric').
  ['fr', 'Kerecis a été fondée par Éric Dupont et Cédric Martin en 2008. Elle rejoint le groupe Nokia. Kerecis est connue.', 'Éric Dupont', 'Kerecis', 'FOUNDER'],
  // Appointed to a title ('zum', 'till'), inflected German titles and names.
  ['de', 'Die Deutsche Bank hat einen neuen Chef. Der Aufsichtsrat berief am Sonntag Christian Sewing zum Vorstandsvorsitzenden der Deutschen Bank.', 'Christian Sewing', 'Deutsche Bank', 'CEO'],
  ['sv', 'Ericsson har utsett Börje Ekholm till vd och koncernchef för Ericsson, meddelar bolaget.', 'Börje Ekholm', 'Ericsson', 'CEO'],
  // A surname that is also a common word stays after a first name; a company joined as a title holds it.
  ['en', "Pfizer made a bid on Monday. \"It would be good for both,\" said Ian Read, Pfizer's chairman and chief executive, who spoke to reporters.", 'Ian Read', 'Pfizer', 'CEO'],
  ['en', 'The offer was turned down on Monday. Pascal Soriot, who joined AstraZeneca as chief executive in 2012 from Roche, has spent months persuading investors.', 'Pascal Soriot', 'AstraZeneca', 'CEO'],
  ['en', 'Netflix, led by chief executive Reed Hastings, raised its prices again.', 'Reed Hastings', 'Netflix', 'CEO'],
  ['en', 'Patagonia was founded in 1973 by Yvon Chouinard, who still owns it.', 'Yvon Chouinard', 'Patagonia', 'FOUNDER'],
  ['en', "Sergey Brin, Google's co-founder and board member, spoke on Tuesday.", 'Sergey Brin', 'Google', 'FOUNDER'],
  ['da', 'Lego blev grundlagt i 1932 af Ole Kirk Christiansen.', 'Ole Kirk Christiansen', 'Lego', 'FOUNDER'],
  ['de', 'Siemens-Chef Roland Busch sprach von einem guten Jahr für Siemens.', 'Roland Busch', 'Siemens', 'CEO'],
  ['fr', 'Pour Alexandre Bompard, PDG de Carrefour, la priorité reste les prix.', 'Alexandre Bompard', 'Carrefour', 'CEO'],
  ['no', 'Konsernsjef Sigve Brekke sier at Telenor vil vokse i Asia.', 'Sigve Brekke', 'Telenor', 'CEO'],
  ['nl', 'Topman Peter Wennink zegt dat ASML meer machines levert. Het bedrijf verwacht een hogere omzet.', 'Peter Wennink', 'ASML', 'CEO'],
  // A name followed by 'as' and a title is a person's, whatever the first name; a possessive may stand between.
  ['en', 'BP has confirmed Murray Auchincloss as its permanent chief executive, drawing a line under the departure of Bernard Looney in September.', 'Murray Auchincloss', 'BP', 'CEO'],
  // One word may qualify a title after the comma.
  ['en', 'Harbor Freightlines will get a new boss. Its pick is Dana Whitfield, currently chief operating officer of rival Coastway Shipping.', 'Dana Whitfield', 'Coastway Shipping', 'EXECUTIVE'],
  ['en', "The board backed the plan, said Martin Okoro, independent chairman of Velnor Foods, on Friday.", 'Martin Okoro', 'Velnor Foods', 'CHAIRMAN'],
  // A title of 'the company' after the name: the company the sentence named before.
  ['nl', 'Stadsmode kocht vorig jaar drie winkels. Stadsmode groeit snel. Brinkhoven Retail meldde dinsdag dat Jan de Vries, de huidige ceo van het bedrijf, in mei vertrekt.', 'Jan de Vries', 'Brinkhoven Retail', 'CEO'],
  // A company's genitive before a title; an acronym in parentheses between a company and a title.
  ['sv', 'Telekabel AB växer. Telekabel köpte i fjol två firmor. Norrvik Kabel har fått en ny ledning, och bolagets cfo Henrik Lund blir även vice vd.', 'Henrik Lund', 'Norrvik Kabel', 'EXECUTIVE'],
  ['en', 'Aerovane Group reported its results. Aerovane Group said sales rose. The new plant was opened by Coastal Turbine Services (CTS) President and CEO Mary Stone on Tuesday.', 'Mary Stone', 'Coastal Turbine Services', 'CEO'],
  // A compound of 'direktør' is an officer's title.
  ['no', 'Vi er fornøyde med avtalen, sier Ragnhild Aas, salgsdirektør i Fjellbanken, til avisen.', 'Ragnhild Aas', 'Fjellbanken', 'EXECUTIVE'],
  ['da', 'Havbro Energi vil vokse i Tyskland, siger koncerndirektør Mette Lund.', 'Mette Lund', 'Havbro Energi', 'EXECUTIVE'],
  // A bare title is held at the company the sentence is about when that is not the page's, never at one named in a quote.
  ['no', 'Aker Solutions hadde et godt år, og Aker Solutions vokser. Storebrand ASA kjøper Danica Pensjon, sier konsernsjef Kari Moen.', 'Kari Moen', 'Storebrand ASA', 'CEO'],
  ['no', 'Storebrand ASA kjøper Danica Pensjon for 2 milliarder kroner. Storebrand vil vokse i Sverige. «Danica Pensjon passer perfekt inn hos oss», sier konsernsjef Kari Moen.', 'Kari Moen', 'Storebrand ASA', 'CEO'],
  // Dutch 'van' after a full name says where the person works.
  ['nl', 'Vopak verkoopt drie terminals. Dat zegt topman Eelco Hoekstra van Vopak dinsdag.', 'Eelco Hoekstra', 'Vopak', 'CEO'],
  // A successor takes the post the page gave the one who leaves.
  ['en', "Acme Motors' chief executive John Carter steps down. Dana Whitfield will succeed Carter in March.", 'Dana Whitfield', 'Acme Motors', 'CEO'],
  ['en', 'Acme Motors said chief executive John Carter will leave in June. Carter will be replaced by Dana Whitfield, the head of its bus business.', 'Dana Whitfield', 'Acme Motors', 'CEO'],
  ['sv', 'Norrvik Kabel AB meddelar att bolagets vd Stefan Lund lämnar. Stefan Lund efterträds av Per Ek, som i dag är finanschef.', 'Per Ek', 'Norrvik Kabel AB', 'CEO'],
  ['de', 'Der Vorstandschef von Hanke Werke AG, Klaus Berger, geht. Er wird von Petra Vogt abgelöst. Klaus Berger bleibt Berater.', 'Petra Vogt', 'Hanke Werke AG', 'CEO'],
];

describe('extractDocument: roles in our own sentences', () => {
  test.each(roles.filter(([, , person]) => person !== ''))('%s: %s', (_lang, text, person, org, role) => {
    const extraction = extractDocument(text, { publishedAt: '2021-01-01' });
    const found = rolesOf(extraction);
    expect(found).toContainEqual({ person, org, role });
  });

  test("a compound title with no company is not held at the page's company: its first half may name another body", () => {
    const extraction = extractDocument('Fjordnett og Vestkabel slår seg sammen. Fusjonen svekker ikke konkurransen, forklarer konkurransedirektør Nils Haugen.', { publishedAt: '2021-01-01' });
    expect(rolesOf(extraction).filter((role) => role.person === 'Nils Haugen')).toEqual([]);
  });
});

/** [language, page, a company name expected, a name that must not be an entity]. */
const companyNames: [string, string, string, string][] = [
  // A capitalised adjective of nationality inside a name, where the language writes such adjectives in lower case.
  ['sv', 'Philip Morris köper Swedish Match för 161 miljarder kronor. Swedish Match säljs till Philip Morris.', 'Swedish Match', 'Match'],
  ['de', 'Die Deutsche Börse übernimmt Euronext.', 'Deutsche Börse', 'Börse'],
  ['nl', 'Philip Morris koopt het Zweedse bedrijf Swedish Match voor 16 miljard dollar, zo meldt het concern.', 'Swedish Match', 'Match'],
  // A first name opening a name that a corporate word closes: a company, and its short form joins it.
  ['sv', 'Philip Morris International lägger ett bud på Swedish Match. Philip Morris vill ha snus.', 'Philip Morris International', 'Philip Morris'],
  // German nouns by their endings, and compounds ending in a title or company noun, are no names.
  ['de', 'Danach übernimmt Praxair den Gasekonzern Linde, sagte der Vertriebsvorstand nach der Bekanntgabe.', 'Praxair', 'Bekanntgabe'],
  ['de', 'Danach übernimmt Praxair den Gasekonzern Linde, sagte der Vertriebsvorstand nach der Bekanntgabe.', 'Linde', 'Danach'],
  // A place in the English genitive opens no name.
  ['en', "AstraZeneca was formed when Sweden's Astra and Britain's Zeneca combined in 1999, the company said.", 'Zeneca', "Britain's Zeneca"],
  ['de', 'Monatelang kämpfte Bain um Stada. Im Frühjahr kaufte der New Yorker Hedgefonds Third Point Aktien von Nestlé.', 'Third Point', 'Monatelang'],
  ['de', 'Monatelang kämpfte Bain um Stada. Im Frühjahr kaufte der New Yorker Hedgefonds Third Point Aktien von Nestlé.', 'Nestlé', 'Yorker Hedgefonds Third Point'],
  // A noun closing company names stays in them; two complete names side by side are two companies.
  ['da', 'Sampo Bank, som er Finlands tredjestørste bank, overtages af Danske Bank for 4 mia. euro.', 'Sampo Bank', 'Sampo'],
  ['da', 'I 2005 overtog Danske Bank Northern Bank og National Irish Bank fra National Australia Bank.', 'Northern Bank', 'Danske Bank Northern Bank'],
  ['da', 'I 2005 overtog Danske Bank Northern Bank og National Irish Bank fra National Australia Bank.', 'National Australia Bank', 'National'],
  // A place closing a name after it is part of it: the company's unit there.
  ['no', 'Aker BP overtar Hess Norge for 2 milliarder dollar. For amerikanske Hess er salget en del av en opprydding.', 'Hess Norge', 'Norge'],
  // A definite noun in the genitive opening a sentence is no name.
  ['sv', 'Orkla har köpt Sapa. Styrelsens ordförande säger att affären är bra.', 'Orkla', 'Styrelsens'],
  // A place before '-based' says where a company sits.
  ['en', 'TransDigm is weighing an offer for Meggitt, the Coventry-based maker of brakes.', 'Meggitt', 'Coventry'],
  ['da', 'DSV køber den Essen-baserede Schenker for 14 mia. euro.', 'Schenker', 'Essen'],
  // A glued compound in the definite form says what the name after it is; a number may open a name.
  ['sv', 'Electronic Arts köpte Battlefieldutvecklaren Dice år 2006, och affären blev en stor framgång för bolaget.', 'Dice', 'Battlefieldutvecklaren Dice'],
  ['sv', 'Microsoft köper Stockholmsbolaget Mojang för 2,5 miljarder dollar, uppger bolagen på måndagen.', 'Mojang', 'Stockholmsbolaget Mojang'],
  ['en', 'Disney agreed to buy most of 21st Century Fox. On the 21st March the deal closed.', '21st Century Fox', '21st'],
  ['de', 'Vodafone nimmt eine Abschreibung auf den Firmenwert vor. Die Rede ist von 28 Milliarden Pfund.', 'Vodafone', 'Pfund'],
  ['de', 'Vodafone nimmt eine Abschreibung auf den Geschäfts- oder Firmenwert vor. Die Rede ist von 28 Milliarden Pfund.', 'Vodafone', 'Firmenwert'],
  // A name's distinctive last words are its short form; a hyphen joins two names.
  ['fr', 'Alimentation Couche-Tard envisageait de racheter Carrefour. Couche-Tard exploite les stations Circle K.', 'Alimentation Couche-Tard', 'Couche-Tard'],
  ['de', 'Die Deutsche Telekom machte einen Verlust, nach einem Gewinn im Vorjahreszeitraum.', 'Deutsche Telekom', 'Vorjahreszeitraum'],
  // Sentence openers of every language are no names.
  ['da', 'Senest købte DSV den tyske konkurrent Schenker for 14 mia. euro.', 'DSV', 'Senest'],
  ['en', 'Within a year Microsoft had bought the phone business of Nokia.', 'Microsoft', 'Within'],
  // A place in any language read is no company; an acronym's name with 'Group' is the same company.
  ['sv', 'Tele2 säljer verksamheten i Ryssland till VTB Group. VTB betalar 23 miljarder kronor.', 'VTB Group', 'Ryssland'],
  ['fr', "La société d'Issy-les-Moulineaux, connue pour ses balances, rejoint le groupe Nokia Technologies.", 'Nokia Technologies', 'Issy-les-Moulineaux'],
  ['de', 'Den Grundstein hatte der frühere Chef Ron Sommer gelegt. Aus VoiceStream wurde später T-Mobile USA.', 'VoiceStream', 'Aus VoiceStream'],
  // A nationality standing for a person is no company.
  ['en', 'Stephen Elop, the Canadian who ran Nokia from 2010, sold the phone business to Microsoft.', 'Nokia', 'Canadian'],
  // German: after an article, a word shaped like no noun or a run closed by a legal form is a name, whole.
  ['de', 'Der Finanzinvestor Cerberus kauft die WKB Landesbank für eine Milliarde Euro.', 'WKB Landesbank', 'Landesbank'],
  ['de', 'Der Maschinenbauer übernimmt die Kessel Dosiertechnik GmbH aus Bayern.', 'Kessel Dosiertechnik GmbH', 'Dosiertechnik GmbH'],
  ['de', 'Die ZhenHua Precision Group übernimmt den Zulieferer Hanke.', 'ZhenHua Precision Group', 'Precision Group'],
  // 'Group' closes descriptions too: the noun before the name stays out.
  ['de', 'Nun muss sich der Verbindungstechnik-Spezialist NORMA Group einen neuen Chef suchen.', 'NORMA Group', 'Verbindungstechnik-Spezialist NORMA Group'],
  // An elided French particle inside a name on a page in another language.
  ['da', "Bryggeriet Nordhavn køber vandmærket Fontaine d'Argent. Fontaine d'Argent har 40 ansatte.", "Fontaine d'Argent", 'Fontaine'],
  // A headline without its article: an agent noun after an adjective of origin is a noun.
  ['de', 'Kühlwerk verkauft schwedische Tochter an japanischen Partner. Die Kühlwerk Gruppe verkauft ihre Tochter Frostline an den Hersteller Nakamura.', 'Nakamura', 'Partner'],
];

describe('extractDocument: company names', () => {
  test.each(companyNames)('%s: %s', (_lang, text, company, notAnEntity) => {
    const entities = extractDocument(text, { publishedAt: '2021-01-01' }).entities;
    expect(entities.find((e) => e.name === company || e.aliases.includes(company))?.type).toBe('COMPANY');
    expect(entities.map((e) => e.name)).not.toContain(notAnEntity);
  });
});

describe('extractDocument: a sale to a consortium, told twice', () => {
  const text = "Legrand cédé à KKR et Wendel pour 3,63 milliards d'euros. Schneider Electric a signé la vente de sa participation de 98 % dans Legrand à un consortium formé par le fonds américain Kohlberg Kravis Roberts (KKR) et la société Wendel Investissement.";
  test("'cédé à', 'participation … dans Legrand', 'consortium formé par', and '(KKR)' as the name's acronym make one deal", () => {
    expect(dealsOf(extractDocument(text, { publishedAt: '2002-07-26' }))).toEqual([
      expect.objectContaining({ kind: 'ACQUISITION', acquirer: 'Kohlberg Kravis Roberts', target: 'Legrand', seller: 'Schneider Electric', year: 2002 }),
    ]);
  });
});

describe('extractDocument: control taken, a second clause, actors that are no company', () => {
  test.each([
    ['en', '2011-02-01', 'Comcast took control of NBCUniversal from General Electric in January.', { acquirer: 'Comcast', target: 'NBCUniversal', seller: 'General Electric', status: 'COMPLETED', year: 2011 }],
    ['da', '2009-01-10', 'Det danske bryggeri Carlsberg overtog kontrollen med det russiske bryggeri Baltika i 2008, og selskabet har siden investeret milliarder i landet.', { acquirer: 'Carlsberg', target: 'Baltika', status: 'COMPLETED', year: 2008 }],
    ['fr', '2018-03-01', "Le constructeur automobile PSA a pris le contrôle d’Opel en 2017 et veut désormais réduire les coûts de sa nouvelle filiale allemande.", { acquirer: 'PSA', target: 'Opel', status: 'COMPLETED', year: 2017 }],
    ['de', '2018-03-01', 'Der französische Autokonzern PSA übernahm die Kontrolle über Opel im vergangenen Jahr und will nun die Kosten deutlich senken.', { acquirer: 'PSA', target: 'Opel', status: 'COMPLETED', year: 2017 }],
    ['en', '2015-07-09', 'For Nokia the sale has turned out well. Freed from the handset business, the Finnish company agreed in April to buy its French rival Alcatel-Lucent.', { acquirer: 'Nokia', target: 'Alcatel-Lucent', status: 'PLANNED', year: 2015 }],
  ])('%s %s: %s', (_lang, publishedAt, text, expected) => {
    const deals = dealsOf(extractDocument(text, { publishedAt }));
    expect(deals).toEqual([expect.objectContaining(expected)]);
    if (!('seller' in expected)) expect(deals[0]?.seller).toBeUndefined();
  });

  test("'sa nouvelle filiale': the company just bought, not a unit of its own", () => {
    const extraction = extractDocument("PSA a racheté Opel en 2017 et veut désormais réduire les coûts de sa nouvelle filiale allemande.", { publishedAt: '2018-03-01' });
    expect(extraction.entities.map((entity) => entity.name).sort()).toEqual(['Opel', 'PSA']);
  });

  test("'Russian authorities took control of X': the company of the sentence before does not buy", () => {
    expect(dealsOf(extractDocument('Carlsberg sold its business in Russia. Russian authorities took control of Baltika last year by decree.', { publishedAt: '2024-01-15' }))).toEqual([]);
    expect(dealsOf(extractDocument('Carlsberg solgte sin virksomhet i Russland. I fjor overtok staten Baltika ved et dekret fra presidenten.', { publishedAt: '2024-01-15' }))).toEqual([]);
  });
});

describe('extractDocument: gerunds, acronyms, places of several words, a later clause pointing back', () => {
  test.each([
    ['en', '2018-01-01', 'Since buying Mojang in 2014, Microsoft has sold 200 million copies of Minecraft.', { acquirer: 'Microsoft', target: 'Mojang', status: 'COMPLETED', year: 2014 }],
    ['en', '2020-01-01', 'After acquiring Red Hat in 2019, IBM reorganised its cloud unit.', { acquirer: 'IBM', target: 'Red Hat', status: 'COMPLETED', year: 2019 }],
    ['en', '2014-05-01', 'AstraZeneca strengthened its biotech arm by paying $15.6bn for MedImmune in 2007.', { acquirer: 'AstraZeneca', target: 'MedImmune', status: 'COMPLETED', year: 2007 }],
    ['fr', '2018-01-01', 'Après avoir racheté Opel en 2017, PSA a réduit les coûts de la marque allemande de moitié.', { acquirer: 'PSA', target: 'Opel', status: 'COMPLETED', year: 2017 }],
    ['da', '2018-01-01', 'Efter at have købt Baltika i 2008 har Carlsberg investeret milliarder af kroner i Rusland.', { acquirer: 'Carlsberg', target: 'Baltika', status: 'COMPLETED', year: 2008 }],
    ['en', '2023-10-14', 'Microsoft owns Activision. Activision itself was an acquirer not long ago: it paid $5.9bn for King Digital Entertainment, the developer of Candy Crush, in 2016.', { acquirer: 'Activision', target: 'King Digital Entertainment', year: 2016 }],
    ['en', '2023-10-14', 'After a court battle in San Francisco, Microsoft completed its takeover of Activision Blizzard on Friday.', { acquirer: 'Microsoft', target: 'Activision Blizzard', status: 'COMPLETED', year: 2023 }],
  ])('%s %s: %s', (_lang, publishedAt, text, expected) => {
    expectOneDeal(text, publishedAt, expected);
  });

  test("'HP' after 'Hewlett-Packard': an acronym of the initials of the page's only name with them is that name", () => {
    const extraction = extractDocument('Hewlett-Packard bought Autonomy in 2011. A year later HP wrote down $8.8bn on the British software company.', { publishedAt: '2012-11-21' });
    expect(extraction.entities.filter((entity) => entity.type === 'COMPANY').map((entity) => entity.name).sort()).toEqual(['Autonomy', 'Hewlett-Packard']);
    expect(dealsOf(extraction).map((deal) => deal.acquirer)).toEqual(['Hewlett-Packard', 'Hewlett-Packard']);
  });
});

describe('extractDocument: relative clauses keep their own status and year; a name before an English event noun', () => {
  test("'SoftBank, which bought Arm in 2016, will keep …': the relative clause is done, and 2016 is its year alone", () => {
    const deals = dealsOf(extractDocument('Nvidia and SoftBank called off the deal. SoftBank, which bought Arm in 2016 for £24bn, will keep the $1.25bn that Nvidia paid in advance when the deal was signed in September 2020.', { publishedAt: '2022-02-08' }));
    expect(deals).toContainEqual(expect.objectContaining({ acquirer: 'SoftBank', target: 'Arm', status: 'COMPLETED', year: 2016 }));
  });

  test("'the purchase of X, which closed in 2018': a relative clause with no verb of buying dates the deal", () => {
    expectOneDeal('Orkla har vokst gjennom oppkjøpet av Cederroth, som ble fullført i fjor.', '2018-06-01', { acquirer: 'Orkla', target: 'Cederroth', year: 2017 });
  });

  test("'Nvidia abandons $40bn Arm takeover': the name before the noun is what would be bought", () => {
    expectOneDeal('Nvidia abandons $40bn Arm takeover in face of regulators', '2022-02-08', { acquirer: 'Nvidia', target: 'Arm', status: 'CANCELLED' });
  });
});

describe('extractDocument: verb-final subordinate clauses, a company named after its family, a closing date', () => {
  test.each([
    ['nl', '2022-05-31', 'DSM maakte de fusie bekend. Tegelijk meldde het bedrijf dat het zijn afdeling Engineering Materials verkoopt aan de investeerder Advent International, voor 3,85 miljard euro.', { acquirer: 'Advent International', target: 'Engineering Materials', seller: 'DSM', status: 'PLANNED' }],
    ['nl', '2017-05-01', 'Siemens zegt dat het bedrijf Osram verkoopt aan AMS.', { acquirer: 'AMS', target: 'Osram', seller: 'Siemens' }],
    ['de', '2017-05-01', 'Siemens teilte mit, dass es Osram an AMS verkauft.', { acquirer: 'AMS', target: 'Osram', seller: 'Siemens' }],
    ['nl', '2015-09-09', 'Analisten zeggen dat Heineken het Amerikaanse Lagunitas koopt.', { acquirer: 'Heineken', target: 'Lagunitas' }],
  ])('%s %s: %s', (_lang, publishedAt, text, expected) => {
    expectOneDeal(text, publishedAt, expected);
  });

  test("'weil er Aktien … gekauft hatte': a pronoun that may be a person does not buy for the company told before", () => {
    expect(dealsOf(extractDocument('Die Deutsche Börse bestätigte die Gespräche. Gegen den Chef wird ermittelt, weil er im Dezember Aktien der Deutschen Börse gekauft hatte.', { publishedAt: '2017-03-30' }))).toEqual([]);
  });

  test("'het Zwitserse Firmenich … Patrick Firmenich': a company told of long before the person of that name stays a company, and a merger is dated by the page, not by when it should close", () => {
    const text = 'Koninklijke DSM en het Zwitserse Firmenich gaan fuseren. Firmenich is een familiebedrijf. De eigenaren van Firmenich krijgen 3,5 miljard euro. Patrick Firmenich, de voorzitter van het familiebedrijf, wordt vicevoorzitter. DSM en Firmenich verwachten de fusie volgend jaar af te ronden.';
    const extraction = extractDocument(text, { publishedAt: '2022-05-31' });
    expect(extraction.entities.map((entity) => [entity.type, entity.name])).toEqual(expect.arrayContaining([['COMPANY', 'Firmenich'], ['PERSON', 'Patrick Firmenich']]));
    // 'Koninklijke DSM … DSM': one company.
    expect(extraction.entities.filter((entity) => entity.name.endsWith('DSM'))).toHaveLength(1);
    expect(dealsOf(extraction)).toEqual([expect.objectContaining({ kind: 'MERGER', status: 'PLANNED', year: 2022 })]);
  });
});

describe('extractDocument: a unit named in apposition, a described unit beside its name, a compound cut short', () => {
  test("'solgte selskabet sin olie- og gasforretning, DONG E&P, til …' after 'X har …:' is X's sale of the named unit", () => {
    const text = 'Handlen skal godkendes af Konkurrence- og Forbrugerstyrelsen. Ørsted har haft forsyningen i sigtekornet længe: allerede i 2017 solgte selskabet sin olie- og gasforretning, DONG E&P, til britiske Ineos for 1,05 mia. dollar.';
    const extraction = extractDocument(text, { publishedAt: '2019-06-03' });
    expect(dealsOf(extraction)).toEqual([expect.objectContaining({ acquirer: 'Ineos', target: 'DONG E&P', seller: 'Ørsted', year: 2017 })]);
    expect(extraction.entities.map((entity) => entity.name)).not.toContain('Konkurrence');
  });

  test("'TomTom verkoopt Telematics aan Bridgestone … verkoopt zijn telematicadivisie aan Bridgestone': one sale", () => {
    const text = 'TomTom verkoopt Telematics aan Bridgestone voor 910 miljoen euro. TomTom verkoopt zijn telematicadivisie aan de Japanse bandenfabrikant Bridgestone.';
    expectOneDeal(text, '2019-01-22', { acquirer: 'Bridgestone', target: 'Telematics', seller: 'TomTom' });
  });
});

describe('extractDocument: a sentence opening with a year, a merger partner after "mit"', () => {
  test("'… in wenigen Jahren. 2014 übernahm das Familienunternehmen X': two sentences, and the company is the one named last", () => {
    const text = 'Versum hat einer Übernahme zugestimmt. Für Merck ist es der dritte große Zukauf in wenigen Jahren. 2014 übernahm das Familienunternehmen den britischen Spezialchemiehersteller AZ Electronic Materials für 1,6 Mrd. Pfund.';
    const extraction = extractDocument(text, { publishedAt: '2019-04-13' });
    expect(dealsOf(extraction)).toEqual([expect.objectContaining({ acquirer: 'Merck', target: 'AZ Electronic Materials', status: 'COMPLETED', year: 2014 })]);
  });

  test("'Versum hatte sich mit dem Konkurrenten Entegris auf einen Zusammenschluss unter Gleichen geeinigt': a merger of the two", () => {
    const deals = dealsOf(extractDocument('Merck bot 48 Dollar je Aktie. Versum hatte sich im Januar mit dem Konkurrenten Entegris auf einen Zusammenschluss unter Gleichen geeinigt.', { publishedAt: '2019-04-13' }));
    expect(deals).toEqual([expect.objectContaining({ kind: 'MERGER' })]);
    expect([deals[0]?.acquirer, deals[0]?.target].sort()).toEqual(['Entegris', 'Versum']);
  });
});

describe('extractDocument: German participles before a comma, scale words, offices in compounds', () => {
  test("'Adidas hatte Reebok 2006 für rund 3,1 Mrd. € übernommen, um gegen Nike aufzuholen': Nike and 'Mrd' are no party", () => {
    const extraction = extractDocument('Adidas verkauft Reebok an Authentic Brands. Adidas hatte Reebok 2006 für rund 3,1 Mrd. € übernommen, um im US-Markt gegen Nike aufzuholen.', { publishedAt: '2021-08-13' });
    expect(dealsOf(extraction)).toContainEqual(expect.objectContaining({ acquirer: 'Adidas', target: 'Reebok', status: 'COMPLETED', year: 2006 }));
    expect(extraction.entities.map((entity) => entity.name)).not.toContain('Mrd');
  });

  test("'übernimmt die Geschäftsführung der X GmbH': a job, not a takeover", () => {
    expect(dealsOf(extractDocument('KÖPFE: Hanne Kolbeck (51) übernimmt die Geschäftsführung der Frankenwald Outdoor GmbH.', { publishedAt: '2021-08-13' }))).toEqual([]);
  });
});

describe('extractDocument: German separable verbs of buying, shares glued to a name', () => {
  test.each([
    ['de', '2018-02-24', 'Der Gründer baute Geely auf. Im Jahr 2010 kaufte Geely dem US-Konzern Ford die schwedische Marke Volvo Cars für 1,8 Mrd. Dollar ab.', { kind: 'ACQUISITION', acquirer: 'Geely', target: 'Volvo Cars', seller: 'Ford', year: 2010 }],
    ['de', '2018-02-24', 'Im vergangenen Jahr stieg Geely zudem mit 8,2 Prozent beim Lkw-Hersteller AB Volvo ein.', { kind: 'STAKE', acquirer: 'Geely', target: 'AB Volvo', year: 2017 }],
    ['de', '2018-02-24', 'Daimler hat einen neuen Großaktionär. Die Holding Geely hat über eine Investmentgesellschaft 9,69 Prozent der Daimler-Aktien erworben.', { kind: 'STAKE', acquirer: 'Geely', target: 'Daimler' }],
  ])('%s %s: %s', (_lang, publishedAt, text, expected) => {
    expectOneDeal(text, publishedAt, expected);
  });

  test("'nach Angaben aus Finanzkreisen': a German plural noun is no name", () => {
    expect(extractDocument('Li kaufte die Aktien nach Angaben aus Finanzkreisen über den Markt.', { publishedAt: '2018-02-24' }).entities.map((entity) => entity.name)).not.toContain('Angaben');
  });
});

describe('extractDocument: the company after "agreed with" owns what "the company\'s" names', () => {
  test("'har blitt enig med Lundin Energy om å overta hele selskapets olje- og gassvirksomhet, Lundin Energy Norway.'", () => {
    const text = 'Aker BP har blitt enig med Lundin Energy om å overta hele selskapets olje- og gassvirksomhet, Lundin Energy Norway. Prisen er om lag 13,9 milliarder dollar.';
    expectOneDeal(text, '2021-12-21', { acquirer: 'Aker BP', target: 'Lundin Energy Norway', seller: 'Lundin Energy' });
  });
});

describe('extractDocument: French stakes taken by entering the capital, a pluperfect purchase', () => {
  test.each([
    ['fr', '2023-07-28', 'Kering entre au capital de Valentino à hauteur de 30 %', { kind: 'STAKE', acquirer: 'Kering', target: 'Valentino' }],
    ['fr', '2023-07-28', "Mayhoola, contrôlé par la famille régnante du Qatar, avait acheté Valentino en 2012 pour environ 700 millions d'euros.", { kind: 'ACQUISITION', acquirer: 'Mayhoola', target: 'Valentino', status: 'COMPLETED', year: 2012 }],
  ])('%s %s: %s', (_lang, publishedAt, text, expected) => {
    expectOneDeal(text, publishedAt, expected);
  });
});

describe('extractDocument: a source of news is no party', () => {
  test("'Enligt Recode för streamingbolaget samtal om att köpa Anchor': the streaming company, not Recode, would buy", () => {
    const deals = dealsOf(extractDocument('Spotify förhandlar om att köpa Gimlet Media. Enligt Recode för streamingbolaget dessutom separata samtal om att köpa Anchor, en app för poddar.', { publishedAt: '2019-02-01' }));
    expect(deals).toContainEqual(expect.objectContaining({ acquirer: 'Spotify', target: 'Anchor' }));
    expect(deals.map((deal) => deal.acquirer)).not.toContain('Recode');
  });
});

describe('extractDocument: French future tense, a cleft, a sale of "sa filiale" joining the purchase', () => {
  test("'C'est Bouygues qui rachètera Equans. Engie … pour lui céder sa filiale': Bouygues buys Equans from Engie", () => {
    const text = "C'est Bouygues qui rachètera Equans. Engie a annoncé samedi être entré en négociations exclusives avec le groupe de BTP pour lui céder sa filiale de services multitechniques.";
    expectOneDeal(text, '2021-11-06', { acquirer: 'Bouygues', target: 'Equans', seller: 'Engie', status: 'PLANNED' });
  });
});

describe('extractDocument: agreed with a board on a purchase, money paid to a party', () => {
  test("'Magna hade kommit överens med Veoneers styrelse om ett köp … ska Veoneer betala 110 miljoner dollar till Magna': one purchase, of Veoneer", () => {
    const text = 'Magna hade i juli kommit överens med Veoneers styrelse om ett köp för 31,25 dollar per aktie. Enligt villkoren ska Veoneer betala 110 miljoner dollar till Magna för att avtalet bryts.';
    expectOneDeal(text, '2021-10-05', { acquirer: 'Magna', target: 'Veoneer' });
  });
});

describe("extractDocument: a verb joined by 'and' shares the subject of the verb before", () => {
  test("'It bought Wyeth in 2009 and swallowed Warner-Lambert and Pharmacia': three purchases by Pfizer", () => {
    const deals = dealsOf(extractDocument('Pfizer is no stranger to giant acquisitions. It bought Wyeth for $68bn in 2009 and swallowed Warner-Lambert and Pharmacia in the early 2000s.', { publishedAt: '2014-04-29' }));
    expect(deals.map((deal) => [deal.acquirer, deal.target])).toEqual([['Pfizer', 'Wyeth'], ['Pfizer', 'Warner-Lambert'], ['Pfizer', 'Pharmacia']]);
  });
});

describe('extractDocument: a year after a preposition, a purchase dated from another year', () => {
  test("'In 2012 Microsoft wrote down $6.2bn on aQuantive, which it bought five years earlier': Microsoft, and 2007", () => {
    expect(dealsOf(extractDocument('In 2012 Microsoft wrote down $6.2bn on aQuantive, which it bought five years earlier.', { publishedAt: '2015-07-09' }))).toEqual([
      expect.objectContaining({ kind: 'WRITE_DOWN', acquirer: 'Microsoft', target: 'aQuantive', year: 2012 }),
      expect.objectContaining({ kind: 'ACQUISITION', acquirer: 'Microsoft', target: 'aQuantive', year: 2007 }),
    ]);
  });
});

describe("extractDocument: a headline 'swoop'", () => {
  test("'Mars bets on Pringles with $36bn Kellanova swoop': Mars would buy Kellanova", () => {
    expectOneDeal('Mars bets on Pringles with $36bn Kellanova swoop', '2024-08-14', { acquirer: 'Mars', target: 'Kellanova' });
  });
});

describe('extractDocument: a company that passes into the hands of another', () => {
  test.each([
    ['nl', '2023-05-01', 'Ziggo kwam eind 2014 volledig in handen van Liberty Global, nadat het eerst een belang had opgebouwd.', { acquirer: 'Liberty Global', target: 'Ziggo', status: 'COMPLETED', year: 2014 }],
    ['fr', '2023-05-01', "Le fabricant Latécoère est passé sous le contrôle de Searchlight en 2019, après une longue bataille.", { acquirer: 'Searchlight', target: 'Latécoère', year: 2019 }],
  ])('%s %s: %s', (_lang, publishedAt, text, expected) => {
    expectOneDeal(text, publishedAt, expected);
  });
});

describe("extractDocument: 'the target is X' after a purchase that named none", () => {
  test("'… med sit største opkøb i mange år. Målet er amerikanske Alder BioPharmaceuticals'", () => {
    const text = 'Lundbeck køber op i USA. Valby-selskabet tager et stort skridt ind i migrænebehandling med sit største opkøb i mange år. Målet er amerikanske Alder BioPharmaceuticals, der er tæt på at få godkendt et nyt middel.';
    expectOneDeal(text, '2019-09-16', { acquirer: 'Lundbeck', target: 'Alder BioPharmaceuticals' });
  });
});

describe('extractDocument: a share buyback, a web address ending a name', () => {
  test("'Prosus biedt … per aandeel Just Eat Takeaway.com … om eigen aandelen in te kopen': one purchase of Just Eat Takeaway, no stake", () => {
    const text = 'Prosus legt 4,1 miljard euro neer voor Just Eat Takeaway. Prosus biedt 20,30 euro in contanten per aandeel Just Eat Takeaway.com. Prosus verkocht een deel van zijn aandelen in Tencent om eigen aandelen in te kopen.';
    const extraction = extractDocument(text, { publishedAt: '2025-02-24' });
    expect(extraction.entities.filter((entity) => entity.name.startsWith('Just Eat'))).toHaveLength(1);
    expect(dealsOf(extraction)).toEqual([expect.objectContaining({ kind: 'ACQUISITION', acquirer: 'Prosus', target: expect.stringMatching(/^Just Eat Takeaway/u) })]);
  });
});

describe("extractDocument: 'und' after a German verb-final participle opens another clause", () => {
  test("'Als Linde-Vorstandschef hatte er 2006 BOC übernommen und damit Linde zum Weltmarktführer gemacht'", () => {
    const text = 'Für Reitzle ist es die zweite große Übernahmeschlacht. Als Linde-Vorstandschef hatte er 2006 den britischen Konkurrenten BOC für 8,2 Milliarden Pfund übernommen und damit Linde zum Weltmarktführer gemacht.';
    expectOneDeal(text, '2018-06-01', { acquirer: 'Linde', target: 'BOC', year: 2006 });
  });
});

describe('extractDocument: names with surname particles', () => {
  test("'Topman Jan van Dijk', 'Jan van de Winkel': one person each, the particles inside", () => {
    const names = extractDocument('Topman Jan van de Winkel van Genmab zei dat Jan van Dijk het eens was.', { publishedAt: '2024-01-01' }).entities.map((entity) => [entity.type, entity.name]);
    expect(names).toEqual(expect.arrayContaining([['PERSON', 'Jan van de Winkel'], ['PERSON', 'Jan van Dijk'], ['COMPANY', 'Genmab']]));
    expect(names.map(([, name]) => name)).not.toContain('Winkel');
  });
});

describe('extractDocument: titles after "had been" and "will become", a company a person runs', () => {
  test.each([
    ['Mellody Hobson, who had been chair of the Starbucks board, becomes lead independent director.', 'Mellody Hobson', 'CHAIRMAN', 'Starbucks'],
    ['Starbucks said that Brian Niccol will become its chairman and chief executive.', 'Brian Niccol', 'CEO', 'Starbucks'],
    ['Chipotle named Scott Boatwright, its chief operating officer, as interim chief executive.', 'Scott Boatwright', 'EXECUTIVE', 'Chipotle'],
    ['Starbucks said that Brian Niccol, who has run Chipotle since 2018, will join it.', 'Brian Niccol', 'CEO', 'Chipotle'],
  ])('%s', (text, person, role, org) => {
    const extraction = extractDocument(text, { publishedAt: '2024-08-14' });
    const name = (id: string | null) => extraction.entities.find((entity) => entity.id === id)?.name;
    expect(extraction.roles.map((r) => [name(r.person), r.role, name(r.org)])).toContainEqual([person, role, org]);
  });
});

describe('extractDocument: lists of purchases, each with its own year', () => {
  /** The page's deals as 'acquirer → target (year)', in order. */

  test.each([
    ['en', '2022-01-01', 'Vonovia bought Gagfah in 2015, Buwog in 2018 and Hembla in 2021.', ['Vonovia → Gagfah (2015)', 'Vonovia → Buwog (2018)', 'Vonovia → Hembla (2021)']],
    ['en', '2020-01-01', 'Spotify has made several acquisitions, among them The Echo Nest in 2014 and Soundtrap in 2017.', ['Spotify → The Echo Nest (2014)', 'Spotify → Soundtrap (2017)']],
    ['en', '2020-01-01', 'Spotify has previously acquired The Echo Nest (2014) and Soundtrap (2017).', ['Spotify → The Echo Nest (2014)', 'Spotify → Soundtrap (2017)']],
    ['en', '2020-01-01', 'In 2014 Spotify acquired The Echo Nest and Soundtrap.', ['Spotify → The Echo Nest (2014)', 'Spotify → Soundtrap (2014)']],
    ['en', '2016-01-01', 'Pfizer bought Wyeth, the maker of Advil, for $68bn in 2009 and Hospira for $17bn in 2015.', ['Pfizer → Wyeth (2009)', 'Pfizer → Hospira (2015)']],
    ['en', '2023-10-12', 'Pioneer bought Parsley Energy for about $4.5bn in 2021 and, months later, DoublePoint Energy for $6.4bn.', ['Pioneer → Parsley Energy (2021)', 'Pioneer → DoublePoint Energy (2021)']],
    ['en', '2020-01-01', 'Microsoft bought the games maker Mojang and the software company Xamarin.', ['Microsoft → Mojang (2020)', 'Microsoft → Xamarin (2020)']],
    ['fr', '2014-01-01', "Le groupe Publicis a racheté le britannique Saatchi & Saatchi en 2000, puis l'américain Digitas en 2007 pour 1,3 milliard de dollars.", ['Publicis → Saatchi & Saatchi (2000)', 'Publicis → Digitas (2007)']],
    ['sv', '2019-01-01', 'Spotify har tidigare gjort mindre köp, bland annat av musikdataföretaget The Echo Nest 2014 och av Stockholmsbolaget Soundtrap, som gör mjukvara för musik, 2017.', ['Spotify → The Echo Nest (2014)', 'Spotify → Soundtrap (2017)']],
    ['de', '2020-01-01', 'Vonovia hat in den vergangenen Jahren mehrere Konkurrenten übernommen, darunter Buwog und Hembla.', ['Vonovia → Buwog (2020)', 'Vonovia → Hembla (2020)']],
    ['sv', '2023-01-01', 'Kindred Group växer. År 2017 köpte Kindred Group brittiska 32Red för 176 miljoner pund, och 2022 förvärvade det spelutvecklaren Relax Gaming för 295 miljoner euro.', ['Kindred Group → 32Red (2017)', 'Kindred Group → Relax Gaming (2022)']],
    ['en', '2016-01-01', 'Pfizer bought Wyeth in 2009, and in 2015 it acquired Hospira.', ['Pfizer → Wyeth (2009)', 'Pfizer → Hospira (2015)']],
    ['da', '2022-09-01', 'FLSmidth vokser. I 2007 købte koncernen det canadiske GL&V Process, og i 2012 fulgte australske Ludowici for omkring 1,4 mia. kr.', ['FLSmidth → GL&V Process (2007)', 'FLSmidth → Ludowici (2012)']],
    ['de', '2020-01-01', 'Für Merck ist es der dritte große Zukauf. 2014 übernahm das Familienunternehmen den britischen Hersteller AZ Electronic Materials für 1,6 Mrd. Pfund, ein Jahr später folgte der US-Laborausrüster Sigma-Aldrich für 17 Mrd. Dollar.', ['Merck → AZ Electronic Materials (2014)', 'Merck → Sigma-Aldrich (2015)']],
    ['de', '2021-01-01', 'Vonovia ist durch Zukäufe gewachsen. 2015 schluckte das Bochumer Unternehmen den Konkurrenten Gagfah, später folgten die österreichische Buwog und die schwedische Hembla.', ['Vonovia → Gagfah (2015)', 'Vonovia → Buwog (2021)', 'Vonovia → Hembla (2021)']],
    ['en', '2020-02-10', 'Pfizer bought Wyeth in 2009, followed by Hospira in 2015.', ['Pfizer → Wyeth (2009)', 'Pfizer → Hospira (2015)']],
    ['en', '2016-08-22', 'Pfizer has not been shy about buying. Last year it paid $17bn for Hospira, a maker of generic drugs, and before that it acquired Wyeth for $68bn in 2009.', ['Pfizer → Hospira (2015)', 'Pfizer → Wyeth (2009)']],
  ])('%s %s: %s', (_lang, publishedAt, text, expected) => {
    expect(listed(text, publishedAt)).toEqual(expected);
  });

  test("a bid with a rival in between names no purchase of the rival: 'efter en budstrid med riskkapitalbolaget Carlyle, och …'", () => {
    const text = 'Förra året köpte Philip Morris det brittiska inhalatorföretaget Vectura för drygt en miljard pund, efter en budstrid med riskkapitalbolaget Carlyle, och danska Fertin Pharma för 5,1 miljarder danska kronor.';
    expect(listed(text, '2022-05-11').filter((deal) => deal.includes('Carlyle'))).toEqual([]);
  });
});

describe('extractDocument: taking a company private, Dutch participles before the buyer', () => {
  test.each([
    ['en', '2023-11-01', 'Permira and Blackstone are in talks to take Adevinta private.', { target: 'Adevinta', status: 'RUMORED' }],
    ['no', '2023-11-01', 'Ifølge Bloomberg forhandler oppkjøpsfondene Permira og Blackstone om å ta Adevinta av børs.', { target: 'Adevinta', status: 'RUMORED' }],
    ['nl', '2023-11-01', 'Philips heeft zijn divisie Signify verkocht aan Apollo.', { acquirer: 'Apollo', target: 'Signify', seller: 'Philips' }],
    ['nl', '2023-11-01', 'DSM heeft zijn divisie Protective Materials overgedaan aan het Amerikaanse Avient.', { acquirer: 'Avient', target: 'Protective Materials', seller: 'DSM' }],
  ])('%s %s: %s', (_lang, publishedAt, text, expected) => {
    expectOneDeal(text, publishedAt, expected);
  });

  test("a subordinate clause keeps its subject: 'toen het Nederlandse Akzo fuseerde met het Zweedse Nobel Industries'", () => {
    expectOneDeal('AkzoNobel ontstond in 1994 toen het Nederlandse Akzo fuseerde met het Zweedse Nobel Industries.', '2020-01-01', { kind: 'MERGER', acquirer: 'Akzo', target: 'Nobel Industries', year: 1994 });
  });

  test("'ontstond in 1994 toen het Nederlandse Akzo fuseerde …': a later 'de groep' is the main clause's subject", () => {
    const deals = dealsOf(extractDocument('AkzoNobel ontstond in 1994 toen het Nederlandse Akzo fuseerde met het Zweedse Nobel Industries. In 2007 kwam de groep overeen om het Britse ICI over te nemen voor circa 8 miljard pond.', { publishedAt: '2017-06-01' }));
    expect(deals.map((deal) => [deal.kind, deal.acquirer, deal.target])).toEqual([
      ['MERGER', 'Akzo', 'Nobel Industries'],
      ['ACQUISITION', 'AkzoNobel', 'ICI'],
    ]);
  });

  test("'Vorig jaar kocht het …': a word of time opening a sentence names no company, and 'het' is the company told of", () => {
    const text = "Randstad is een geoefende koper. Het bedrijf nam in 2008 branchegenoot Vedior over voor zo'n 3,5 miljard euro. Vorig jaar kocht het de Nederlandse concurrent Monster voor 1,1 miljard euro.";
    expect(dealsOf(extractDocument(text, { publishedAt: '2016-03-01' })).map((deal) => [deal.acquirer, deal.target])).toEqual([
      ['Randstad', 'Vedior'],
      ['Randstad', 'Monster'],
    ]);
  });
});

describe('extractDocument: a described company right after the verb is what is bought', () => {
  test('a name inside a relative clause is no subject: "Avago, which Tan ran before it took the Broadcom name, bought …"', () => {
    expectOneDeal('Avago, which Tan ran before it took the Broadcom name, bought the original Broadcom for $37bn in 2016.', '2023-11-22', { acquirer: 'Avago', target: 'Broadcom', year: 2016 });
  });

  test.each([
    ['Medivation has a buyer. Pfizer said it had agreed to acquire the San Francisco cancer specialist for $81.50 a share, or about $14bn, beating rival offers for the company behind the cancer drug Xtandi.', 'Medivation'],
    ['Pfizer bought the Dublin-based group, Allergan, for $160bn.', 'Allergan'],
  ])('%s', (text, target) => {
    expectOneDeal(text, '2016-08-22', { acquirer: 'Pfizer', target });
  });
});

describe("extractDocument: 'added' buys only with a price", () => {
  test.each([
    ['Nestlé has grown through deals. Last year it added the British chocolatier Thorntons for £534m, and it has built a pet-care arm.', [{ kind: 'ACQUISITION', acquirer: 'Nestlé', target: 'Thorntons', status: 'COMPLETED', year: 2023 }]],
    ['Nestlé shares added 3% after Thorntons reported.', []],
    ['Nestlé added Thorntons chocolates to its range.', []],
  ])('%s', (text, expected) => {
    expect(dealsOf(extractDocument(text, { publishedAt: '2024-08-15' }))).toEqual(expected);
  });
});

describe('extractDocument: a verb of following buys nothing without a purchase just before it', () => {
  test.each([['de', 'Der Aktienkurs folgte dem Markt. Siemens folgte Bosch an die Spitze des Index.'], ['en', 'The announcement was followed by a rally in Volvo shares.']])('%s: %s', (_lang, text) => {
    expect(dealsOf(extractDocument(text, { publishedAt: '2020-01-01' }))).toEqual([]);
  });
});

describe('extractDocument: a sale of own businesses in places named', () => {
  test.each([
    'Telenor solgte i fjor sine virksomheter i Ungarn, Bulgaria, Montenegro og Serbia til det tsjekkiske investeringsselskapet PPF for 2,8 milliarder euro.',
    'Telenor solgte sine virksomheter i Ungarn til investeringsselskapet PPF.',
  ])('%s', (text) => {
    expectOneDeal(text, '2019-05-10', { acquirer: 'PPF', target: 'Telenor', seller: 'Telenor' });
  });
});

describe('extractDocument: sellers described before their name, dividends paid', () => {
  test("'af den svenske familieejede Axel Johnson-gruppe': a name glued to a kind of company is the seller", () => {
    expectOneDeal('GN Store Nord køber danske SteelSeries af den svenske familieejede Axel Johnson-gruppe.', '2021-10-01', { acquirer: 'GN Store Nord', target: 'SteelSeries', seller: 'Axel Johnson' });
  });

  test('paying a dividend or buying back own shares adds no stake to the deal', () => {
    const text = 'Storebrand kjøper Danica Pensjon av Danske Bank. Storebrand vil fortsatt betale utbytte og har ikke planer om å kjøpe tilbake egne aksjer i år.';
    expectOneDeal(text, '2018-05-01', { kind: 'ACQUISITION', acquirer: 'Storebrand', target: 'Danica Pensjon', seller: 'Danske Bank' });
  });
});

describe('extractDocument: mergers told with where each party is from, dated by the year nearest the noun', () => {
  test.each([
    ['en', '2014-05-01', "AstraZeneca itself was born out of the 1999 merger of Sweden's Astra and Britain's Zeneca.", { kind: 'MERGER', acquirer: 'Astra', target: 'Zeneca', year: 1999 }],
    ['nl', '2017-12-18', 'Gemalto ontstond in 2006 uit de fusie van het Franse Gemplus en het Nederlandse Axalto.', { kind: 'MERGER', acquirer: 'Axalto', target: 'Gemplus', year: 2006 }],
  ])('%s %s: %s', (_lang, publishedAt, text, expected) => {
    expectOneDeal(text, publishedAt, expected);
  });

  test("'lui-même issu de la fusion de Sanofi et Synthélabo en 1999': the merger's year is the one beside it", () => {
    const deals = dealsOf(extractDocument("Sanofi-Aventis est né en 2004 du rachat d'Aventis par Sanofi-Synthélabo, lui-même issu de la fusion de Sanofi et Synthélabo en 1999.", { publishedAt: '2014-05-01' }));
    expect(deals.filter((deal) => deal.kind === 'MERGER')).toEqual([expect.objectContaining({ acquirer: 'Sanofi', target: 'Synthélabo', year: 1999 })]);
  });
});

describe('extractDocument: money on the table, a stake in the company after the stake noun, a purchase after a seller', () => {
  test.each([
    ['nl', '2015-04-08', 'Shell legt 47 miljard pond op tafel voor BG Group.', { acquirer: 'Shell', target: 'BG Group', status: 'PLANNED' }],
    ['en', '2019-07-15', 'Gilead paid $425m for a 15% stake in Galapagos in 2015.', { kind: 'STAKE', acquirer: 'Gilead', target: 'Galapagos', year: 2015 }],
    ['de', '2019-04-08', 'Der New Yorker Hedgefonds Third Point des aktivistischen Investors Daniel Loeb hatte im Juni 2017 für rund 3,5 Milliarden Dollar eine Beteiligung an Nestlé erworben.', { kind: 'STAKE', acquirer: 'Third Point', target: 'Nestlé', year: 2017 }],
  ])('%s %s: %s', (_lang, publishedAt, text, expected) => {
    expectOneDeal(text, publishedAt, expected);
  });

  test("'à Bausch & Lomb en 1999, puis le californien Oakley en 2007': the next purchase, without the seller of the first", () => {
    const deals = dealsOf(extractDocument("Luxottica a racheté Ray-Ban à l'américain Bausch & Lomb en 1999, puis le californien Oakley en 2007 pour environ 2,1 milliards de dollars.", { publishedAt: '2019-04-08' }));
    expect(deals).toEqual([
      expect.objectContaining({ acquirer: 'Luxottica', target: 'Ray-Ban', seller: 'Bausch & Lomb', year: 1999 }),
      { kind: 'ACQUISITION', acquirer: 'Luxottica', target: 'Oakley', status: 'COMPLETED', year: 2007 },
    ]);
  });
});

describe('extractDocument: shared compounds, operators, verbs capitalised by a headline', () => {
  test("'til energi- og telekombolaget Norlys': the buyer after a shared compound", () => {
    expectOneDeal('Den svensk-finska teleoperatören säljer Telia Danmark till energi- och telekombolaget Norlys för 6,25 miljarder danska kronor.', '2023-04-01', { acquirer: 'Norlys', target: 'Telia Danmark' });
  });

  test.each([
    ['en', 'Subsea 7 and Acergy agreed to merge in 2010.', 'Subsea 7'],
    ['no', 'Equinor eier 7 prosent av Subsea 7, og Nokia 3 prosent.', 'Nokia'],
  ])('%s: %s keeps its digit, a share does not', (_lang, text, name) => {
    const names = extractDocument(text, { publishedAt: '2011-01-01' }).entities.map((entity) => entity.name);
    expect(names.filter((entity) => entity.startsWith(name.split(' ')[0] as string))).toEqual([name]);
  });

  test.each([
    ['Bank of America bought Merrill Lynch in 2008.', 'Bank of America'],
    ['Royal Bank of Scotland led the consortium that bought ABN Amro.', 'Royal Bank of Scotland'],
  ])("'of' after an institution's noun joins the name: %s", (text, name) => {
    expect(extractDocument(text, { publishedAt: '2009-01-01' }).entities.map((entity) => entity.name)).toContain(name);
  });

  test('a run of spaces parts menu entries', () => {
    const names = extractDocument('Forside  Medicinsk udstyr  Pharma  Hospitaler  Børs  Karriere\n\nColoplast køber Atos Medical for 16 mia. kr.', { publishedAt: '2021-08-04' }).entities.map((entity) => entity.name);
    expect(names.some((name) => /\s{2}/u.test(name))).toBe(false);
  });

  test.each([
    ['no', 'Telenor kjøper seg opp i Finland: Betaler 1,5 milliarder euro for aksjene', 'Betaler'],
    ['en', 'Microsoft Acquires GitHub For $7.5 Billion', 'Microsoft Acquires GitHub'],
  ])('%s: %s', (_lang, text, notAName) => {
    const names = extractDocument(text, { publishedAt: '2018-06-04' }).entities.map((entity) => entity.name);
    expect(names).not.toContain(notAName);
  });
});

describe("extractDocument: an offer 'on the maker of X' names what is bid for, not a bidder", () => {
  test('no bid by the brand, and no city as a company', () => {
    const text = 'Na drie maanden touwtrekken heeft PPG Industries de strijd om Akzo Nobel opgegeven. De Amerikaanse verfmaker uit Pittsburgh maakte bekend dat hij geen formeel bod uitbrengt op de maker van Sikkens en Flexa.';
    const deals = dealsOf(extractDocument(text, { publishedAt: '2017-06-02' }));
    expect(deals.some((deal) => deal.acquirer === 'Sikkens' || deal.target === 'Pittsburgh')).toBe(false);
  });
});

describe('extractDocument: a described name after a preposition, a relative clause without its pronoun, years counted from the sentence before', () => {

  test.each([
    ['en', '2017-06-16', 'Amazon bought Zappos in 2009. In 2014 it spent $970m on the video-game streaming site Twitch.', ['Amazon → Zappos (2009)', 'Amazon → Twitch (2014)']],
    ['en', '2017-06-16', 'Whole Foods is the biggest acquisition Amazon has made. Until now that title belonged to Zappos, the online shoe seller it picked up in 2009 for about $1.2bn.', ['Amazon → Zappos (2009)']],
    ['en', '2017-06-16', 'Amazon bought Zappos in 2009. Three years later it paid $775m for Kiva Systems.', ['Amazon → Zappos (2009)', 'Amazon → Kiva Systems (2012)']],
  ])('%s %s: %s', (_lang, publishedAt, text, expected) => {
    expect(listed(text, publishedAt)).toEqual(expected);
  });

  test("'het bedrijf uit Cambridge' describes a place, not a company bought", () => {
    const text = 'HP betaalde destijds 11,1 miljard dollar voor het bedrijf uit Cambridge, dat software maakt.';
    expect(listed(text, '2012-11-20').some((deal) => deal.includes('Cambridge'))).toBe(false);
  });

  test('years later with no year before it stay open', () => {
    expect(listed('Three years later Amazon paid $775m for Kiva Systems.', '2017-06-16')).not.toContain('Amazon → Kiva Systems (2012)');
  });
});

describe('extractDocument: a third name word the page also writes in lower case, a takeover told with an attempt to combine', () => {
  const text = "Comcast has abandoned its $45.2bn takeover of Time Warner Cable, bringing a 14-month attempt to combine America's two biggest cable operators to an end.";

  test("'Time Warner Cable' keeps 'Cable' beside 'cable operators'", () => {
    expect(extractDocument(text, { publishedAt: '2015-04-24' }).entities.map((entity) => entity.name)).toContain('Time Warner Cable');
  });

  test("the takeover is an acquisition, not a merger of the 'two biggest cable operators'", () => {
    expectOneDeal(text, '2015-04-24', { kind: 'ACQUISITION', acquirer: 'Comcast', target: 'Time Warner Cable', status: 'CANCELLED' });
  });
});

describe('extractDocument: a short first word joins its full name, offices taken over, stakes taken, joint ventures bought out', () => {
  test("'Dow' is 'Dow Chemical', and 'Dow Corning' beside 'Corning' joins two companies", () => {
    const text = 'Dow and DuPont agree to merge. Dow Chemical and DuPont are to merge in an all-stock deal. Dow will also buy out Dow Corning from Corning.';
    const names = extractDocument(text, { publishedAt: '2015-12-11' }).entities.map((entity) => [entity.name, ...entity.aliases].sort().join(' = '));
    expect(names).toEqual(expect.arrayContaining(['Dow = Dow Chemical', 'Dow Corning', 'Corning']));
  });

  test.each([
    ["Edward Breen, who took over as DuPont's chief executive in November, will run the combined company."],
    ['Edward Breen took over as chief executive of DuPont in November.'],
  ])('no purchase by a person taking an office: %s', (text) => {
    expect(dealsOf(extractDocument(text, { publishedAt: '2015-12-11' }))).toEqual([]);
  });

  test.each([
    ["Daniel Loeb's Third Point took a stake in Dow in early 2014.", { kind: 'STAKE', acquirer: 'Third Point', target: 'Dow', year: 2014 }],
    ['On the same day Dow said it would take full control of Dow Corning, its silicones joint venture with Corning, which will receive $4.8bn.', { acquirer: 'Dow', target: 'Dow Corning', seller: 'Corning' }],
  ])('%s', (text, expected) => {
    expectOneDeal(text, '2015-12-11', expected);
  });
});

describe("extractDocument: a unit 'van' its owner, talks with a company, a pronoun inside a relative clause", () => {
  test.each([
    ['In 2010 nam Heineken de biertak van het Mexicaanse FEMSA over, een transactie van ongeveer 5,3 miljard euro.', { acquirer: 'Heineken', target: 'FEMSA', year: 2010 }],
    ['Heineken heeft bevestigd dat het in gesprek is met Distell, de Zuid-Afrikaanse producent van cider en likeur.', { acquirer: 'Heineken', target: 'Distell', status: 'RUMORED' }],
    ['Heineken is in het land de nummer twee, ver achter AB InBev, dat de markt beheerst sinds het in 2016 SABMiller overnam.', { acquirer: 'AB InBev', target: 'SABMiller', year: 2016 }],
  ])('%s', (text, expected) => {
    expectOneDeal(text, '2021-04-20', expected);
  });
});

describe('extractDocument: a place opening a name at a sentence start, a title of an organisation, hyphenated origins', () => {
  test("'Hamburg Süd' stays the name where a sentence opens with it", () => {
    const text = 'Mærsk Line køber Hamburg Süd for 3,7 mia. euro. Hamburg Süd er verdens syvendestørste containerrederi. Hamburg Süd fortsætter som selvstændigt brand.';
    const entity = extractDocument(text, { publishedAt: '2016-12-01' }).entities.find((e) => e.aliases.includes('Süd') || e.name === 'Süd');
    expect(entity?.name).toBe('Hamburg Süd');
  });

  test("'direktør for A.P. Møller-Mærsk' names a company, not a person", () => {
    const entities = extractDocument('"Det passer til vores strategi," siger Søren Skou, der er administrerende direktør for A.P. Møller-Mærsk.', { publishedAt: '2016-12-01' }).entities;
    expect(entities.find((e) => e.name === 'A.P. Møller-Mærsk')?.type).toBe('COMPANY');
  });

  test("'for britisk-hollandske P&O Nedlloyd': an adjective of two origins before the target", () => {
    const text = 'Det er ikke første gang, at A.P. Møller-Mærsk vokser gennem store opkøb. I 1999 købte rederiet containerforretningen i Sea-Land fra amerikanske CSX for 800 mio. dollar, og i 2005 betalte det 2,3 mia. euro for britisk-hollandske P&O Nedlloyd.';
    expect(dealsOf(extractDocument(text, { publishedAt: '2016-12-01' }))).toContainEqual(expect.objectContaining({ acquirer: 'A.P. Møller-Mærsk', target: 'P&O Nedlloyd', year: 2005 }));
  });
});

describe("extractDocument: 'Samme år overtog Ørsted Lincoln Clean Energy … fra kapitalfonden I Squared Capital', 'Sælger var X'", () => {
  const text =
    'Ørsted har længe villet vokse i USA. Ørsteds satsning i USA tog fart i 2018, da selskabet købte Deepwater Wind, der havde bygget landets første havvindmøllepark, for 510 mio. dollar. Sælger var investeringsselskabet D.E. Shaw. Samme år overtog Ørsted Lincoln Clean Energy, der udvikler vindmølleparker på land, fra kapitalfonden I Squared Capital for 580 mio. dollar.';

  test('two purchases of 2018, each with its seller', () => {
    expect(dealsOf(extractDocument(text, { publishedAt: '2023-11-01' }))).toEqual([
      expect.objectContaining({ acquirer: 'Ørsted', target: 'Deepwater Wind', seller: 'D.E. Shaw', year: 2018 }),
      expect.objectContaining({ acquirer: 'Ørsted', target: 'Lincoln Clean Energy', seller: 'I Squared Capital', year: 2018 }),
    ]);
  });
});

describe("extractDocument: German names with a lower-case tail, 'dieses Jahres', a clause after 'nachdem'", () => {
  test("'CD-adapco' keeps its tail, dated by 'Anfang dieses Jahres'", () => {
    const text = 'Siemens kaufte 2007 die Softwarefirma UGS. Anfang dieses Jahres folgte der Simulationsspezialist CD-adapco, für den die Münchner 970 Millionen Dollar bezahlten.';
    expect(dealsOf(extractDocument(text, { publishedAt: '2016-11-14' }))).toContainEqual(expect.objectContaining({ acquirer: 'Siemens', target: 'CD-adapco', year: 2016 }));
  });

  test("the seller of a purchase told after 'nachdem' is not the seller of the main clause's", () => {
    const text = '2015 schloss Siemens die 7,6 Milliarden Dollar schwere Übernahme des Kompressorenherstellers Dresser-Rand ab, nachdem es bereits im Jahr davor für 785 Millionen Pfund das Geschäft mit Gasturbinen von Rolls-Royce gekauft hatte.';
    const deals = dealsOf(extractDocument(text, { publishedAt: '2016-11-14' }));
    expect(deals).toContainEqual(expect.objectContaining({ acquirer: 'Siemens', target: 'Dresser-Rand', year: 2015 }));
    expect(deals.find((deal) => deal.target === 'Dresser-Rand')?.seller).toBeUndefined();
  });
});

describe("extractDocument: 'Der Stuttgarter Autozulieferer übernimmt …' points back to a company, it names none", () => {
  test('the buyer is the company told before', () => {
    const text = 'Siemens verkauft seinen Anteil an Bosch. Der Stuttgarter Autozulieferer übernimmt den Anteil von Siemens am Hausgerätehersteller BSH und zahlt dafür drei Milliarden Euro.';
    const deals = dealsOf(extractDocument(text, { publishedAt: '2014-09-22' }));
    expect(deals.some((deal) => deal.acquirer === 'Autozulieferer' || deal.target === 'Hausgerätehersteller')).toBe(false);
  });
});

describe("extractDocument: 'bietet … für' offers for a company, 'Interesse' names none", () => {
  test('an offer and a rival who showed interest', () => {
    const text = 'Vodafone bietet 7,7 Milliarden Euro für Kabel Deutschland. Auch der amerikanische Kabelkonzern Liberty Global hatte Interesse an Kabel Deutschland gezeigt.';
    const deals = dealsOf(extractDocument(text, { publishedAt: '2013-06-24' }));
    expect(deals).toContainEqual(expect.objectContaining({ acquirer: 'Vodafone', target: 'Kabel Deutschland' }));
    expect(deals.some((deal) => deal.target === 'Interesse')).toBe(false);
  });
});

describe("extractDocument: Norwegian 'tok Yara over', a business 'til' its owner, taking over after a person", () => {
  test('two purchases of one sentence', () => {
    const text = 'Yara har fått ny sjef. I 2007 tok Yara over finske Kemira GrowHow, og i 2013 ble kjøpet av gjødselvirksomheten til amerikanske Bunge i Brasil sluttført.';
    expect(dealsOf(extractDocument(text, { publishedAt: '2023-01-01' }))).toEqual([
      expect.objectContaining({ acquirer: 'Yara', target: 'Kemira GrowHow', year: 2007 }),
      expect.objectContaining({ acquirer: 'Yara', target: 'Bunge', year: 2013 }),
    ]);
  });

  test("'tar over etter Yngve Slyngstad' succeeds a person and buys nothing", () => {
    expect(dealsOf(extractDocument('NBIM får ny leder. Han tar over etter Yngve Slyngstad, som har ledet fondet siden 2008.', { publishedAt: '2020-03-26' }))).toEqual([]);
  });
});

describe("extractDocument: 'la société Christian Dior' names a company, and 'Christian Dior Couture' its unit", () => {
  test('a unit bought from its parent, both named for a person', () => {
    const text = "C'est l'aboutissement d'une construction de trente ans. LVMH va racheter Christian Dior Couture à sa maison mère, la société Christian Dior, pour 6,5 milliards d'euros.";
    expectOneDeal(text, '2017-04-25', { acquirer: 'LVMH', target: 'Christian Dior Couture', seller: 'Christian Dior', status: 'PLANNED' });
  });

  test('a person after a title stays a person', () => {
    const entities = extractDocument('– Vi blir en global leder, sier konsernsjef Rolv Erik Ryssdal i Adevinta.', { publishedAt: '2020-07-21' }).entities;
    expect(entities.find((e) => e.name === 'Rolv Erik Ryssdal')?.type).toBe('PERSON');
  });
});

describe("extractDocument: French imperfect purchases and 'avait pris 80 % du capital de'", () => {
  test.each([
    ["LVMH rachète Dior. En 2011, il s'était offert le joaillier romain Bulgari pour environ 4,3 milliards d'euros. Deux ans plus tard, il avait pris 80 % du capital de l'italien Loro Piana pour 2 milliards d'euros.", { acquirer: 'LVMH', target: 'Loro Piana', year: 2013 }],
    ["Axa grandit. En 2006, Axa rachetait la compagnie suisse Winterthur au Credit Suisse pour 7,9 milliards d'euros.", { acquirer: 'Axa', target: 'Winterthur', seller: 'Credit Suisse', year: 2006 }],
  ])('%s', (text, expected) => {
    expect(dealsOf(extractDocument(text, { publishedAt: '2018-03-05' }))).toContainEqual(expect.objectContaining(expected));
  });
});

describe("extractDocument: a unit named in apposition after its owner's genitive ('DFDS' transportdivision, DFDS Dan Transport')", () => {
  test('the unit is bought from its owner; a closing noun keeps a first name inside a company', () => {
    const text = 'DSV vokser. I 2000 købte selskabet DFDS’ transportdivision, DFDS Dan Transport, og i 2006 fulgte den hollandske konkurrent Frans Maas.';
    expect(dealsOf(extractDocument(text, { publishedAt: '2015-08-31' }))[0]).toEqual(expect.objectContaining({ acquirer: 'DSV', target: 'DFDS Dan Transport', seller: 'DFDS', year: 2000 }));
  });
});

describe("extractDocument: 'Telia' is 'Telia Company' beside its unit 'Telia Norge'", () => {
  test('one buyer, not two', () => {
    const text = 'Telia kjøper Get og TDC Norge. Telia Company har inngått avtale med danske TDC om å kjøpe Get og TDC Norge. Med kjøpet blir Telia Norge en utfordrer til Telenor.';
    const names = extractDocument(text, { publishedAt: '2018-07-09' }).entities.map((entity) => [entity.name, ...entity.aliases].sort().join(' = '));
    expect(names).toContain('Telia = Telia Company');
  });
});

describe("extractDocument: a percent sign before 'de' is a share, not a seller", () => {
  test("'a acquis 34 % de Mitsubishi Motors'", () => {
    expectOneDeal('Renault a une alliance avec Nissan. En 2016, Nissan a acquis 34 % de Mitsubishi Motors pour 237 milliards de yens.', '2019-06-06', { kind: 'STAKE', acquirer: 'Nissan', target: 'Mitsubishi Motors', year: 2016 });
  });
});

describe("extractDocument: a price per share of a company buys it ('to pay 800p in cash per Meggitt share')", () => {
  test('the buyer told the sentence before, its purchases after', () => {
    const text =
      "Meggitt's board recommended a rival bid. That offer came from Parker Hannifin. The Cleveland industrial group agreed to pay 800p in cash per Meggitt share, valuing the company at about £6.3bn. For Parker, Meggitt would be the biggest in a string of purchases. In 2019 the group bought LORD Corporation for $3.675bn.";
    const deals = dealsOf(extractDocument(text, { publishedAt: '2021-08-23' }));
    expect(deals).toEqual([
      expect.objectContaining({ acquirer: 'Parker Hannifin', target: 'Meggitt', status: 'PLANNED' }),
      expect.objectContaining({ acquirer: 'Parker Hannifin', target: 'LORD Corporation', year: 2019 }),
    ]);
  });

  test("'MPs' are no company", () => {
    const names = extractDocument('It has prompted calls from unions and MPs for the government to examine any approach by TransDigm.', { publishedAt: '2021-08-23' }).entities.map((entity) => entity.name);
    expect(names).not.toContain('MPs');
  });
});

describe("extractDocument: 'has been linked to' is a rumoured purchase", () => {
  test('Chevron has been linked to Hess', () => {
    expectOneDeal('Analysts expect more dealmaking. Chevron has been linked to Hess, while smaller producers are expected to pair up.', '2023-10-11', { acquirer: 'Chevron', target: 'Hess', status: 'RUMORED' });
  });
});

describe("extractDocument: 'Exxon and Mobil combined' leaves the first named as the company a later 'the group' points to", () => {
  test("the group's purchase is Exxon's", () => {
    const text = "Exxon Mobil has agreed to buy Pioneer. The deal is Exxon's largest since Exxon and Mobil combined in 1999. It also dwarfs the group's last big bet on gas: the $41bn purchase of XTO Energy, agreed in December 2009.";
    expect(dealsOf(extractDocument(text, { publishedAt: '2023-10-11' }))).toContainEqual(expect.objectContaining({ acquirer: 'Exxon', target: 'XTO Energy', year: 2009 }));
  });
});

describe("extractDocument: Scandinavian bids 'byder … for', 'bjuder … för'", () => {
  test.each([
    ['da', 'Kapitalfonden Nordic Capital byder godt 18 mia. kr. for Bavarian Nordic. Aktionærerne er utilfredse.', { acquirer: 'Nordic Capital', target: 'Bavarian Nordic' }],
    ['sv', 'Riskkapitalbolaget EQT bjuder 30 miljarder kronor för Kinnevik. Aktieägarna är missnöjda.', { acquirer: 'EQT', target: 'Kinnevik' }],
  ])('%s: %s', (_lang, text, expected) => {
    expectOneDeal(text, '2024-01-01', expected);
  });
});

describe('extractDocument: shapes met on scraped news pages', () => {
  test.each([
    // Two more lower-case words of an English apposition noun before the buyer.
    ['en', '2017-09-20', 'Shares of Toshiba rose. Toshiba said on Wednesday it had agreed to sell its memory chip unit to private equity firm Bain Capital for $18bn.', { acquirer: 'Bain Capital', seller: 'Toshiba' }],
    // A capitalised adjective of nationality inside an English sentence, after no article, opens the name.
    ['en', '2021-05-10', 'Dow agreed to sell its rail business to American Industrial Partners, the company said.', { acquirer: 'American Industrial Partners', seller: 'Dow' }],
    // A capitalised number word opens a name; a noun that closes company names makes one told once firm.
    ['en', '2021-11-15', 'Cabot Corp. will sell its Purification Solutions business to One Equity Partners, the private equity arm spun out of JPMorgan.', { acquirer: 'One Equity Partners', target: 'Purification Solutions', seller: 'Cabot Corp.' }],
    // 'der Verkauf der X an Y': a German genitive article after an event noun names the thing sold.
    ['de', '2018-06-26', 'Der Lichtkonzern Osram hat den Verkauf der Siteco GmbH an die Beteiligungsgesellschaft Stern Stewart Capital abgeschlossen.', { acquirer: 'Stern Stewart Capital', target: 'Siteco GmbH', seller: 'Osram' }],
    // A share of less than half right after the verb is a stake.
    ['en', '2018-02-24', 'Geely bought 9.7% of Daimler, the maker of Mercedes-Benz cars.', { kind: 'STAKE', acquirer: 'Geely', target: 'Daimler' }],
    ['fr', '2012-07-05', "Volkswagen contrôle Porsche. En 2009, Volkswagen avait acquis 49,9 % de Porsche pour 3,9 milliards d'euros.", { kind: 'STAKE', acquirer: 'Volkswagen', target: 'Porsche', year: 2009 }],
    // Funds advised or managed by a firm buy as the firm.
    ['da', '2010-08-13', 'TDC solgte i 2010 Sunrise til fonde rådgivet af kapitalfonden CVC Capital Partners.', { acquirer: 'CVC Capital Partners', target: 'Sunrise', seller: 'TDC' }],
    ['en', '2016-06-01', 'Investors cheered as the retailer agreed to be sold to funds managed by Apax Partners.', { acquirer: 'Apax Partners' }],
    // A passive of selling in the present: 'bliver solgt til', 'blir solgt til', 'blir såld till'.
    ['da', '2010-08-13', 'Det betyder, at Sunrise bliver solgt til CVC Capital Partners.', { acquirer: 'CVC Capital Partners', target: 'Sunrise', status: 'PLANNED' }],
    ['no', '2012-04-19', 'Det betyr at Statoil Fuel & Retail blir solgt til kanadiske Alimentation Couche-Tard, opplyser selskapet i en melding.', { acquirer: 'Alimentation Couche-Tard', target: 'Statoil Fuel & Retail', status: 'PLANNED' }],
  ])('%s %s: %s', (_lang, publishedAt, text, expected) => {
    expectDeal(text, publishedAt, expected);
  });

  test('nobody buys from itself: an "its" bound to the wrong owner makes no deal', () => {
    const text = 'In its overhaul, Siemens welcomed activist fund Cevian Capital on to its supervisory board, bought several software firms and sold its hearing aid business.';
    expect(dealsOf(extractDocument(text, { publishedAt: '2015-06-01' })).filter((deal) => deal.acquirer !== null && deal.acquirer === deal.seller)).toEqual([]);
  });

  test("an impairment the seller books 'in relation to the sale' is a write-down of the business sold", () => {
    const text = 'Cabot Corp. will sell its Purification Solutions business to One Equity Partners. The deal should close next year. The company expects to record an impairment charge of about $160 million in relation to the sale.';
    expect(dealsOf(extractDocument(text, { publishedAt: '2021-11-15' }))).toContainEqual(expect.objectContaining({ kind: 'WRITE_DOWN', acquirer: 'Cabot Corp.', target: 'Purification Solutions' }));
  });

  test("'bevor eBay das Unternehmen übernahm': the one name after a conjunction is the subject, the phrase points back", () => {
    const text = 'Skype wurde 2003 in Luxemburg gegründet. Niklas Zennström hatte Skype mitgegründet, bevor eBay das Unternehmen 2005 für 2,6 Milliarden Dollar übernahm.';
    expect(dealsOf(extractDocument(text, { publishedAt: '2011-05-10' }))).toContainEqual(expect.objectContaining({ acquirer: 'eBay', target: 'Skype', year: 2005 }));
  });

  test("an owner's genitive, a company noun and a comma before the name: 'kapitalfondens energiselskab, X'", () => {
    const text = 'Ørsted overtog i 2018 kapitalfonden I Squared Capitals energiselskab, Lincoln Clean Energy, for 4,2 milliarder kroner.';
    const [deal] = dealsOf(extractDocument(text, { publishedAt: '2018-10-01' }));
    expect(deal).toEqual(expect.objectContaining({ acquirer: 'Ørsted', target: 'Lincoln Clean Energy' }));
    expect(deal?.seller).toMatch(/^I Squared Capital/u);
  });
});

describe('extractDocument: short forms, clauses of addition, withdrawn bids, pointers after a seller', () => {
  test("'Revolution Bars Group … Revolution's shareholders … Revolution Bars': one company", () => {
    const text = "Stonegate has dropped its attempt to take over rival Revolution Bars Group after Revolution's shareholders voted the offer down. Revolution had backed the offer. Revolution Bars runs bars across Britain.";
    const names = extractDocument(text, { publishedAt: '2017-11-01' }).entities.filter((entity) => entity.type === 'COMPANY').map((entity) => entity.name);
    expect(names.filter((name) => name.startsWith('Revolution'))).toHaveLength(1);
  });

  test("'X Energy har … og … at X vil': a short form later in the full name's sentence is the same company", () => {
    const text = 'Aker BP kjøper Lundin Energy. Lundin Energy har avvist påstandene, og sjefen sier at han ikke tror Lundin vil få en bot. Lundin-sjefen er fornøyd.';
    const names = extractDocument(text, { publishedAt: '2021-12-21' }).entities.filter((entity) => entity.type === 'COMPANY').map((entity) => entity.name);
    expect(names.filter((name) => name.startsWith('Lundin'))).toHaveLength(1);
  });

  test("'Alstom rachète Bombardier Transport, la branche du groupe Bombardier': the owner stays a company of its own", () => {
    const text = "Alstom va racheter Bombardier Transport, la branche ferroviaire du groupe canadien Bombardier, pour 5,8 milliards d'euros. Pour Bombardier, la vente est une question de survie.";
    expect(dealsOf(extractDocument(text, { publishedAt: '2020-02-18' }))).toContainEqual(expect.objectContaining({ acquirer: 'Alstom', target: 'Bombardier Transport', seller: 'Bombardier' }));
  });

  test.each([
    ['no', '2021-12-21', 'Equinor er størst. I tillegg til å kjøpe opp Lundins olje- og gassvirksomhet, går Aker BP inn på eiersiden i selskapet.', 'Aker BP'],
    ['en', '2021-12-21', 'Equinor is the largest producer. In addition to buying Lundin Energy, Aker BP takes a stake in the company.', 'Aker BP'],
  ])("%s: the subject of a clause of addition ('i tillegg til å', 'in addition to') is the main clause's", (_lang, publishedAt, text, buyer) => {
    const deals = dealsOf(extractDocument(text, { publishedAt }));
    expect(deals.length).toBeGreaterThan(0);
    for (const deal of deals) expect(deal.acquirer).toBe(buyer);
  });

  test.each([
    ['nl', 'Het Amerikaanse concern Kraft Heinz heeft zondagavond het bod op Unilever ingetrokken.', 'Kraft Heinz', 'Unilever'],
    ['en', 'Pfizer has withdrawn its offer for AstraZeneca after the board rejected it.', 'Pfizer', 'AstraZeneca'],
  ])('%s: a withdrawn bid is called off: %s', (_lang, text, acquirer, target) => {
    expectOneDeal(text, '2017-02-20', { acquirer, target, status: 'CANCELLED' });
  });

  test("'spécialisée dans l'acquisition de PME': small firms are no company", () => {
    const text = "Mutares, une société allemande spécialisée dans l'acquisition de PME, veut racheter Grosbill à Auchan.";
    expect(dealsOf(extractDocument(text, { publishedAt: '2020-01-14' })).map((deal) => deal.target)).toEqual(['Grosbill']);
  });

  test("'Auchan n'a pas répondu. Cette société … avait racheté X': after a sentence about the seller, the company that buys is the last buyer", () => {
    const text = "Mutares a déposé une offre pour racheter Grosbill à Auchan. De son côté, le groupe Auchan n'a pas encore répondu. Cette société n'en est pas à son coup d'essai puisque, en 2013, elle avait déjà racheté Pixmania.";
    expect(dealsOf(extractDocument(text, { publishedAt: '2020-01-14' }))).toContainEqual(expect.objectContaining({ acquirer: 'Mutares', target: 'Pixmania', year: 2013 }));
  });
});

describe('extractDocument: becoming the largest owner, a holding bought after it is told', () => {
  test.each([
    ['en', '2018-02-24', 'In February Geely became the largest shareholder in Daimler.', { kind: 'STAKE', acquirer: 'Geely', target: 'Daimler' }],
    ['sv', '2017-12-27', 'Geely blir största ägare i AB Volvo. Geely köper hela aktieposten av finansbolaget Cevian Capital för 32,5 miljarder kronor.', { kind: 'STAKE', acquirer: 'Geely', target: 'AB Volvo', seller: 'Cevian Capital' }],
    ['sv', '2007-01-23', 'Volvo äger inte längre aktier i Scania. Volkswagen blev storägare i Scania år 2000, när tyskarna köpte en stor del av Volvos aktiepost i bolaget.', { kind: 'STAKE', acquirer: 'Volkswagen', target: 'Scania', seller: 'Volvo' }],
  ])('%s %s: %s', (_lang, publishedAt, text, expected) => {
    expectOneDeal(text, publishedAt, expected);
  });
});

describe('extractDocument: parties listed after an agreement, an owner merging its company with another', () => {
  test("'ingick SBB avtal med A, B och C om att köpa X': the listed parties sell, the subject buys", () => {
    const text = 'I december ingick SBB avtal med Fastator AB, Nordact AB och Offentliga Nordic Property Holding SARL om att köpa 54,3 procent av aktierna i Offentliga Hus.';
    expectOneDeal(text, '2021-01-15', { acquirer: 'SBB', target: 'Offentliga Hus', seller: 'Fastator AB' });
  });

  test.each([
    ['da', 'TDC indgik i november en aftale om at fusionere Sunrise med teleselskabet Orange i Schweiz.', ['Orange', 'Sunrise']],
    ['en', 'In 2018 GKN agreed to merge GKN Driveline with Dana, the American maker of axles.', ['Dana', 'GKN Driveline']],
  ])("%s: 'merge X with Y' told by an owner: %s", (_lang, text, parties) => {
    const [deal] = dealsOf(extractDocument(text, { publishedAt: '2018-03-09' }));
    expect(deal?.kind).toBe('MERGER');
    expect([deal?.acquirer, deal?.target].sort()).toEqual(parties);
  });
});

describe('extractDocument: German consortia and lists of buyers', () => {
  test("'an ein Konsortium rund um die Finanzinvestoren X und Y verkaufen': the first member buys, the firm name before the verb sells", () => {
    const text = 'Der in Finanznöten steckende Industriekonzern Thyssenkrupp will seine Aufzugsparte an ein Konsortium rund um die Finanzinvestoren Advent und Cinven verkaufen.';
    expectOneDeal(text, '2020-02-27', { acquirer: 'Advent', target: 'Aufzugsparte', seller: 'Thyssenkrupp', status: 'PLANNED' });
  });

  test("'Neben Advent, Cinven und RAG …': a preposition opening a sentence is no part of a name", () => {
    const names = extractDocument('Neben Advent, Cinven und RAG war zuletzt noch ein Konsortium um Blackstone im Rennen. Den Zuschlag bekam Advent.', { publishedAt: '2020-02-27' }).entities.map((entity) => entity.name);
    expect(names).toContain('Cinven');
    expect(names.filter((name) => name.startsWith('Neben'))).toEqual([]);
  });

  test("'um den Hersteller X und den Finanzinvestor Y': the second member shares the first one's preposition, so neither is what is sold", () => {
    const text = 'Osram verkaufte 2016 sein Lampengeschäft Ledvance an ein chinesisches Konsortium um den LED-Hersteller MLS und den Finanzinvestor IDG Capital.';
    expect(dealsOf(extractDocument(text, { publishedAt: '2019-07-01' })).map((deal) => deal.target)).not.toContain('IDG Capital');
  });
});

describe('extractDocument: Nynorsk, German infinitives after a comma, units in the genitive, a share of an owner in a company', () => {
  test("Nynorsk 'sel … Kjøpar er …', 'milliardar'", () => {
    const text = 'Oljeserviceselskapet AGR Group sel datterselskapet AGR Field Operations for 1,4 milliardar kroner. Kjøpar er det amerikanske selskapet Oceaneering Inc.';
    expectOneDeal(text, '2012-11-01', { acquirer: 'Oceaneering Inc.', target: 'AGR Field Operations', seller: 'AGR Group' });
  });

  test("'es habe zugestimmt, seine Einheit für einen nicht genannten Betrag an X zu verkaufen': the infinitive opens at the comma; a sum is no company", () => {
    const text = 'ThyssenKrupp sagte am Donnerstag, es habe zugestimmt, seine Infrastruktureinheit für einen nicht genannten Betrag an die Investmentgesellschaft FMC Beteiligungs KG zu verkaufen.';
    expectOneDeal(text, '2021-03-04', { acquirer: 'FMC Beteiligungs KG', target: 'Infrastruktureinheit', seller: 'ThyssenKrupp' });
  });

  test("'nach dem Verkauf seines Bergbaumaschinengeschäfts von Thyssenkrupp an FLSmidth': the owner after the unit, no genitive ending", () => {
    const text = 'Thyssenkrupp verkauft seine Infrastruktureinheit an die FMC Beteiligungs KG. Der Deal erfolgt eine Woche nach dem Verkauf seines Bergbaumaschinengeschäfts von Thyssenkrupp an das dänische Unternehmen FLSmidth.';
    expect(dealsOf(extractDocument(text, { publishedAt: '2021-03-04' }))).toContainEqual(expect.objectContaining({ acquirer: 'FLSmidth', target: 'Bergbaumaschinengeschäft', seller: 'Thyssenkrupp' }));
  });

  test("'die Hälfte von ZF an dem Lenkungshersteller ZF Lenksysteme übernehmen': the company the share is in, from its owner", () => {
    const text = 'Am selben Tag kündigte Bosch an, die Hälfte von ZF an dem gemeinsamen Lenkungshersteller ZF Lenksysteme zu übernehmen.';
    expectOneDeal(text, '2014-09-15', { acquirer: 'Bosch', target: 'ZF Lenksysteme', seller: 'ZF' });
  });
});

describe('extractDocument: names told only at sentence starts, offers made by an agent', () => {
  test("'Lagardère a annoncé … Lagardère Sports … Lagardère, qui …': a first word of a name told inside a sentence is a company; an offer 'formulée par X pour 75 % de Y'", () => {
    const text =
      "Lagardère a annoncé lundi avoir reçu une offre formulée par la société d'investissement H.I.G. Capital pour 75 % de Lagardère Sports. Lagardère, qui veut se recentrer sur l'édition, espère vendre d'autres actifs.";
    const result = extractDocument(text, { publishedAt: '2019-12-02' });
    expect(result.entities.map((entity) => entity.name)).toEqual(expect.arrayContaining(['Lagardère', 'Lagardère Sports']));
    expect(dealsOf(result)).toContainEqual(expect.objectContaining({ acquirer: 'H.I.G. Capital', target: 'Lagardère Sports', seller: 'Lagardère' }));
  });
});

describe('extractDocument: a bid not made, a write-down told after a sale in a sentence naming no one', () => {
  test("'said it did not intend to make an offer' calls the bid off", () => {
    expectOneDeal('British housebuilder Redrow said on Tuesday it did not intend to make an offer for Bovis after its approach was rejected.', '2017-03-28', { acquirer: 'Redrow', target: 'Bovis', status: 'CANCELLED' });
  });

  test("'… sælge divisionen X til Y. … Det er primært relateret til nedskrivninger.': the seller writes down what it sells", () => {
    const text =
      'Det svenske industriselskab Atlas Copco har besluttet at sælge divisionen Road Construction Equipment til den franske byggevirksomhed Fayat Group. Parterne oplyser ikke prisen. Atlas Copco får et tab på salget. Det er primært relateret til nedskrivninger af immaterielle aktiver.';
    expect(dealsOf(extractDocument(text, { publishedAt: '2017-01-20' }))).toContainEqual(expect.objectContaining({ kind: 'WRITE_DOWN', acquirer: 'Atlas Copco', target: 'Road Construction Equipment' }));
  });
});

describe('extractDocument: buying up into a company, a stake already bought beside a purchase to come', () => {
  test("'hadde kjøpt seg opp i Twitter' is a stake", () => {
    expectOneDeal('Musk annonserte i april at han hadde kjøpt seg opp i Twitter.', '2022-04-25', { kind: 'STAKE', acquirer: 'Musk', target: 'Twitter', status: 'COMPLETED' });
  });

  test('a completed stake and a planned purchase of the same company are two deals', () => {
    const text = 'Elon Musk bought a 9.2% stake in Twitter early this month. Now Musk has agreed to buy Twitter for $44bn, the company said on Monday.';
    const kinds = dealsOf(extractDocument(text, { publishedAt: '2022-04-25' })).map((deal) => `${deal.kind} ${deal.status}`);
    expect(kinds).toEqual(expect.arrayContaining(['STAKE COMPLETED', 'ACQUISITION PLANNED']));
  });
});

describe('extractDocument: adjectives and places of origin before a name are no names', () => {
  test.each([
    // A compass word before an adjective of origin is part of it.
    ['en', 'Heineken completed its purchase of South African brewer Distell in 2023.', { acquirer: 'Heineken', target: 'Distell', year: 2023 }],
    // A place of two words in the genitive says where the buyer is from, both words.
    ['en', "South Korea's Samsung Electronics completed its purchase of Harman in March 2017.", { acquirer: 'Samsung Electronics', target: 'Harman', year: 2017 }],
  ])('%s: %s', (_lang, text, expected) => {
    expectOneDeal(text, '2023-06-01', expected);
  });

  test('a continent adjective and a compass word before it name nothing', () => {
    const names = extractDocument('Prosus was spun off from South African conglomerate Naspers in 2019. Asian investors bought shares.', { publishedAt: '2019-09-11' }).entities.map((entity) => entity.name);
    expect(names).toEqual(['Prosus', 'Naspers']);
  });
});

describe('extractDocument: stakes told by a share noun or a percentage, in every language', () => {
  test.each([
    ['de', '2018-02-24', 'Der chinesische Autobauer Geely hat sich mit 9,69 Prozent an Daimler beteiligt. Das teilte der Konzern am Samstag mit.', { kind: 'STAKE', acquirer: 'Geely', target: 'Daimler' }],
    ['de', '2008-07-22', 'Volkswagen übernimmt die Mehrheit an Scania. Das teilte der Konzern am Dienstag mit.', { kind: 'ACQUISITION', acquirer: 'Volkswagen', target: 'Scania' }],
    ['de', '2014-09-22', 'Siemens verkauft seinen Anteil an BSH an Bosch. Das teilte der Konzern am Montag mit.', { kind: 'STAKE', acquirer: 'Bosch', target: 'BSH', seller: 'Siemens' }],
    ['da', '2017-03-29', 'Tencent har købt en andel på 5 procent i Tesla. Det oplyser selskabet i en meddelelse.', { kind: 'STAKE', acquirer: 'Tencent', target: 'Tesla' }],
    ['sv', '2017-12-27', 'Geely köper en andel på 8,2 procent i Volvo. Det meddelar bolaget i ett pressmeddelande.', { kind: 'STAKE', acquirer: 'Geely', target: 'Volvo' }],
    ['nl', '2015-09-09', 'Heineken neemt een belang van 50 procent in Lagunitas. Dat maakte het bedrijf woensdag bekend.', { kind: 'STAKE', acquirer: 'Heineken', target: 'Lagunitas' }],
    ['fr', '2008-02-29', "Renault prend une participation de 25 % dans AvtoVAZ. C'est ce qu'a annoncé le groupe vendredi.", { kind: 'STAKE', acquirer: 'Renault', target: 'AvtoVAZ' }],
    ['en', '2017-03-29', 'Tencent took a 5% stake in Tesla. The carmaker said so in a filing on Tuesday.', { kind: 'STAKE', acquirer: 'Tencent', target: 'Tesla' }],
    ['en', '2018-03-20', 'Tencent has taken a minority stake in Ubisoft. The publisher said so on Tuesday.', { kind: 'STAKE', acquirer: 'Tencent', target: 'Ubisoft' }],
  ])('%s: %s', (_lang, publishedAt, text, expected) => {
    expectDeal(text, publishedAt, expected);
  });
});

describe('extractDocument: passives and phrasal verbs of selling, authorities approving a merger, savings banks, names ending in "!"', () => {
  test.each([
    ['sv', '2011-10-14', 'Skype har sålts till Microsoft. Det meddelar bolaget i ett pressmeddelande.', { kind: 'ACQUISITION', acquirer: 'Microsoft', target: 'Skype' }],
    ['de', '2019-08-09', 'Bayer trennt sich von Currenta und verkauft den Chemieparkbetreiber an Macquarie.', { kind: 'ACQUISITION', acquirer: 'Macquarie', target: 'Currenta', seller: 'Bayer' }],
    ['no', '2003-12-05', 'Gjensidige NOR ble til i 1999, da forsikringsselskapet Gjensidige kjøpte Sparebanken NOR.', { kind: 'ACQUISITION', acquirer: 'Gjensidige', target: 'Sparebanken NOR', year: 1999 }],
    ['no', '2021-05-20', 'I 2021 kjøpte Kahoot! den amerikanske skoleplattformen Clever for inntil 500 millioner dollar.', { kind: 'ACQUISITION', acquirer: 'Kahoot', target: 'Clever', year: 2021 }],
  ])('%s: %s', (_lang, publishedAt, text, expected) => {
    expectDeal(text, publishedAt, expected);
  });

  test.each([
    ['no', 'DnB og Gjensidige NOR skal fusjoneres. Sammenslåingen må godkjennes av Kredittilsynet og Finansdepartementet.'],
    ['de', 'Linde und Praxair wollen fusionieren. Die Fusion muss noch von der EU-Kommission und dem Bundeskartellamt genehmigt werden.'],
  ])('%s: those approving a merger are no parties to it: %s', (_lang, text) => {
    const parties = dealsOf(extractDocument(text, { publishedAt: '2018-06-01' })).flatMap((deal) => [deal.acquirer, deal.target]);
    expect(parties.length).toBeGreaterThan(0);
    expect(parties).not.toEqual(expect.arrayContaining([expect.stringMatching(/Kredittilsynet|Finansdepartementet|EU-Kommission|Bundeskartellamt/u)]));
  });
});

describe('extractDocument: a kind of company before a name, opening the sentence or followed by what kind', () => {
  test.each([
    ['de', 'Der Versorger Innogy meldet einen höheren Gewinn. Das teilte das Unternehmen am Montag mit.', 'Innogy', 'Versorger Innogy'],
    ['nl', 'Concurrent Jumbo meldt een hogere omzet. Dat maakte het bedrijf maandag bekend.', 'Jumbo', 'Concurrent Jumbo'],
    ['fr', "L'assureur Scor affiche un bénéfice. C'est ce qu'a annoncé l'entreprise lundi.", 'Scor', "L'assureur Scor"],
    ['fr', "Lundi, le groupe pharmaceutique Ipsen a publié ses résultats, après une forte hausse de l'action.", 'Ipsen', 'Le groupe pharmaceutique Ipsen'],
    ['fr', "Lundi, l'éditeur de logiciels Cegid a publié ses résultats, après une forte hausse de l'action.", 'Cegid', 'Lundi'],
    ['en', 'Rival Deliveroo posted a loss. The company said so on Monday.', 'Deliveroo', 'Rival Deliveroo'],
  ])('%s: %s', (_lang, text, company, notAnEntity) => {
    const entities = extractDocument(text, { publishedAt: '2021-01-01' }).entities;
    expect(entities.find((e) => e.name === company)?.type).toBe('COMPANY');
    expect(entities.map((e) => e.name)).not.toContain(notAnEntity);
  });
});

describe('extractDocument: what a relative clause bought, passive mergers, a clause after ", and"', () => {
  test.each([
    ['en', '2016-11-03', 'Opera keeps AdColony, which Opera bought in 2014 for $350m.', { kind: 'ACQUISITION', acquirer: 'Opera', target: 'AdColony', year: 2014 }],
    ['no', '2016-11-03', 'Selskapet beholder også nettverket AdColony, som Opera kjøpte i 2014 for 350 millioner dollar.', { kind: 'ACQUISITION', acquirer: 'Opera', target: 'AdColony', year: 2014 }],
    ['da', '2016-11-03', 'Selskabet beholder AdColony, som Opera købte i 2014. Det oplyser selskabet i en meddelelse.', { kind: 'ACQUISITION', acquirer: 'Opera', target: 'AdColony', year: 2014 }],
    ['sv', '2016-11-03', 'Bolaget behåller AdColony, som Opera köpte 2014. Det meddelar bolaget i ett pressmeddelande.', { kind: 'ACQUISITION', acquirer: 'Opera', target: 'AdColony', year: 2014 }],
    ['nl', '2016-11-03', 'Het bedrijf houdt AdColony, dat Opera in 2014 kocht. Dat maakte het bedrijf maandag bekend.', { kind: 'ACQUISITION', acquirer: 'Opera', target: 'AdColony', year: 2014 }],
    ['fr', '2016-11-03', "Le groupe garde AdColony, qu'Opera avait racheté en 2014. C'est ce qu'a annoncé l'entreprise lundi.", { kind: 'ACQUISITION', acquirer: 'Opera', target: 'AdColony', year: 2014 }],
    ['no', '2007-10-01', 'Statoil og Hydro ble slått sammen i 2007. Det opplyser selskapet i en melding.', { kind: 'MERGER', acquirer: 'Hydro', target: 'Statoil', year: 2007 }],
    ['fr', '2004-04-26', "Aventis est issu de la fusion, en 1999, du français Rhône-Poulenc et de l'allemand Hoechst.", { kind: 'MERGER', acquirer: 'Hoechst', target: 'Rhône-Poulenc', year: 1999 }],
    ['de', '2006-11-06', 'Im selben Jahr trennte sich Linde von seiner Sparte Kion, die an den Finanzinvestor KKR ging.', { kind: 'ACQUISITION', acquirer: 'KKR', target: 'Kion', seller: 'Linde' }],
    ['sv', '1998-12-09', 'För tre år sedan gick Pharmacia samman med Upjohn, och samma år köpte brittiska Glaxo konkurrenten Wellcome.', { kind: 'ACQUISITION', acquirer: 'Glaxo', target: 'Wellcome', year: 1995 }],
  ])('%s: %s', (_lang, publishedAt, text, expected) => {
    expectDeal(text, publishedAt, expected);
  });

  test("a merger told either way round is one deal, named without the genitive: 'Astra och Zeneca går samman … slås ihop med Zeneca … Astras aktieägare'", () => {
    const text =
      'Astra och Zeneca går samman\n\nAstra slås ihop med brittiska Zeneca och bildar AstraZeneca. Astras aktieägare får 46,5 procent av det nya bolaget, och Astras vd blir vice ordförande. Astras styrelse säger ja.';
    expect(dealsOf(extractDocument(text, { publishedAt: '1998-12-09' }))).toEqual([expect.objectContaining({ kind: 'MERGER', acquirer: 'Astra', target: 'Zeneca' })]);
  });

  test("a merger's partner is not looked for past ', and' in the next clause", () => {
    const text = 'Selskapet ble til i 2016, da Statoil ble slått sammen, og året etter kjøpte det Hess Norge for 2 milliarder dollar.';
    const deals = dealsOf(extractDocument(text, { publishedAt: '2017-06-01' }));
    expect(deals).not.toContainEqual(expect.objectContaining({ kind: 'MERGER', target: 'Hess Norge' }));
    expect(deals).not.toContainEqual(expect.objectContaining({ kind: 'MERGER', acquirer: 'Hess Norge' }));
  });
});

describe('extractDocument: the value written down, a second event noun, descriptions before a name, shares paid for', () => {
  test.each([
    ['da', '2019-02-07', 'Danske Bank nedskriver værdien af Danica Pension med 1 mia. kr. Det oplyser banken i en meddelelse.', { kind: 'WRITE_DOWN', acquirer: 'Danske Bank', target: 'Danica Pension' }],
    ['fr', '2012-12-03', "Air Liquide avait déjà fait une grosse acquisition en Allemagne en 2007, avec le rachat de l'ingénieriste Lurgi pour 550 millions d'euros.", { kind: 'ACQUISITION', acquirer: 'Air Liquide', target: 'Lurgi', year: 2007 }],
    ['fr', '2018-03-05', "Axa a annoncé lundi le rachat de l'assureur et réassureur XL Group, basé aux Bermudes, pour 15,3 milliards de dollars.", { kind: 'ACQUISITION', acquirer: 'Axa', target: 'XL Group' }],
    ['en', '2014-04-28', 'AstraZeneca strengthened its biotech arm by paying $15.6bn for the US antibody specialist MedImmune in 2007.', { kind: 'ACQUISITION', acquirer: 'AstraZeneca', target: 'MedImmune', year: 2007 }],
    ['no', '2019-12-10', 'I 2017 betalte Equinor 200 millioner dollar for 43 prosent av det britiske solkraftselskapet Lightsource.', { kind: 'STAKE', acquirer: 'Equinor', target: 'Lightsource', year: 2017 }],
    ['nl', '2012-10-01', 'Twee jaar later kreeg Heineken de volledige controle over Asia Pacific Breweries.', { kind: 'ACQUISITION', acquirer: 'Heineken', target: 'Asia Pacific Breweries' }],
  ])('%s: %s', (_lang, publishedAt, text, expected) => {
    expectDeal(text, publishedAt, expected);
  });

  test("a 50-Prozent-Anteil is a stake, not the whole company", () => {
    const text = 'Der Stuttgarter Autozulieferer Bosch übernimmt den 50-Prozent-Anteil von Siemens am Hausgerätehersteller BSH und zahlt dafür drei Milliarden Euro.';
    expect(dealsOf(extractDocument(text, { publishedAt: '2014-09-22' }))).toContainEqual(expect.objectContaining({ kind: 'STAKE', acquirer: 'Bosch', target: 'BSH' }));
  });
});

describe('extractDocument: short forms of a full name, who reports what others do, adjectives of merging, a person who sells', () => {
  test("'Carlyle Group LP … Carlyle', 'United Technologies Corp … United Tech' are one company each", () => {
    const text =
      'The buyers of the pumps unit, Carlyle Group LP and BC Partners Ltd, will pay United Technologies Corp $3.46 billion. For United Tech the money helps pay for Goodrich. Carlyle and BC Partners expect to close in the fourth quarter.';
    const names = extractDocument(text, { publishedAt: '2012-04-26' }).entities.map((entity) => entity.name);
    expect(names.filter((name) => name.startsWith('United'))).toHaveLength(1);
    expect(names.filter((name) => name.startsWith('Carlyle'))).toHaveLength(1);
  });

  test.each([
    ['en', 'Reuters reported last week that a pair of private equity houses were close to buying the pumps arm of Hamilton Sundstrand.', 'Reuters'],
    ['en', 'Carlyle and BC Partners like the size of the combined business, both firms said.', 'Carlyle'],
    ['fr', "En juillet, Schneider Electric a déposé une OPA amicale pour s'emparer du britannique Invensys.", 'OPA'],
  ])('%s: %s', (_lang, text, notAParty) => {
    const result = extractDocument(text, { publishedAt: '2013-07-31' });
    const parties = result.deals.flatMap((deal) => [deal.acquirer, deal.target].map((id) => nameOf(result, id)));
    expect(parties).not.toContain(notAParty);
  });

  test.each([
    ['en', '2013-07-31', "Schneider Electric launched a friendly offer to acquire Invensys. Siemens said that it would buy Vantor.", { kind: 'ACQUISITION', acquirer: 'Siemens', target: 'Vantor' }],
    ['fr', '2013-07-31', "Le groupe français Schneider Electric a présenté une offre publique d'achat (OPA) pour acquérir le britannique Invensys.", { kind: 'ACQUISITION', acquirer: 'Schneider Electric', target: 'Invensys' }],
    ['en', '2005-09-12', 'Niklas Zennström sold Skype to eBay in 2005 for $2.6bn.', { kind: 'ACQUISITION', acquirer: 'eBay', target: 'Skype', seller: 'Niklas Zennström' }],
  ])('%s: %s', (_lang, publishedAt, text, expected) => {
    expectDeal(text, publishedAt, expected);
  });
});

describe('extractDocument: a misspelt long name, money put on the table, merging into a partner, a unit named by a common noun', () => {
  test("'Euroapotechas köp … Euroapotheca tar över': a long name misspelt once is the same company", () => {
    const text =
      'Klart för Euroapotechas köp av Apoteksgruppen\n\nStaten säljer Apoteksgruppen till litauiska Euroapotheca, som nu fått grönt ljus. Euroapotheca tar över 156 apotek.';
    const result = extractDocument(text, { publishedAt: '2018-02-02' });
    expect(result.entities.filter((entity) => entity.name.startsWith('Euroapot'))).toHaveLength(1);
    expect(dealsOf(result)).toHaveLength(1);
  });

  test.each([
    ['da', '2020-06-12', 'Chr. Hansen lagde for nylig 3,5 mia. kr. på bordet for UAS Laboratories, mens Novo Nordisk indtil videre har foreløbig betalt 4,8 mia. kr. for Corvidia Therapeutics.', { kind: 'ACQUISITION', acquirer: 'Chr. Hansen', target: 'UAS Laboratories' }],
    ['da', '2020-06-12', 'Chr. Hansen lagde for nylig 3,5 mia. kr. på bordet for UAS Laboratories, mens Novo Nordisk indtil videre har foreløbig betalt 4,8 mia. kr. for Corvidia Therapeutics.', { kind: 'ACQUISITION', acquirer: 'Novo Nordisk', target: 'Corvidia Therapeutics' }],
    ['da', '2020-05-15', 'I Storbritannien har Carlsberg nu slået sine britiske bryggerier sammen med Marston Brewing Company.', { kind: 'MERGER', acquirer: 'Carlsberg', target: 'Marston Brewing Company' }],
    ['no', '2011-09-01', 'Hafslund vil selge Hafslund Fibernett til PE-fondet EQT V for nesten 1,5 milliarder kroner. Fibernett gir rask internett, og mange kraftselskaper har bygd fibernett.', { kind: 'ACQUISITION', acquirer: 'EQT V', target: 'Hafslund Fibernett', seller: 'Hafslund' }],
  ])('%s: %s', (_lang, publishedAt, text, expected) => {
    expectDeal(text, publishedAt, expected);
  });

  test("'kjøpte X og slo den sammen med Netcom': merging what was just bought into one's own business is no merger", () => {
    const text = 'Konsernet, som den gangen het TeliaSonera, kjøpte i 2015 Tele2s norske mobilvirksomhet for 5,1 milliarder kroner og slo den sammen med Netcom.';
    expect(dealsOf(extractDocument(text, { publishedAt: '2019-05-01' })).filter((deal) => deal.kind === 'MERGER')).toEqual([]);
  });

  test("'Stahlwerke in Übersee': overseas is no company", () => {
    const text = 'Thyssen-Krupp hat seine Stahlwerke in Übersee um 3,6 Milliarden Euro abgeschrieben, wie der Konzern mitteilte.';
    expect(extractDocument(text, { publishedAt: '2012-12-11' }).entities.map((entity) => entity.name)).not.toContain('Übersee');
  });
});

describe("extractDocument: a kind of company with its 'de' complement, an adjective of origin opening a name, a unit named later", () => {
  test("'Le groupe de distribution Casino … va céder … à la société d'investissement Tikehau Capital': Casino sells", () => {
    const text = "PARIS (afp) - Le groupe de distribution Casino, qui doit alléger sa dette selon les marchés, va vendre 24% du capital de sa filiale GreenYellow à la société d'investissement Tikehau Capital pour 150 millions d'euros.";
    expectOneDeal(text, '2018-10-05', { kind: 'STAKE', acquirer: 'Tikehau Capital', target: 'GreenYellow', seller: 'Casino' });
  });

  test("'General Electric Co. … GE … its commercial-lighting division … American Industrial's purchase of the unit, which is called Current': one deal", () => {
    const text =
      "General Electric Co. will sell its commercial-lighting division to American Industrial Partners while GE slims down. American Industrial's purchase of the unit, which is called Current, should close next year.";
    const result = extractDocument(text, { publishedAt: '2019-04-30' });
    expect(result.entities.filter((entity) => entity.name === 'GE' || entity.name.startsWith('General Electric'))).toHaveLength(1);
    expect(dealsOf(result)).toEqual([expect.objectContaining({ kind: 'ACQUISITION', acquirer: 'American Industrial Partners' })]);
  });
});

describe('extractDocument: a unit described by where it is, a vehicle of the buyer, a ticker after the legal form, headline participles', () => {
  test("'Sara Lee Corp. (SLE) … sell its European lingerie and tights division to an affiliate of … Sun Capital Partners Inc. … Sara Lee said'", () => {
    const text =
      'Sara Lee Corp. (SLE) has agreed to sell its European lingerie and tights division to an affiliate of private equity firm Sun Capital Partners Inc. That affiliate pays 100 million euros in cash for the business, Sara Lee said.';
    const result = extractDocument(text, { publishedAt: '2006-01-02' });
    expect(result.entities.filter((entity) => entity.name.startsWith('Sara Lee') && entity.parent === null)).toHaveLength(1);
    expect(dealsOf(result)).toEqual([expect.objectContaining({ kind: 'ACQUISITION', acquirer: 'Sun Capital Partners Inc.', target: 'Sara Lee Corp. European lingerie and tights division', seller: 'Sara Lee Corp.' })]);
  });

  test("'to buyout firm X': an event noun naming a kind of company opens no deal, and the firm is the buyer", () => {
    const text = 'Sara Lee Corp. agreed to sell its European lingerie division to buyout firm Sun Capital Partners Inc. for 100 million euros. The company said so in a statement on Monday.';
    expect(dealsOf(extractDocument(text, { publishedAt: '2006-01-02' }))).toEqual([expect.objectContaining({ acquirer: 'Sun Capital Partners Inc.', seller: 'Sara Lee Corp.' })]);
  });

  test("'sells its Spanish business to Zegona … Vodafone Spain': the unit described by its country is the named unit there", () => {
    const text = 'Vodafone said it had agreed to sell its Spanish business to Zegona Communications for €5bn. Vodafone Spain has lost customers for years.';
    expect(dealsOf(extractDocument(text, { publishedAt: '2023-10-31' }))).toContainEqual(expect.objectContaining({ acquirer: 'Zegona Communications', target: 'Vodafone Spain', seller: 'Vodafone' }));
  });

  test.each([
    ['da', 'Skype solgt til Microsoft', { kind: 'ACQUISITION', acquirer: 'Microsoft', target: 'Skype' }],
    ['sv', 'Skype såld till Microsoft', { kind: 'ACQUISITION', acquirer: 'Microsoft', target: 'Skype' }],
  ])('%s: a headline participle of selling: %s', (_lang, headline, expected) => {
    const text = `${headline}\n\n${_lang === 'da' ? 'Det oplyser selskabet i en meddelelse tirsdag.' : 'Det meddelar bolaget i ett pressmeddelande på tisdagen.'}`;
    expect(dealsOf(extractDocument(text, { publishedAt: '2011-05-10' }))).toContainEqual(expect.objectContaining(expected));
  });
});

describe("extractDocument: a merger noun naming one party and then the other after 'with'", () => {
  test.each([
    ['de', 'Die EU-Kommission hat den geplanten Zusammenschluss von Siemens mit Alstom untersagt.'],
    ['en', 'The EU blocked the planned merger of Siemens with Alstom.'],
    ['fr', 'Bruxelles a bloqué la fusion de Siemens avec Alstom.'],
  ])('%s: %s', (_lang, text) => {
    expect(dealsOf(extractDocument(text, { publishedAt: '2019-02-06' }))).toContainEqual(expect.objectContaining({ kind: 'MERGER', acquirer: 'Alstom', target: 'Siemens' }));
  });
});

describe('extractDocument: the other party of an agreement or talks, premiums, and a company pointed back to after a stake', () => {
  test.each([
    ['en', 'Unilever has reached an agreement with KKR on the sale of Upfield. The company said so in a statement on Monday.'],
    ['nl', 'Unilever is met KKR overeengekomen om Upfield te verkopen. Dat maakte het bedrijf maandag bekend in een persbericht.'],
    ['nl', 'Unilever heeft overeenstemming bereikt met KKR over de verkoop van Upfield. Dat maakte het bedrijf maandag bekend.'],
    ['de', 'Der Konsumgüterkonzern Unilever verkauft Marken. Unilever hat sich mit KKR auf den Verkauf von Upfield geeinigt. Das teilte der Konzern am Montag mit.'],
  ])("%s: who agrees with the seller buys: '%s'", (_lang, text) => {
    expectDeal(text, '2017-12-15', { kind: 'ACQUISITION', acquirer: 'KKR', target: 'Upfield', seller: 'Unilever' });
  });

  test.each([
    ['en', 'Unilever is in talks with KKR about selling Upfield. The company said so in a statement on Monday.'],
    ['de', 'Der Konsumgüterkonzern Unilever baut um. Unilever verhandelt mit KKR über den Verkauf von Upfield. Das teilte der Konzern am Montag mit.'],
    ['da', 'Unilever er i forhandlinger med KKR om at sælge Upfield. Det oplyser selskabet i en meddelelse mandag.'],
  ])("%s: the company talked with about a sale is its buyer, not one wanted: '%s'", (_lang, text) => {
    expect(listed(text, '2017-12-15')).toEqual(['KKR → Upfield (2017)']);
  });

  test.each([
    ['Qualcomm approached Intel about a takeover in recent days. The company said so on Monday.'],
    ['Qualcomm is in talks with Intel about a possible acquisition. The company said so on Monday.'],
  ])("talks about a deal that names nothing more still want the company talked with: '%s'", (text) => {
    expect(listed(text, '2024-09-20')).toEqual(['Qualcomm → Intel (2024)']);
  });

  test("'an agreement with X on the sale of its unit': the unit is the seller's, not the buyer's", () => {
    const text = 'Unilever has reached an agreement with KKR on the sale of its spreads unit. The company said so in a statement on Monday.';
    expectDeal(text, '2017-12-15', { acquirer: 'KKR', target: 'Unilever spreads unit', seller: 'Unilever' });
  });

  test.each([
    ['en', 'Pfizer agreed to buy Wyeth for $68bn, a 29 percent premium to its closing price. The company said so on Monday.'],
    ['no', 'Orkla kjøper Jotun for 120 kroner per aksje, 30 prosent over sluttkursen fredag. Det opplyser selskapet i en melding mandag.'],
  ])("%s: a premium in percent is no share bought: '%s'", (_lang, text) => {
    expect(dealsOf(extractDocument(text, { publishedAt: '2009-01-26' })).map((deal) => deal.kind)).toEqual(['ACQUISITION']);
  });

  test('a share told with a later verb of the sentence is that verb’s, not the payment’s', () => {
    const text = 'Orkla kjøper Jotun for ti milliarder kroner. Orkla betaler 120 kroner per aksje, 30 prosent over kursen dagen før Orkla kjøpte seg opp i Jotun. Det opplyser selskapet i en melding.';
    const deals = dealsOf(extractDocument(text, { publishedAt: '2021-03-01' }));
    expect(deals).toContainEqual(expect.objectContaining({ kind: 'ACQUISITION', acquirer: 'Orkla', target: 'Jotun', status: 'PLANNED' }));
    expect(deals).toContainEqual(expect.objectContaining({ kind: 'STAKE', acquirer: 'Orkla', target: 'Jotun', status: 'COMPLETED' }));
  });

  test.each([
    ['en', 'Kodiak Robotics is a start-up in Oslo. Marius Holm bought the company in 2021.', { kind: 'ACQUISITION', acquirer: 'Marius Holm', target: 'Kodiak Robotics' }],
    ['en', 'Kodiak Robotics is a start-up in Oslo. Orkla has bought a 9 percent stake in the company.', { kind: 'STAKE', acquirer: 'Orkla', target: 'Kodiak Robotics' }],
    ['no', 'Kodiak Robotics er et oppstartsselskap i Oslo. Orkla har kjøpt 20 prosent av selskapet.', { kind: 'STAKE', acquirer: 'Orkla', target: 'Kodiak Robotics' }],
    ['no', 'Kodiak Robotics er et oppstartsselskap i Oslo. Marius Holm har kjøpt seg opp i selskapet.', { kind: 'STAKE', acquirer: 'Marius Holm', target: 'Kodiak Robotics' }],
  ])("%s: 'the company' after a verb or a share's words is the company told of: '%s'", (_lang, text, expected) => {
    expectDeal(text, '2021-06-01', expected);
  });
});

describe('extractDocument: the company that reports a passive sale sells, a news agency does not', () => {
  test.each([
    ['en', 'Flender is being sold to Carlyle, Siemens said on Tuesday.'],
    ['en', 'Siemens said on Tuesday that Flender would be sold to Carlyle.'],
    ['de', 'Die Getriebesparte Flender geht an den Finanzinvestor Carlyle, wie Siemens am Dienstag in München mitteilte.'],
    ['de', 'Flender wird an Carlyle verkauft, teilte Siemens am Dienstag mit.'],
    ['da', 'Flender sælges til Carlyle, oplyser Siemens.'],
    ['da', 'Siemens oplyser, at Flender sælges til Carlyle.'],
    ['no', 'Flender selges til Carlyle, opplyser Siemens i en melding.'],
    ['nl', 'Flender wordt verkocht aan Carlyle, maakte Siemens dinsdag bekend.'],
    ['fr', 'Flender est cédé à Carlyle, a annoncé Siemens mardi.'],
  ])('%s: %s', (_lang, text) => {
    expectDeal(`${text} ${text.includes('Siemens said') ? 'The company gave no price.' : ''}`, '2021-09-14', { kind: 'ACQUISITION', acquirer: 'Carlyle', target: 'Flender', seller: 'Siemens' });
  });

  test.each([
    ['Flender is being sold to Carlyle, Reuters reported on Tuesday.', { acquirer: 'Carlyle', target: 'Flender' }],
    ['Flender is being sold to Carlyle, Carlyle said on Tuesday.', { acquirer: 'Carlyle', target: 'Flender' }],
  ])('no seller: %s', (text, expected) => {
    const deals = dealsOf(extractDocument(`${text} The price was not disclosed.`, { publishedAt: '2021-09-14' }));
    expect(deals).toEqual([expect.objectContaining(expected)]);
    expect(deals[0]?.seller).toBeUndefined();
  });

  test("'TDC meddelte, at man … sælge X': 'man' is the reporter itself, still the seller", () => {
    const text = 'Kun få måneder efter at TDC meddelte, at man havde opgivet at sælge det 100 procent ejede schweiziske datterselskab Sunrise Communications AG, er der nu indgået en aftale. Det betyder, at Sunrise bliver solgt til kapitalfonden CVC Capital Partners.';
    expectDeal(text, '2010-06-01', { acquirer: 'CVC Capital Partners', target: 'Sunrise Communications AG', seller: 'TDC' });
  });

  test("'steigt mit 20 Prozent bei X ein' is a stake, no price move", () => {
    expectDeal('E.ON steigt mit 20 Prozent bei Bosch ein. Das teilte der Konzern am Montag mit.', '2021-06-01', { kind: 'STAKE', acquirer: 'E.ON', target: 'Bosch' });
  });
});

describe("extractDocument: a paper that has learnt of a deal ('etter det DN erfarer') is its source, no party", () => {
  test.each([
    ['no', 'Orkla kjøpte 65 prosent av Jotun i 2010. Etter det DN erfarer betalte Orkla 1,6 milliarder kroner for andelen.'],
    ['da', 'Orkla købte 65 procent af Jotun i 2010. Efter hvad Børsen erfarer, betalte Orkla 1,6 milliarder kroner for andelen.'],
    ['sv', 'Orkla köpte 65 procent av Jotun 2010. Enligt vad DI erfar betalade Orkla 1,6 miljarder kronor för andelen.'],
  ])('%s: %s', (_lang, text) => {
    expect(listed(text, '2014-09-01')).toEqual(['Orkla → Jotun (2010)']);
  });
});

describe("extractDocument: an offer for the shares of a company, or for all of them, buys it", () => {
  test.each([
    ['no', 'Orkla har lagt inn et frivillig tilbud på aksjene i Jotun. Det opplyser selskapet i en melding mandag.'],
    ['no', 'Orkla vil erverve samtlige aksjer i Jotun. Det opplyser selskapet i en melding mandag.'],
    ['da', 'Carlsberg har fremsat et tilbud på aktierne i Royal Unibrew. Det oplyser selskabet i en meddelelse mandag.'],
    ['sv', 'Volvo lägger ett bud på aktierna i Scania. Det meddelar bolaget i ett pressmeddelande på måndagen.'],
    ['en', 'Unilever offered to buy all the shares in Reckitt. The company said so in a statement on Monday.'],
    ['de', 'Siemens will sämtliche Aktien an Osram erwerben. Das teilte der Konzern am Montag mit.'],
  ])('%s: %s', (_lang, text) => {
    expect(dealsOf(extractDocument(text, { publishedAt: '2022-06-13' })).map((deal) => deal.kind)).toEqual(['ACQUISITION']);
  });
});

describe('extractDocument: a merger told by melting together, a company phrase after a word of time, a person after a company', () => {
  test.each([
    ['Ahold is eigenaar van Albert Heijn. Toen dat bedrijf in 2016 samensmolt met het Belgische Delhaize, werd het de grootste supermarktgroep van de Benelux.'],
    ['Ahold is eigenaar van Albert Heijn. Ahold smolt in 2016 samen met het Belgische Delhaize.'],
  ])('nl: %s', (text) => {
    expectDeal(text, '2018-04-12', { kind: 'MERGER', acquirer: 'Ahold', target: 'Delhaize', year: 2016 });
  });

  test("'topman van Ahold Delhaize Dick Boer': a known company name and a person after it are two names", () => {
    const entities = extractDocument('Topman van Ahold Delhaize Dick Boer vertrekt per 1 juli. Dat meldt het concern donderdag.', { publishedAt: '2018-04-12' }).entities.map((entity) => [entity.type, entity.name]);
    expect(entities).toContainEqual(['COMPANY', 'Ahold Delhaize']);
    expect(entities).toContainEqual(['PERSON', 'Dick Boer']);
  });
});

describe('extractDocument: securing a company or a share of it, becoming its shareholder, building or disclosing a stake', () => {
  test.each([
    ['da', 'Columbus sikrede sig virksomheden iStone efter fire års forhandlinger.', { kind: 'ACQUISITION', acquirer: 'Columbus', target: 'iStone' }],
    ['da', 'Ambu har sikret sig Ascendis Medical. Det oplyser selskabet i en meddelelse mandag.', { kind: 'ACQUISITION', acquirer: 'Ambu', target: 'Ascendis Medical' }],
    ['no', 'Orkla sikret seg 65 prosent av Kotipizza i 2019. Det opplyser selskapet i en melding.', { kind: 'ACQUISITION', acquirer: 'Orkla', target: 'Kotipizza' }],
    ['sv', 'EQT säkrade 30 procent av Anticimex under våren. Det meddelar bolaget i ett pressmeddelande på måndagen.', { kind: 'STAKE', acquirer: 'EQT', target: 'Anticimex' }],
    ['de', 'Die Rivalin Fresenius hatte sich zuvor einen Anteil an Helios Kliniken gesichert. Das teilte der Konzern am Montag mit.', { kind: 'STAKE', acquirer: 'Fresenius', target: 'Helios Kliniken' }],
    ['de', 'Fresenius sicherte sich 10 Prozent an Helios Kliniken. Das teilte der Konzern am Montag mit.', { kind: 'STAKE', acquirer: 'Fresenius', target: 'Helios Kliniken' }],
    ['fr', 'En 2019, Bouygues est ainsi devenu actionnaire de Alstom à hauteur de 14 %.', { kind: 'STAKE', acquirer: 'Bouygues', target: 'Alstom' }],
    ['fr', "Bpifrance prendra environ 2 % du capital d'Eramet. C'est ce qu'a annoncé l'entreprise lundi.", { kind: 'STAKE', acquirer: 'Bpifrance', target: 'Eramet' }],
    ['en', 'Elliott Management disclosed a $3.2 billion stake in Pernod Ricard. The company said so on Monday.', { kind: 'STAKE', acquirer: 'Elliott Management', target: 'Pernod Ricard' }],
    ['en', 'Cevian Capital has built a 5 percent stake in Ericsson. The company said so on Monday.', { kind: 'STAKE', acquirer: 'Cevian Capital', target: 'Ericsson' }],
    ['en', 'Cevian Capital became a shareholder in Ericsson last year. The company said so on Monday.', { kind: 'STAKE', acquirer: 'Cevian Capital', target: 'Ericsson' }],
  ])('%s: %s', (_lang, text, expected) => {
    expectDeal(text, '2021-06-01', expected);
  });

  test.each([
    ['da', 'Columbus sikrede sig en kontrakt med iStone. Det oplyser selskabet i en meddelelse mandag.'],
    ['no', 'Orkla sikret seg finansiering fra Nordea. Det opplyser selskapet i en melding mandag.'],
    ['de', 'Fresenius sicherte sich weitere Papiere über Finanzinstrumente. Das teilte der Konzern am Montag mit.'],
  ])('%s: a contract, a loan or papers secured buy no company: %s', (_lang, text) => {
    expect(dealsOf(extractDocument(text, { publishedAt: '2021-06-01' }))).toEqual([]);
  });

  test("'sportsutstyrskjeden XXL' … 'den raskt voksende sportsutstyrs-kjeden': a kind word told before a name points back to it", () => {
    const text = 'Det svenske oppkjøpsfondet EQT selger seg ut av sportsutstyrskjeden XXL. Salget skjer gjennom selskapet Xin Holding, som melder å ha solgt sine aksjer. EQT kjøpte 65 prosent av den raskt voksende sportsutstyrs-kjeden i 2010.';
    expect(listed(text, '2015-09-09')).toContain('EQT → XXL (2010)');
    expect(listed(text, '2015-09-09')).not.toContain('EQT → Xin Holding (2010)');
  });
});

describe('extractDocument: examples after a plural purchase noun and the words that qualify it', () => {
  test.each([
    ['fr', "Depuis 2008, Sanofi a multiplié les achats de taille plus modeste, comme celui du fabricant américain Chattem, racheté en 2009 pour 1,9 milliard de dollars. C'est ce qu'a annoncé l'entreprise.", { acquirer: 'Sanofi', target: 'Chattem' }],
    ['da', 'Carlsberg har foretaget flere opkøb i Asien, blandt andet af Chongqing Brewery. Det oplyser selskabet i en meddelelse mandag.', { acquirer: 'Carlsberg', target: 'Chongqing Brewery' }],
  ])('%s: %s', (_lang, text, expected) => {
    expectDeal(text, '2012-03-01', { kind: 'ACQUISITION', ...expected });
  });

  test("'l'achat de 470 appareils, dont 250 chez Airbus': a count of goods after the opening is an order, no purchase of Airbus", () => {
    const text = "En février, Air India avait annoncé l'achat de 470 appareils, dont 250 chez Airbus et 220 chez Boeing. C'est ce qu'a annoncé l'entreprise lundi.";
    expect(dealsOf(extractDocument(text, { publishedAt: '2023-06-20' }))).toEqual([]);
  });
});

describe('extractDocument: analysts and spokespeople, forms of address, titles in apposition, company genitives', () => {
  test.each([
    // A form of address between the title and the name.
    ['en', 'Unilever agreed to buy the brand. Asked about the price, chairman Dr Marc Engel of Unilever said it was fair.', ['Marc Engel', 'CHAIRMAN', 'Unilever']],
    // Analysts and economists work for the bank named after them, in compounds too ('lakseanalytiker', 'Bankanalyst').
    ['en', 'Bluefin agreed to buy Kestrel Labs. Maria Stone, an analyst at Jefferies, said the price was high.', ['Maria Stone', 'EMPLOYEE', 'Jefferies']],
    ['no', 'Laksekursene faller, mener lakseanalytiker Kari Nilsen i Pareto Securities.', ['Kari Nilsen', 'EMPLOYEE', 'Pareto Securities']],
    ['da', 'Ifølge Per Holm, der er investeringsøkonom hos Sydbank, er prisen fair.', ['Per Holm', 'EMPLOYEE', 'Sydbank']],
    ['de', 'Die Aktie fiel um 3 Prozent, sagte Bankanalyst Jonas Weber von der DZ Bank.', ['Jonas Weber', 'EMPLOYEE', 'DZ Bank']],
    ['sv', 'Telia redovisar stora nedskrivningar. Det bekräftar Telias kommunikationschef Anna Berg för nyhetsbyrån.', ['Anna Berg', 'EMPLOYEE', 'Telia']],
    // The title of a company in apposition before the name.
    ['en', 'The founder of Inditex, Amancio Ortega, owns most of the shares.', ['Amancio Ortega', 'FOUNDER', 'Inditex']],
    ['sv', 'Grundaren av Ikea, Ingvar Kamprad, dog 2018.', ['Ingvar Kamprad', 'FOUNDER', 'Ikea']],
    ['fr', "Le fondateur d'Iliad, Xavier Niel, détient la majorité du capital.", ['Xavier Niel', 'FOUNDER', 'Iliad']],
    // 'the company's' before a title points to the company the sentence named first.
    ['en', "Tarvo Energy named Paula Reed, already the company's president, as its next chief executive.", ['Paula Reed', 'EXECUTIVE', 'Tarvo Energy']],
  ])('%s: %s', (_lang, text, expected) => {
    const extraction = extractDocument(text, { publishedAt: '2020-03-02' });
    const name = (id: string) => extraction.entities.find((entity) => entity.id === id)?.name;
    expect(extraction.roles.map((role) => [name(role.person), role.role, name(role.org)])).toContainEqual(expected);
  });

  test("a school after an employee's title is no employer ('ingénieur des Mines, X')", () => {
    const extraction = extractDocument("Diplômé de Polytechnique, ingénieur des Mines, Paul Garnier a rejoint le groupe Safran en 2001. Safran l'a confirmé.", { publishedAt: '2020-03-02' });
    const name = (id: string) => extraction.entities.find((entity) => entity.id === id)?.name;
    expect(extraction.roles.map((role) => name(role.org))).not.toContain('Mines');
  });
});

describe("extractDocument: 'X, led by Y' and 'le groupe dirigé par Y' name the company's chief executive", () => {
  const rolesOf = (text: string) => {
    const extraction = extractDocument(text, { publishedAt: '2018-06-26' });
    const name = (id: string) => extraction.entities.find((entity) => entity.id === id)?.name;
    return extraction.roles.map((role) => [name(role.person), role.role, name(role.org)]);
  };

  test.each([
    ['en', 'Unilever, led by Alan Jope, has agreed to buy Dollar Shave Club. The company said so on Monday.', ['Alan Jope', 'CEO', 'Unilever']],
    ['nl', 'Ahold, onder leiding van Dick Boer, nam Delhaize over. Dat maakte het bedrijf maandag bekend.', ['Dick Boer', 'CEO', 'Ahold']],
    ['fr', "Sanofi est un groupe pharmaceutique. Le groupe dirigé par Christopher Viehbacher avait lancé une offre hostile sur Genzyme. C'est ce qu'a annoncé l'entreprise lundi.", ['Christopher Viehbacher', 'CEO', 'Sanofi']],
  ])('%s: %s', (_lang, text, expected) => {
    expect(rolesOf(text)).toContainEqual(expected);
  });

  test('a chief executive making purchases buys for the company he leads', () => {
    const text = "Sanofi est un groupe pharmaceutique. Le groupe dirigé par Christopher Viehbacher a lancé une offre sur Genzyme. Depuis 2008, Viehbacher a multiplié les achats de taille plus modeste, comme celui du fabricant américain Chattem, racheté en 2009 pour 1,9 milliard de dollars.";
    expectDeal(text, '2011-02-16', { acquirer: 'Sanofi', target: 'Chattem' });
  });
});

describe("extractDocument: a currency word inside a company's name ('Dollar Shave Club', 'Family Dollar')", () => {
  test.each([
    ['Unilever agreed to buy Dollar Shave Club for $1bn. The company said so on Monday.', { acquirer: 'Unilever', target: 'Dollar Shave Club' }],
    ['Dollar Tree agreed to buy Family Dollar for $8.5bn. The company said so on Monday.', { target: 'Family Dollar' }],
  ])('%s', (text, expected) => {
    expectDeal(text, '2016-07-20', expected);
  });

  test('a currency after an amount stays out of names', () => {
    const names = extractDocument('Unilever paid 5 billion Dollar Shave to the sellers. The company said so.', { publishedAt: '2016-07-20' }).entities.map((entity) => entity.name);
    expect(names.some((name) => name.startsWith('Dollar'))).toBe(false);
  });
});

describe('extractDocument: a company bought earlier in the sentence and sold on is sold by its buyer', () => {
  test.each([
    ['en', 'Tessaro Instruments, which Fossil acquired in 2012, was sold to Bering Time last year. The company said so on Monday.'],
    ['da', 'Tessaro Instruments, som Fossil købte i 2012, blev solgt til Bering Time sidste år. Det oplyser selskabet i en meddelelse.'],
    ['de', 'Tessaro Instruments, das Bosch 2012 übernommen hatte, wurde an Bering Time verkauft. Das teilte der Konzern am Montag mit.'],
  ])('%s: %s', (lang, text) => {
    expectDeal(text, '2021-06-01', { acquirer: 'Bering Time', target: 'Tessaro Instruments', seller: lang === 'de' ? 'Bosch' : 'Fossil' });
  });

  test('not by a company that only tried to buy it', () => {
    const text = 'Tessaro Instruments, which Fossil tried to buy in 2012, was sold to Bering Time last year. The company said so on Monday.';
    const deal = dealsOf(extractDocument(text, { publishedAt: '2021-06-01' })).find((d) => d.acquirer === 'Bering Time');
    expect(deal?.seller).toBeUndefined();
  });
});

describe('extractDocument: German nouns of business, circles, licences and papers are no company names', () => {
  test.each([
    ['Harbour Energy übernimmt von BASF das Gasgeschäft von Wintershall Dea. Das teilte der Konzern am Montag mit.', 'Gasgeschäft'],
    ['Li kaufte die Aktien nach Angaben aus Finanzkreisen über den Markt. Das teilte der Konzern am Montag mit.', 'Finanzkreisen'],
    ['Authentic Brands übernimmt die Lizenzen von Reebok. Das teilte der Konzern am Montag mit.', 'Lizenzen'],
  ])('%s', (text, noun) => {
    expect(extractDocument(text, { publishedAt: '2021-06-01' }).entities.map((entity) => entity.name)).not.toContain(noun);
  });
});

describe('extractDocument: winning the battle for a company buys it; a stake entered in the perfect', () => {
  test.each([
    ['de', 'Der Darmstädter Konzern Merck hat den Kampf um Versum Materials für sich entschieden. Das teilte der Konzern am Montag mit.', { kind: 'ACQUISITION', acquirer: 'Merck', target: 'Versum Materials' }],
    ['en', 'Merck won the bidding war for Versum Materials. The company said so on Monday.', { kind: 'ACQUISITION', acquirer: 'Merck', target: 'Versum Materials' }],
    ['da', 'Merck vandt kampen om Versum Materials. Det oplyser selskabet i en meddelelse mandag.', { kind: 'ACQUISITION', acquirer: 'Merck', target: 'Versum Materials' }],
    ['sv', 'Qualcomm vinner budstriden om Veoneer. Det meddelar bolaget i ett pressmeddelande på måndagen.', { kind: 'ACQUISITION', acquirer: 'Qualcomm', target: 'Veoneer' }],
    ['fr', "Merck a remporté la bataille pour Versum Materials. C'est ce qu'a annoncé l'entreprise lundi.", { kind: 'ACQUISITION', acquirer: 'Merck', target: 'Versum Materials' }],
    ['nl', 'Merck won de strijd om Versum Materials. Dat maakte het bedrijf maandag bekend.', { kind: 'ACQUISITION', acquirer: 'Merck', target: 'Versum Materials' }],
    ['de', 'Die italienische Großbank UniCredit ist mit einem Paukenschlag bei der Commerzbank eingestiegen. Das teilte der Konzern mit.', { kind: 'STAKE', acquirer: 'UniCredit', target: 'Commerzbank' }],
  ])('%s: %s', (_lang, text, expected) => {
    expectDeal(text, '2019-04-12', expected);
  });

  test('a battle lost buys nothing', () => {
    expect(dealsOf(extractDocument('Merck hat den Kampf um Versum Materials verloren. Das teilte der Konzern am Montag mit.', { publishedAt: '2019-04-12' }))).toEqual([]);
  });
});

describe("extractDocument: Nordic idioms of merging ('går sammen med', 'slår pjalterne sammen', 'legges inn i et felles selskap')", () => {
  test.each([
    ['da', 'Efter flere års konkurrence slår Maersk Drilling og Noble Corporation pjalterne sammen. Det oplyser selskaberne i en meddelelse.', ['Maersk Drilling', 'Noble Corporation']],
    ['da', 'Maersk Drilling går sammen med amerikanske Noble Corporation. Det oplyser selskaberne i en meddelelse.', ['Maersk Drilling', 'Noble Corporation']],
    ['no', 'Telenor Danmark og Telia Danmark skulle legges inn i et felles selskap eid av de to konsernene. Det opplyser selskapene i en melding.', ['Telenor Danmark', 'Telia Danmark']],
  ])('%s: %s', (_lang, text, parties) => {
    const merger = dealsOf(extractDocument(text, { publishedAt: '2021-11-10' })).find((deal) => deal.kind === 'MERGER');
    expect([merger?.acquirer, merger?.target].sort()).toEqual([...parties].sort());
  });

  test("'går sammen med X om et fælles indkøbsselskab': a common venture is no merger", () => {
    expect(dealsOf(extractDocument('Carlsberg går sammen med Heineken om et fælles indkøbsselskab. Det oplyser selskabet i en meddelelse.', { publishedAt: '2021-11-10' }))).toEqual([]);
  });
});

describe('extractDocument: verb-second inversion past an adjective of origin; mergers a company was born of', () => {
  test.each([
    ['sv', 'År 2010 tog kinesiska Geely över Volvo Cars från Ford, och bolaget har sedan dess vuxit kraftigt i Europa.', { kind: 'ACQUISITION', acquirer: 'Geely', target: 'Volvo Cars' }],
    ['no', 'I 2010 tok kinesiske Geely over Volvo Cars, og selskapet har siden vokst kraftig i Europa.', { kind: 'ACQUISITION', acquirer: 'Geely', target: 'Volvo Cars' }],
    // A Nordic subordinate clause keeps subject before verb: the name after the verb is bought.
    ['no', 'Forsikringskonsernet Storebrand har lenge vokst gjennom oppkjøp i Norden. I 2007, da selskapet kjøpte svenske SPP fra Handelsbanken, steg aksjen kraftig.', { kind: 'ACQUISITION', acquirer: 'Storebrand', target: 'SPP', seller: 'Handelsbanken' }],
  ])('%s: %s', (_lang, text, expected) => {
    expectDeal(text, '2019-01-15', expected);
  });

  test.each([
    ['sv', 'År 1997 gick finska Merita samman med svenska Nordbanken. Det meddelade bankerna på en presskonferens.', ['Merita', 'Nordbanken']],
    ['da', 'I 2000 gik Unidanmark sammen med MeritaNordbanken. Det oplyste bankerne i en meddelelse.', ['MeritaNordbanken', 'Unidanmark']],
    ['no', 'Banken oppsto i 1990, da Christiania Bank og Fokus Bank gikk sammen etter bankkrisen.', ['Christiania Bank', 'Fokus Bank']],
    ['nl', 'In 2016 ging het Nederlandse Ahold samen met het Belgische Delhaize, en sindsdien groeit de groep in de Verenigde Staten.', ['Ahold', 'Delhaize']],
    ['de', 'Im Jahr 2017 schloss sich Linde mit dem US-Rivalen Praxair zusammen. Das teilte der Konzern mit.', ['Linde', 'Praxair']],
    // Founded by a merger of two named companies: the merger is told (a merger 'von Apothekern' is not).
    ['de', 'Der Konzern entstand 2019 aus der Fusion von Wintershall und DEA, die zuvor zu RWE gehörte.', ['DEA', 'Wintershall']],
    ['da', 'Koncernen, der opstod i 2010 ved en sammenlægning af PBS og norske Nordito, blev børsnoteret i 2016.', ['Nordito', 'PBS']],
  ])('%s: %s', (_lang, text, parties) => {
    const merger = dealsOf(extractDocument(text, { publishedAt: '2020-01-15' })).find((deal) => deal.kind === 'MERGER');
    expect([merger?.acquirer, merger?.target].sort()).toEqual([...parties].sort());
  });

  test("'gick samman om att köpa': joining forces for a purchase is no merger", () => {
    const deals = dealsOf(extractDocument('Volvo och Scania gick samman om att köpa lastbilstillverkaren Navistar för tre miljarder dollar, meddelade bolagen i går.', { publishedAt: '2020-11-16' }));
    expect(deals.map((deal) => deal.kind)).not.toContain('MERGER');
  });
});

describe("extractDocument: 'the maker of X' opening a clause stands for the company told before", () => {
  test.each([
    ['en', "Unilever has abandoned its pursuit of the consumer health arm of GSK. The maker of Dove soap and Hellmann's mayonnaise said on Wednesday that it would not raise its offer for GSK Consumer Healthcare.", { kind: 'ACQUISITION', acquirer: 'Unilever', target: 'GSK Consumer Healthcare' }],
    ['da', 'Carlsberg har længe været på udkig efter opkøb i Asien. Ejeren af Tuborg og Kronenbourg har nu købt Olvi for tre milliarder kroner.', { kind: 'ACQUISITION', acquirer: 'Carlsberg', target: 'Olvi' }],
    ['nl', 'Reckitt Benckiser wil groeien in de Verenigde Staten. De maker van Durex en Dettol neemt Mead Johnson over voor 16,6 miljard dollar.', { kind: 'ACQUISITION', acquirer: 'Reckitt Benckiser', target: 'Mead Johnson' }],
    // A name set off by commas after the description is the subject itself.
    ['en', 'The maker of the iPhone, Apple, has agreed to buy Beats Electronics for $3bn.', { kind: 'ACQUISITION', acquirer: 'Apple', target: 'Beats Electronics' }],
  ])('%s: %s', (_lang, text, expected) => {
    expectDeal(text, '2022-01-20', expected);
  });
});

describe('extractDocument: a company phrase with an adjective of origin names the one company of that origin', () => {
  test.each([
    // The phrase opens a sentence naming no one; 'il' then is that company, not the buyer of the merger before.
    ['fr', "Le français Lafarge et le suisse Holcim ont annoncé leur fusion. Holcim lancera une offre publique d'échange sur Lafarge. Le groupe français sort d'une période difficile. Fin 2007, il avait racheté l'égyptien Orascom Cement.", { kind: 'ACQUISITION', acquirer: 'Lafarge', target: 'Orascom Cement' }],
    // After a verb-second verb, and as the subject of an English clause.
    ['no', 'Svenske Volvo og franske Renault har forhandlet lenge om et samarbeid. I 2001 kjøpte det svenske selskapet Mack Trucks fra Renault.', { kind: 'ACQUISITION', acquirer: 'Volvo', target: 'Mack Trucks', seller: 'Renault' }],
    ['en', 'The French group Danone and the American Kraft have been talking for months. Last year the American company bought Cadbury.', { kind: 'ACQUISITION', acquirer: 'Kraft', target: 'Cadbury' }],
  ])('%s: %s', (_lang, text, expected) => {
    expectDeal(text, '2011-01-10', expected);
  });

  test('two companies of one origin leave the phrase to the company told last', () => {
    const deals = dealsOf(extractDocument('The French group Danone and the French Pernod Ricard have been talking for months. Last year the French company bought WhiteWave.', { publishedAt: '2017-01-10' }));
    expect(deals.map((deal) => deal.acquirer)).not.toContain('Pernod Ricard');
  });
});

describe('extractDocument: people of a country and a lone adjective of origin stand for that company', () => {
  test.each([
    ['fr', "L'allemand Siemens et le japonais Mitsubishi ont fait une offre commune. L'allemand proposait de racheter les turbines à gaz d'Alstom, tandis que le japonais entendait prendre 10 % du capital d'Alstom.", { kind: 'STAKE', acquirer: 'Mitsubishi', target: 'Alstom' }],
    ['da', 'Tyske Siemens og franske Alstom har længe været rivaler på markedet for tog. I 2019 forsøgte franskmændene at købe Bombardier Transportation, men forhandlingerne gik i stå.', { kind: 'ACQUISITION', acquirer: 'Alstom', target: 'Bombardier Transportation' }],
    ['nl', 'Het Franse Alstom praatte maandenlang met het Duitse Siemens over een fusie van de treinactiviteiten. De Duitsers namen uiteindelijk Bombardier Transportation over.', { kind: 'ACQUISITION', acquirer: 'Siemens', target: 'Bombardier Transportation' }],
    ['de', 'Der französische Rivale Alstom und der deutsche Konzern Siemens verhandelten lange miteinander. Die Franzosen wollten danach Bombardier übernehmen.', { kind: 'ACQUISITION', acquirer: 'Alstom', target: 'Bombardier' }],
  ])('%s: %s', (_lang, text, expected) => {
    expectDeal(text, '2021-06-20', expected);
  });

  test("an elided article before a word in lower case names nothing ('L'allemand', 'L'opération')", () => {
    const names = extractDocument("L'opération a été annoncée lundi par Siemens. L'allemand proposait de racheter les turbines d'Alstom.", { publishedAt: '2014-06-20' }).entities.map((entity) => entity.name);
    expect(names).not.toContain("L'allemand");
    expect(names).not.toContain("L'opération");
  });
});

describe('extractDocument: a company phrase opening a verb-final clause is its subject, the names after it objects', () => {
  test.each([
    ['de', 'Der französische Zugbauer Alstom verhandelte lange mit Siemens. Der Konzern will nun Bombardier übernehmen.', { kind: 'ACQUISITION', acquirer: 'Alstom', target: 'Bombardier' }],
    // After a dash the clause opens anew: 'the insurer' is the company named at the sentence's start.
    ['de', 'Die Commerzbank hat die Übernahme der Dresdner Bank von der Allianz am Montag vollzogen. Allianz-Vorstandschef Michael Diekmann sprach von einer guten Lösung – der Versicherer hatte die Dresdner Bank 2001 für rund 24 Milliarden Euro übernommen.', { kind: 'ACQUISITION', acquirer: 'Allianz', target: 'Dresdner Bank', year: 2001 }],
  ])('%s: %s', (_lang, text, expected) => {
    expectDeal(text, '2021-06-20', expected);
  });
});

describe("extractDocument: a Dutch 'te' infinitive, a company phrase after a person, the actor of a deal told last", () => {
  test.each([
    // The names between the subject and 'te verkopen' are its objects.
    ['nl', 'AkzoNobel heeft besloten de chemietak Nouryon te verkopen aan Carlyle, zo meldde het concern.', { kind: 'ACQUISITION', acquirer: 'Carlyle', target: 'Nouryon', seller: 'AkzoNobel' }],
    // 'le groupe' after the person who led it buys; the person does not.
    ['fr', "Le groupe Atos a longtemps grandi par achats. Sous la présidence de Thierry Breton, le groupe avait multiplié les acquisitions, dont celle de l'américain Syntel, achetée en 2018.", { kind: 'ACQUISITION', acquirer: 'Atos', target: 'Syntel' }],
    // A company bought earlier that has since bought on its own is 'it', not its old buyer.
    ['en', 'Actavis bought Allergan in 2015 and took its name. Allergan has never been shy about buying. Last year it paid $2bn for Kythera.', { kind: 'ACQUISITION', acquirer: 'Allergan', target: 'Kythera' }],
    // 'purchases' after 'of' and a word is a noun: the company it follows does not become the actor of the next sentence.
    ['en', 'Parker Hannifin has agreed to buy Meggitt for £6.3bn. For Parker, Meggitt would be the biggest in a string of aerospace purchases. In 2019 the group bought LORD Corporation for $3.7bn.', { kind: 'ACQUISITION', acquirer: 'Parker Hannifin', target: 'LORD Corporation' }],
  ])('%s: %s', (_lang, text, expected) => {
    expectDeal(text, '2021-08-02', expected);
  });
});

describe('extractDocument: a full name the page calls a unit is no full name of its short form; la Bourse is no company', () => {
  test('the owner sells its unit named after it', () => {
    expectDeal('Italienske Saipem er et stort selskap. Selskapet måtte hente penger i 2022, og solgte samme år den landbaserte boreenheten Saipem Onshore Drilling til KCA Deutag for 550 millioner dollar.', '2024-06-20', {
      kind: 'ACQUISITION',
      acquirer: 'KCA Deutag',
      target: 'Saipem Onshore Drilling',
      seller: 'Saipem',
    });
  });

  test("'la branche de paiement de la Bourse suisse' names no seller", () => {
    const result = extractDocument("Worldline a bouclé le rachat d'Ingenico. En 2018, le groupe a racheté SIX Payment Services, la branche de paiement de la Bourse suisse, pour 2,3 milliards d'euros.", { publishedAt: '2020-10-28' });
    expect(result.entities.map((entity) => entity.name)).not.toContain('Bourse');
    const purchase = dealsOf(result).find((deal) => deal.target === 'SIX Payment Services');
    expect(purchase).toEqual(expect.objectContaining({ acquirer: 'Worldline' }));
    expect(purchase?.seller).toBeUndefined();
  });
});

describe('extractDocument: a last word shared by two names shortens neither; a place after each item of a list', () => {
  test("'Drilling' beside 'Maersk Drilling' and 'Pacific Drilling' keeps the two companies apart", () => {
    const text = 'Maersk Drilling og amerikanske Noble Corporation lægger sig sammen. Noble købte i foråret konkurrenten Pacific Drilling, en handel der blev betalt med aktier. Maersk Drilling har hovedsæde i Lyngby. JOB: Senior Drilling Engineer – Esbjerg.';
    expectDeal(text, '2021-11-10', { kind: 'ACQUISITION', acquirer: 'Noble Corporation', target: 'Pacific Drilling' });
  });

  test("'Northern Bank i Nordirland og National Irish Bank i Irland': both are bought", () => {
    const text = 'Danske Bank er Danmarks største bank. I 2005 overtog banken Northern Bank i Nordirland og National Irish Bank i Irland fra National Australia Bank.';
    expect(listed(text, '2021-11-10')).toEqual(['Danske Bank → Northern Bank (2005)', 'Danske Bank → National Irish Bank (2005)']);
  });
});

describe('extractDocument: shapes met in real news pages', () => {
  test.each([
    // A spinoff is a unit: the name after the owner's genitive and the noun is bought, from the owner.
    ['en', 'Cinven agreed to buy Bayer’s environmental science spinoff Envu for $2.6bn.', { kind: 'ACQUISITION', acquirer: 'Cinven', target: 'Envu', seller: 'Bayer' }],
    // An offer 'sur' a company named after a long description of it; 'renoncé' calls it off.
    ['fr', "Le groupe Vivendi a renoncé à déposer une offre sur l'éditeur de jeux vidéo Ubisoft, selon un communiqué publié lundi.", { kind: 'ACQUISITION', acquirer: 'Vivendi', target: 'Ubisoft', status: 'CANCELLED' }],
    // 'au fabricant de systèmes de freinage X' is 'to X'; 'Ce dernier' is the company named last.
    ['fr', "Alstom va céder sa branche de signalisation au fabricant de systèmes de freinage Knorr-Bremse pour 700 millions d'euros. Ce dernier veut ensuite acquérir la filiale Alstom Signal Solutions.", { kind: 'ACQUISITION', acquirer: 'Knorr-Bremse', target: 'Alstom Signal Solutions' }],
    // 'Anglo-Dutch' is an adjective of origin, no company.
    ['en', 'Royal Dutch Shell has been busy. Last year the Anglo-Dutch group agreed to buy BG Group for £47bn.', { kind: 'ACQUISITION', acquirer: 'Royal Dutch Shell', target: 'BG Group' }],
    // The period of 'mia. kr.' ends no sentence: the list goes on.
    ['da', 'Carlsberg har før købt Pripps for 2 mia. kr. og senere Olvi for et ukendt beløb.', { kind: 'ACQUISITION', acquirer: 'Carlsberg', target: 'Olvi' }],
    // A decimal comma is no clause break between an event noun and its buyer.
    ['da', 'Gennem opkøbet af Olvi for 1,8 mia. kr. får Carlsberg fodfæste i Finland.', { kind: 'ACQUISITION', acquirer: 'Carlsberg', target: 'Olvi' }],
  ])('%s: %s', (_lang, text, expected) => {
    expectDeal(text, '2020-06-01', expected);
  });

  test("a name after a comma is no buyer of the event noun before it ('a purchase of X would be a bet for Y, which … Z')", () => {
    const deals = dealsOf(extractDocument('Still, a purchase of Viterra would be an aggressive bet for Glencore, which is in the midst of trying to seal a merger with Anglo-Swiss miner Xstrata.', { publishedAt: '2012-03-10' }));
    expect(deals.map((deal) => deal.acquirer)).not.toContain('Xstrata');
    expect(deals).toContainEqual(expect.objectContaining({ kind: 'MERGER' }));
  });
});

describe("extractDocument: a clause inverted after 'Zo' keeps its own subject after 'en'", () => {
  test("'… en lijfde Vodafone het Duitse Mannesmann in'", () => {
    const text = 'Het jaar 2000 was een recordjaar voor overnames. Zo betaalde Time Warner 148 miljard euro voor AOL en lijfde Vodafone het Duitse Mannesmann in voor 160 miljard euro.';
    expect(listed(text, '2000-12-20')).toEqual(expect.arrayContaining(['Time Warner → AOL (2000)', 'Vodafone → Mannesmann (2000)']));
  });
});

describe('extractDocument: German nouns after an inflected adjective, subunits of currencies', () => {
  test("'nach damaligem Wechselkurs' is no company; the firm named after it is bought", () => {
    const result = extractDocument('Bosch hatte 2014 für 3 Milliarden Euro nach damaligem Wechselkurs die Firma ZF Lenksysteme übernommen.', { publishedAt: '2015-01-20' });
    expect(result.entities.map((entity) => entity.name)).not.toContain('Wechselkurs');
    expect(dealsOf(result)).toContainEqual(expect.objectContaining({ acquirer: 'Bosch', target: 'ZF Lenksysteme' }));
  });

  test("'kaufte Geely …': a verb before a name is no adjective", () => {
    expectDeal('Im Jahr 2010 kaufte Geely dem US-Konzern Ford die schwedische Marke Volvo Cars für 1,8 Milliarden Dollar ab.', '2017-12-01', { acquirer: 'Geely', target: 'Volvo Cars', seller: 'Ford' });
  });
});

describe('extractDocument: tickers in parentheses, talks ended, German words of time', () => {
  test("'Omnicom (OMC)' is Omnicom; 'end their merger talks' calls the merger off", () => {
    const result = extractDocument('Publicis Groupe (PUB) and Omnicom (OMC) said on Thursday that they would end their merger talks.', { publishedAt: '2014-05-09' });
    expect(result.entities.map((entity) => entity.name)).not.toContain('OMC');
    expect(dealsOf(result)).toEqual([expect.objectContaining({ kind: 'MERGER', status: 'CANCELLED' })]);
  });

  test("'im Mai vergangenen Jahres' names no seller", () => {
    expectDeal('Siemens hatte im Mai vergangenen Jahres angekündigt, seine Hörgerätesparte an den Finanzinvestor EQT zu verkaufen.', '2014-05-09', { acquirer: 'EQT', seller: 'Siemens' });
  });
});

describe('extractDocument: a list sold in the passive, a share sold after "but", a short form after a hyphen', () => {
  test("'A, B en C komen in handen van X': each is bought", () => {
    const text = 'De modemerken Dorothy Perkins, Wallis en Burton komen vanaf februari in handen van het Britse Boohoo.';
    expect(listed(text, '2021-02-01').sort()).toEqual(['Boohoo → Burton (2021)', 'Boohoo → Dorothy Perkins (2021)', 'Boohoo → Wallis (2021)']);
  });

  test("'X havde halvdelen af Y, men solgte 25 procent til Z': X sells a share of Y", () => {
    expectDeal('Vattenfall havde længe halvdelen af Horns Rev, men solgte 25 procent til PensionDanmark i 2017.', '2021-02-01', { kind: 'STAKE', acquirer: 'PensionDanmark', target: 'Horns Rev', seller: 'Vattenfall', year: 2017 });
  });

  test("'A.P. Møller-Mærsk … Mærsk': the part after the hyphen is the company's short form", () => {
    const result = extractDocument('Handlen blev bekræftet af Mærsk mandag. Rederiet A.P. Møller-Mærsk har købt LF Logistics for 3,6 mia. dollar.', { publishedAt: '2021-12-22' });
    expect(result.entities.find((entity) => entity.name === 'A.P. Møller-Mærsk')?.aliases).toContain('Mærsk');
  });
});

describe('extractDocument: the owner a page tells sells what is bought from it', () => {
  test.each([
    ['da', 'Coloplast køber Atos Medical for 16 mia. kr. Atos Medical er baseret i Sverige og er ejet af kapitalfonden PAI Partners.', { acquirer: 'Coloplast', target: 'Atos Medical', seller: 'PAI Partners' }],
    ['en', 'Unilever agreed to buy Dollar Shave Club for $1bn. Dollar Shave Club is owned by Venrock and other investors.', { acquirer: 'Unilever', target: 'Dollar Shave Club', seller: 'Venrock' }],
  ])('%s: %s', (_lang, text, expected) => {
    expectDeal(text, '2021-06-28', expected);
  });

  test('a company now owned by its buyer is not sold by it', () => {
    const deal = dealsOf(extractDocument('Facebook bought WhatsApp in 2014. WhatsApp is owned by Facebook and has two billion users.', { publishedAt: '2021-06-28' })).find((found) => found.target === 'WhatsApp');
    expect(deal).toEqual(expect.objectContaining({ acquirer: 'Facebook' }));
    expect(deal?.seller).toBeUndefined();
  });
});

describe("extractDocument: 'mettre la main sur', a unit told again as 'die Sparte', a share 'du groupe'", () => {
  test.each([
    ['fr', "Engie compte mettre la main sur International Power d'ici la fin de l'année.", { kind: 'ACQUISITION', acquirer: 'Engie', target: 'International Power' }],
    ['de', 'Siemens verkauft sein Hörgerätegeschäft. Die Sparte gehe für gut zwei Milliarden Euro an den Finanzinvestor EQT, hieß es in Unternehmenskreisen.', { kind: 'ACQUISITION', acquirer: 'EQT', target: 'Hörgerätegeschäft', seller: 'Siemens' }],
    ['fr', 'Bolloré, qui lorgne Vivendi depuis longtemps, a indiqué avoir acquis 5% du groupe de médias en 2012.', { kind: 'STAKE', acquirer: 'Bolloré', target: 'Vivendi' }],
  ])('%s: %s', (_lang, text, expected) => {
    expectDeal(text, '2014-11-17', expected);
  });
});

describe("extractDocument: Dutch 'overgekocht', people of a country before a clause-final infinitive", () => {
  test("'een belang … overgekocht van X'", () => {
    expectDeal('Suez-rivaal Veolia heeft in 2020 een belang in Suez overgekocht van Engie.', '2021-02-01', { kind: 'STAKE', acquirer: 'Veolia', target: 'Suez', seller: 'Engie' });
  });

  test("'de Britten wilden met Takeaway fuseren': the British company merges, not the bidder told before", () => {
    const merger = dealsOf(extractDocument('Techinvesteerder Prosus deed een bod op het Britse Just Eat. Maar de Britten wilden liever met Takeaway fuseren, aldus ingewijden.', { publishedAt: '2021-02-01' })).find((deal) => deal.kind === 'MERGER');
    expect([merger?.acquirer, merger?.target].sort()).toEqual(['Just Eat', 'Takeaway']);
  });
});

describe("extractDocument: 'selger sin eierandel' after a purchase names its seller; 'återkallar sitt bud' calls it off", () => {
  test('a cleft seller of its own stake sells what was just bought', () => {
    expectDeal('Statkraft kjøper 50 prosent av Dogger Bank fra neste år. Det er SSE som nå selger sin eierandel i prosjektet.', '2017-09-19', { kind: 'STAKE', acquirer: 'Statkraft', target: 'Dogger Bank', seller: 'SSE' });
  });

  test("'återkallar sitt bud' is a bid called off", () => {
    expectDeal('Siemens återkallar sitt bud på Alstom efter ett halvår av förhandlingar.', '2017-09-19', { acquirer: 'Siemens', target: 'Alstom', status: 'CANCELLED' });
  });
});

describe("extractDocument: German 'soll an X gehen' with a share as subject", () => {
  test("'Ein Anteil an X soll an ein Konsortium unter Führung von Y gehen'", () => {
    expectDeal('Ein Anteil an Aurelis soll an ein Konsortium unter Führung von Grove International gehen, teilte Hochtief mit.', '2014-01-10', { kind: 'STAKE', acquirer: 'Grove International', target: 'Aurelis' });
  });

  test('shares that go to a founder in a relative clause are a payment, no sale', () => {
    const names = dealsOf(extractDocument('Gezahlt werden 5 Milliarden Euro in bar, der Rest in Form von Fresenius-Aktien, die an den Gründer Víctor Madera gehen.', { publishedAt: '2016-09-05' })).map((deal) => deal.target);
    expect(names).toEqual([]);
  });
});

describe("extractDocument: 'est également entré au capital de', a surname particle after two names", () => {
  test("'Marc Ladreit de Lacharrière … est également entré au capital de Lagardère'", () => {
    expectDeal("L'homme d'affaires Marc Ladreit de Lacharrière est également entré au capital de Lagardère en 2020.", '2020-04-20', { kind: 'STAKE', acquirer: 'Marc Ladreit de Lacharrière', target: 'Lagardère' });
  });
});

describe("extractDocument: 'Investorenkonsortium' is a German noun, no buyer", () => {
  test('the consortium named later buys', () => {
    const result = extractDocument('Siemens trennt sich von Hörgerätesparte an Investorenkonsortium\n\nSiemens trennt sich von seiner Hörgerätesparte. Die Sparte gehe an ein Konsortium um EQT, hieß es in Unternehmenskreisen.', { publishedAt: '2014-11-17' });
    expect(result.entities.map((entity) => entity.name)).not.toContain('Investorenkonsortium');
    expect(dealsOf(result).map((deal) => deal.acquirer)).toEqual(['EQT']);
  });
});

describe('extractDocument: a name whose first word the page also writes in lower case', () => {
  test.each([
    ['a short line with a verb in lower case is no title-cased headline', 'Charter buys Time Warner Cable\nAt the time, cable companies were racing to merge.'],
    ['inside a sentence, the word opening the name keeps its capital', 'Charter agreed to buy Time Warner Cable in 2015. At the time, cable companies were racing to merge.'],
  ])('%s', (_case, text) => {
    expectDeal(text, '2016-05-18', { acquirer: 'Charter', target: 'Time Warner Cable' });
  });
});

describe('extractDocument: the price of the deal, a growth rate, a phrase of another origin', () => {
  test("'$35bn of debt, most of it from the $63bn takeover of X': the price right before the deal word", () => {
    const [deal] = extractDocument('Bayer still carries €35bn of debt, most of it from the $63bn takeover of Monsanto in 2018.', { publishedAt: '2020-05-01' }).deals;
    expect(deal?.amount).toEqual(expect.objectContaining({ value: 63e9, currency: 'USD' }));
  });

  test.each([
    ['sv', 'Investor köper Piab för 7,5 miljarder kronor. Investor köper Piab eftersom marknaden för automation väntas växa med 10 procent per år.', '2018-05-02', 'Investor', 'Piab'],
    ['da', 'Heineken-aktien tabte i går 2 procent, fordi investorerne frygter, at bryggeriets bud på den britiske pubkæde Punch Taverns er for højt.', '2017-02-17', 'Heineken', 'Punch Taverns'],
  ])('%s: a growth rate or a move of the share price is no stake: %s', (_lang, text, publishedAt, acquirer, target) => {
    expectDeal(text, publishedAt, { kind: 'ACQUISITION', acquirer, target });
  });

  test("'X og Y skriver, at den hollandske bryggerigigant overtager det britiske selskab': the Dutch company buys the British one", () => {
    const text = 'Heineken har budt på den britiske pubkæde Punch Taverns. Heineken og Punch Taverns skriver i en fælles meddelelse, at den hollandske bryggerigigant overtager det britiske selskab.';
    expect(listed(text, '2017-02-17')).toEqual(['Heineken → Punch Taverns (2017)']);
  });

  test('a given name from the wider list makes a person of the name it opens', () => {
    const result = extractDocument('Vodafone har solgt sin andel i Verizon Wireless til Verizon. Aftalen blev forhandlet af Vittorio Colao over flere år.', { publishedAt: '2013-09-02' });
    expect(result.entities).toContainEqual(expect.objectContaining({ type: 'PERSON', name: 'Vittorio Colao' }));
  });
});

describe("extractDocument: a company reporting that 'the company' bought reports its own deal", () => {
  test.each([
    ['no', 'Equinor skriver i en børsmelding at selskapet har kjøpt 9,8 prosent av Ørsted.', '2024-10-14', { kind: 'STAKE', acquirer: 'Equinor', target: 'Ørsted' }],
    ['da', 'Novo Holdings oplyste mandag, at selskabet har købt Catalent.', '2024-02-05', { kind: 'ACQUISITION', acquirer: 'Novo Holdings', target: 'Catalent' }],
    ['de', 'Bayer teilte mit, dass der Konzern Monsanto übernimmt.', '2016-09-14', { kind: 'ACQUISITION', acquirer: 'Bayer', target: 'Monsanto' }],
    ['fr', 'Danone a annoncé que le groupe rachète WhiteWave.', '2016-07-07', { kind: 'ACQUISITION', acquirer: 'Danone', target: 'WhiteWave' }],
  ])('%s: %s', (_lang, text, publishedAt, expected) => {
    expectDeal(text, publishedAt, expected);
  });
});

describe('extractDocument: merger nouns and their parties, short forms defined in parentheses, tickers, adjectives', () => {
  test("'Styrelserna för X och Y presenterar ett samgående mellan de två bolagen'", () => {
    const text = 'Styrelserna för Tele2 och Com Hem presenterar i dag ett samgående mellan de två bolagen. Tele2 och Com Hem har tillsammans 3 miljoner kunder.';
    expectDeal(text, '2018-01-09', { kind: 'MERGER', acquirer: 'Com Hem', target: 'Tele2' });
  });

  test("'X AB (”X”) och Y AB (”Y” eller ”YZ”)': the defined short form is the company, no company of its own", () => {
    const result = extractDocument('Tele2 AB (”Tele2”) och Com Hem Holding AB (”Com Hem” eller ”CH”) har enats om ett samgående. CH:s styrelse stöder affären.', { publishedAt: '2018-01-09' });
    expect(result.entities.map((entity) => entity.name).sort()).toEqual(['Com Hem Holding AB', 'Tele2 AB']);
  });

  test('a share sold before a noun with its own object says nothing of the bid: a bid for all of it', () => {
    expectOneDeal('SoftBank sælger en del af sine aktier i Alibaba for at finansiere et bud på Arm.', '2016-07-18', { kind: 'ACQUISITION', acquirer: 'SoftBank', target: 'Arm' });
  });

  test("a cashtag ('$AAPL') is no company", () => {
    const result = extractDocument('Shares of $AAPL rose after Apple agreed to buy Beats.', { publishedAt: '2014-05-29' });
    expect(result.entities.map((entity) => entity.name)).toEqual(['Apple', 'Beats']);
  });

  test("'Stora nedskrivningar …': a word opening a sentence right before a deal noun is no writer-down", () => {
    const text = 'Stora nedskrivningar i Ryssland tynger Carlsberg. Carlsberg skriver ned värdet av Baltika med 10 miljarder kronor.';
    expect(listed(text, '2022-08-17')).toEqual(['Carlsberg → Baltika (2022)']);
  });
});

describe("extractDocument: 'Därutöver' opens a sentence, 'C More' is one name", () => {
  test('a sentence adverb is no company and a capital letter alone goes on with the word after it', () => {
    expect(listed('Telia skriver ned värdet av sina nät i Finland. Därutöver skriver Telia ned tv-kanalen C More.', '2023-01-10')).toEqual(['Telia → C More (2023)']);
  });
});

describe('extractDocument: German lists of purchases, an owner told in the pluperfect, a profit that is no price', () => {
  test.each([
    ["'hat A und B aufgekauft': each name before the final verb is bought", 'Authentic Brands hat bereits Sports Illustrated und Brooks Brothers aufgekauft.', ['Authentic Brands → Sports Illustrated (2021)', 'Authentic Brands → Brooks Brothers (2021)']],
    ["'Der Lizenzkonzern hat zahlreiche Labels … erworben, darunter A und B': the phrase buys the examples", 'Authentic Brands wächst seit Jahren durch Zukäufe. Der Lizenzkonzern hat zahlreiche Labels der Modebranche erworben, darunter Brooks Brothers und Nautica.', ['Authentic Brands → Brooks Brothers (2021)', 'Authentic Brands → Nautica (2021)']],
    ["'eine der größten Übernahmen': a capitalised verb form inside a sentence is a noun", 'Kraft Heinz zog sein Angebot zurück. Mit Knorr, Lipton und Dove unter einem Dach hätte es eine der größten Übernahmen der Branche gegeben.', []],
    ["'Forever 21 and Brooks Brothers': two digits close an item of a list", 'ABG has bought Sports Illustrated, Forever 21 and Brooks Brothers.', ['ABG → Sports Illustrated (2021)', 'ABG → Forever 21 (2021)', 'ABG → Brooks Brothers (2021)']],
  ])('%s', (_case, text, expected) => {
    expect(listed(text, '2021-08-12')).toEqual(expected);
  });

  test("'X hatte Y damals gekauft': a purchase told in the pluperfect makes X the seller of Y's next sale", () => {
    expectDeal('Adidas hatte die US-Marke Reebok damals teuer gekauft. Authentic Brands übernimmt Reebok für 2,1 Milliarden Euro.', '2021-08-12', { acquirer: 'Authentic Brands', target: 'Reebok', seller: 'Adidas' });
  });

  test("'einen Gewinn von rund 1,3 Milliarden Euro' is the seller's profit, not the price", () => {
    const [deal] = extractDocument('Authentic Brands übernimmt Reebok. Mit dem Verkauf erzielt Adidas einen Gewinn von rund 1,3 Milliarden Euro.', { publishedAt: '2021-08-12' }).deals;
    expect(deal?.amount).toBeNull();
  });
});

describe('extractDocument: a German verb-second subject after an article and a kind of company', () => {
  test.each([
    ['Bayer übernimmt Monsanto. Im Jahr 2015 erwarb der Darmstädter Chemiekonzern Merck den US-Laborzulieferer Sigma-Aldrich.', 'Merck → Sigma-Aldrich (2015)'],
    ['Bayer übernimmt Monsanto. Im Jahr 2000 übernahm die Deutsche Telekom den Mobilfunker Voicestream.', 'Deutsche Telekom → Voicestream (2000)'],
    ['Bayer übernimmt Monsanto. Im Jahr 2000 verleibte sich Vodafone den Konkurrenten Mannesmann ein.', 'Vodafone → Mannesmann (2000)'],
    ['Vonovia wächst seit Jahren. 2015 schluckte das Bochumer Unternehmen den Konkurrenten Gagfah.', 'Vonovia → Gagfah (2015)'],
  ])('%s', (text, expected) => {
    expect(listed(text, '2016-09-14')).toContain(expected);
  });
});

describe("extractDocument: 'slå sig samman med', a bid 'från' its bidder, a double first name", () => {
  test("'ska slå sig samman med' is a merger", () => {
    expectDeal('Tesco ska slå sig samman med grossisten Booker, meddelade bolagen på fredagen.', '2017-01-27', { kind: 'MERGER', acquirer: 'Booker', target: 'Tesco' });
  });

  test("'accepterar budet på X från Y': the bidder follows 'från', not the holder who accepts", () => {
    expectOneDeal('Storägaren Anders Lönner tänker tacka ja till budet på Karo Pharma från EQT.', '2018-11-09', { kind: 'ACQUISITION', acquirer: 'EQT', target: 'Karo Pharma' });
  });

  test("'Per-Anders Johansson': two first names joined by a hyphen open a person's name", () => {
    const result = extractDocument('Styrelseledamoten Per-Anders Johansson säljer inga aktier.', { publishedAt: '2018-11-09' });
    expect(result.entities).toContainEqual(expect.objectContaining({ type: 'PERSON', name: 'Per-Anders Johansson' }));
  });
});

describe("extractDocument: \"The UK's …\" names no company; an owner after 'controlled by' is no bidder", () => {
  test("a generic acronym in the genitive is no company", () => {
    expect(listed("The UK's largest biotech company, Celltech, agreed to a takeover by the Belgian group UCB.", '2004-05-18')).toEqual(['UCB → Celltech (2004)']);
  });

  test("'ett bud på X, kontrollerad av Y': Y owns X, it does not bid", () => {
    expect(listed('Spekulationerna om ett bud på Electrolux, kontrollerad av Investor sedan länge, fick aktien att stiga.', '2023-05-02')).toEqual([]);
  });
});

describe("extractDocument: 'partir à l'assaut de', an agreement with the seller over a takeover", () => {
  test("'est parti à l'assaut d'X' is a bid for X", () => {
    expectDeal("Mittal Steel est parti à l'assaut d'Arcelor en janvier 2006.", '2006-02-01', { acquirer: 'Mittal Steel', target: 'Arcelor', year: 2006 });
  });

  test("'De Franse autobouwer heeft een akkoord bereikt met X (GM) over de overname van Y': the phrase buys, X sells", () => {
    const text = 'PSA Peugeot Citroën steeg maandag in Parijs. De Franse autobouwer heeft een akkoord bereikt met General Motors (GM) over de overname van Opel.';
    expect(dealsOf(extractDocument(text, { publishedAt: '2017-03-06' }))).toEqual([expect.objectContaining({ acquirer: 'PSA Peugeot Citroën', target: 'Opel', seller: 'General Motors' })]);
  });
});

describe('extractDocument: who reports or approves a deal is no party to it', () => {
  test.each([
    ['an authority that approves', 'De Autoriteit Consument & Markt heeft de overname van Sanoma Nederland goedgekeurd. Het concern wordt voor 465 miljoen euro verkocht aan DPG Media.', 'Autoriteit'],
    ['news agencies in a dateline', 'DEN HAAG (AFN/BLOOMBERG) - Brussel stemt in met de overname van NIBC.', 'AFN'],
  ])('%s', (_case, text, party) => {
    expect(listed(text, '2020-04-01').filter((deal) => deal.includes(party))).toEqual([]);
  });
});

describe("extractDocument: 'Car', 'Medienberichten', 'B-aktier' name no company", () => {
  test.each([
    ['a French conjunction opening a sentence', 'Les difficultés ont commencé tôt. Car en 2015, quelques mois après avoir fusionné avec Greer, Stallergenes a dû fermer une usine pendant des mois.', 'Car'],
    ['a German noun of reports', 'Nach Medienberichten wollen Deutsche Bank und Commerzbank fusionieren.', 'Medienberichten'],
    ['a class of shares', 'Nordstjernan köper ytterligare 2 miljoner B-aktier i Swedol.', 'B'],
  ])('%s', (_case, text, word) => {
    const names = extractDocument(text, { publishedAt: '2018-05-01' }).entities.map((entity) => entity.name);
    expect(names).not.toContain(word);
  });

  test('a person writes nothing down', () => {
    const text = 'eBay wrote down the value of Skype by $1.4 billion. Hani Durzy, a spokesman, said the write-down showed that Skype grew more slowly than hoped.';
    expect(listed(text, '2007-10-01')).toEqual(['eBay → Skype (2007)']);
  });
});

describe('extractDocument: what a company wrote down it bought', () => {
  test('what a company wrote down and is now sold is no purchase of it', () => {
    expect(listed('eBay wrote down Skype by $1.4 billion. Skype is being sold to a group of investors.', '2009-09-01')).toEqual(['eBay → Skype (2009)']);
  });

  test("'X skriver ned Y … Y ble overtatt i 2022': the purchase told with no buyer is X's", () => {
    expectDeal('Ericsson skriver ned verdien av Vonage kraftig. Vonage ble overtatt i 2022 for rundt 50 milliarder kroner.', '2024-07-01', { kind: 'ACQUISITION', acquirer: 'Ericsson', target: 'Vonage', year: 2022 });
  });
});

describe('extractDocument: a bid naming only its bidder, after one naming only what is bid for', () => {
  test("'Budet på X är inte längre aktuellt … lade Y ett bud på 200 kronor per aktie': Y bid for X", () => {
    expectDeal('Budet på Sobi är inte längre aktuellt. I november lade kapitalbolaget Advent ett bud på 200 kronor per aktie.', '2022-12-01', { acquirer: 'Advent', target: 'Sobi' });
  });

  test('a bid a company finds too low is not its own bid for itself', () => {
    const text = 'PPG heeft twee keer geboden op AkzoNobel. Akzo wees het bod af als te laag.';
    expect(listed(text, '2017-04-20').filter((deal) => deal.startsWith('Akzo '))).toEqual([]);
  });
});

describe("extractDocument: 'cancelling', 'calling off' call a deal off", () => {
  test.each([
    ['Arla and Campina are cancelling their merger.', 'MERGER'],
    ['Pfizer is calling off its bid for AstraZeneca.', 'ACQUISITION'],
  ])('%s', (text, kind) => {
    expectDeal(text, '2006-05-01', { kind, status: 'CANCELLED' });
  });
});

describe('extractDocument: more ways to call a deal off', () => {
  test.each([
    ['nl', 'De verkoop van BHF aan Commerzbank ketste vorige week toch nog af.'],
    ['de', 'Thyssenkrupp sagt die Fusion mit Tata Steel ab.'],
    ['sv', 'Volvo skrotar planerna på att köpa Scania.'],
  ])('%s: %s', (_lang, text) => {
    expect(dealsOf(extractDocument(text, { publishedAt: '2016-09-13' })).map((deal) => deal.status)).toEqual(['CANCELLED']);
  });
});

describe('extractDocument: passive sales, verb-final passives, places in the genitive, values written down, record years', () => {
  test.each([
    // "from Japan's SoftBank": a place in the genitive stands between the preposition and the party.
    ['en', '2016-07-18', "Arm Holdings has accepted a £24bn offer from Japan's SoftBank.", { acquirer: 'SoftBank', target: 'Arm Holdings' }],
    // A passive sale: the agent sold, the 'to' party bought.
    ['en', '2021-02-16', 'Asda was sold by Walmart to TDR Capital last year.', { acquirer: 'TDR Capital', target: 'Asda', seller: 'Walmart' }],
    ['de', '2021-08-12', 'Reebok wurde 2021 von Adidas an die Authentic Brands Group verkauft.', { acquirer: 'Authentic Brands Group', target: 'Reebok', seller: 'Adidas' }],
    ['nl', '2018-01-10', 'In 2017 werd Lumileds door Philips aan Apollo verkocht.', { acquirer: 'Apollo', target: 'Lumileds', seller: 'Philips' }],
    // Dutch passives whose participle closes the clause, and 'inlijven'.
    ['nl', '2018-03-01', 'Delta Lloyd werd in 2017 door NN Group overgenomen.', { acquirer: 'NN Group', target: 'Delta Lloyd', year: 2017 }],
    ['nl', '2017-08-10', 'Heineken heeft de Britse pubketen Punch Taverns ingelijfd.', { acquirer: 'Heineken', target: 'Punch Taverns' }],
    // The value of a unit written down, with words between 'of' and the name.
    ['nl', '2020-08-05', 'Bayer heeft 9,3 miljard euro afgeschreven op de boekwaarde van de landbouwtak Monsanto.', { kind: 'WRITE_DOWN', acquirer: 'Bayer', target: 'Monsanto' }],
    // A year after a superlative and 'since' compares; the deal is the page's.
    ['en', '2016-10-24', 'AT&T agreed to buy Time Warner, the biggest media deal since 2000.', { acquirer: 'AT&T', target: 'Time Warner', year: 2016 }],
    ['fr', '2016-10-24', "AT&T rachète Time Warner, la plus grosse opération dans les médias depuis 2000.", { acquirer: 'AT&T', target: 'Time Warner', year: 2016 }],
  ])('%s: %s', (_lang, publishedAt, text, expected) => {
    expectDeal(text, publishedAt, expected);
  });

  test("a connecting adverb opening a sentence is no company ('Furthermore, …')", () => {
    const extraction = extractDocument('Furthermore, the pipelines were sold to Brookfield in 2019.', { publishedAt: '2020-01-01' });
    expect(extraction.entities.map((entity) => entity.name)).not.toContain('Furthermore');
  });
});

describe('extractDocument: lists of write-downs, list items ending in s, office words inside names', () => {
  test('each company of a list after a write-down verb is written down', () => {
    const text = 'Investor skriver ned verdien av eierandelene i Mölnlycke, Permobil og Aleris med til sammen 2 milliarder kroner.';
    expect(listed(text, '2020-04-20').map((deal) => deal.replace(/ \(.*\)$/u, ''))).toEqual(['Investor → Mölnlycke', 'Investor → Permobil', 'Investor → Aleris']);
  });

  test("a Nordic list goes on past a name ending in s ('AH Industries og …')", () => {
    const text = 'Ratos kjøpte i årene 2006 og 2007 Jøtul, AH Industries og Euromaint.';
    expect(listed(text, '2008-01-10').map((deal) => deal.replace(/ \(.*\)$/u, ''))).toEqual(['Ratos → Jøtul', 'Ratos → AH Industries', 'Ratos → Euromaint']);
  });

  test("an office word capitalised inside a name is no office taken ('buy Office Depot')", () => {
    expectDeal('In February 2015 Staples said it would buy Office Depot, its long-time rival, for about $6.3bn.', '2015-03-01', { acquirer: 'Staples' });
  });
});

describe('extractDocument: offer nouns that start with a purchase noun, offers made on a described company', () => {
  test.each([
    // 'Übernahmeangebot', 'overnamebod' are offers, though 'Übernahme', 'overname' open them.
    ['de', '2023-02-15', 'Das Übernahmeangebot von Advent für die Aareal Bank scheiterte an der Annahmeschwelle.', { acquirer: 'Advent', target: 'Aareal Bank' }],
    ['nl', '2021-04-09', 'VDL heeft maandag een overnamebod gedaan op de chipleverancier Neways.', { acquirer: 'VDL', target: 'Neways', status: 'PLANNED' }],
    // A compound ending in a kind of company opening the sentence says what the name is.
    ['nl', '2021-04-09', 'Industrieconglomeraat VDL brengt een bod uit op Neways.', { acquirer: 'VDL', target: 'Neways' }],
  ])('%s: %s', (_lang, publishedAt, text, expected) => {
    expectDeal(text, publishedAt, expected);
  });

  test("an offer on 'the maker of' a brand is no offer on the brand", () => {
    const text = 'PPG laat weten dat het geen nieuw bod uitbrengt op de maker van Sikkens en Flexa.';
    expect(dealsOf(extractDocument(text, { publishedAt: '2017-06-01' })).map((deal) => deal.target)).not.toContain('Sikkens');
  });
});

describe('extractDocument: words of talks and totals opening a sentence name no company', () => {
  test.each([
    ['nl', 'Gesprekken tussen AkzoNobel en Axalta over een fusie strandden.', 'Gesprekken'],
    ['no', 'Totalt er prisen 2 milliarder kroner for oppkjøpet av Elkem.', 'Totalt'],
    ['de', 'Vertreter der Holding boten an, ein Aktienpaket von Daimler zu übernehmen.', 'Vertreter'],
  ])('%s: %s', (_lang, text, word) => {
    expect(extractDocument(text, { publishedAt: '2018-01-01' }).entities.map((entity) => entity.name)).not.toContain(word);
  });
});

describe('extractDocument: participles, stock indices, states and amounts are no companies', () => {
  test.each([
    // A French participle opening a sentence.
    ['fr', '2011-12-01', 'Saluée lors de son achat par HP, Autonomy a depuis perdu les trois quarts de sa valeur.', 'Saluée'],
    // A stock index opening a sentence.
    ['da', '2016-10-03', 'C25 steg 2 pct., efter at SteelSeries blev købt af GN Store Nord.', 'C25'],
    // A US state after a unit.
    ['de', '2017-12-01', 'Das Werk in Alabama ging 2014 von Thyssenkrupp an ArcelorMittal.', 'Alabama'],
    // 'in Höhe von': the amount of.
    ['de', '2017-12-01', 'Thyssenkrupp hat eine Abschreibung in Höhe von 900 Millionen Euro auf CSA vorgenommen.', 'Höhe'],
  ])('%s: %s', (_lang, publishedAt, text, word) => {
    expect(extractDocument(text, { publishedAt }).entities.map((entity) => entity.name)).not.toContain(word);
  });

  test('the deal beside them keeps its parties', () => {
    expectDeal('C25 steg 2 pct., efter at SteelSeries blev købt af GN Store Nord.', '2016-10-03', { acquirer: 'GN Store Nord', target: 'SteelSeries' });
    expectDeal('Thyssenkrupp hat eine Abschreibung in Höhe von 900 Millionen Euro auf CSA vorgenommen.', '2017-12-01', { kind: 'WRITE_DOWN', acquirer: 'Thyssenkrupp', target: 'CSA' });
  });
});

describe('extractDocument: regulators are no bidders; ending plans calls a deal off', () => {
  test("'ended its plans to acquire' calls the deal off", () => {
    expectDeal('After regulators objected, Comcast ended its plans to buy Time Warner Cable in April 2015.', '2015-04-24', { acquirer: 'Comcast', target: 'Time Warner Cable', status: 'CANCELLED' });
  });

  test('a regulator met by the buyer bids for nothing', () => {
    const text = 'Comcast agreed to buy Time Warner Cable for $45bn. Comcast and the FCC held talks on Wednesday, but the deal was doomed.';
    const extraction = extractDocument(text, { publishedAt: '2015-04-20' });
    const deal = extraction.deals.find((d) => nameOf(extraction, d.target) === 'Time Warner Cable');
    expect(deal).toBeDefined();
    expect((deal?.bidders ?? []).map((id) => nameOf(extraction, id))).not.toContain('FCC');
  });
});

describe("extractDocument: an owner's share told as a compound ('eierandel', 'ejerandel'), a share figure before it", () => {
  test.each([
    ['no', '2017-07-03', 'Hydro kjøper Orklas 50 % eierandel i Sapa for 3,2 milliarder kroner.', { kind: 'STAKE', acquirer: 'Hydro', target: 'Sapa' }],
    ['da', '2004-02-20', 'Carlsberg køber Orklas ejerandel i Carlsberg Breweries for 2,5 mia. euro.', { kind: 'STAKE', acquirer: 'Carlsberg', target: 'Carlsberg Breweries' }],
  ])('%s: %s', (_lang, publishedAt, text, expected) => {
    expectDeal(text, publishedAt, expected);
  });

  test('the owner in the genitive is named without its -s, though the page never writes it alone', () => {
    expectDeal('I februari 2013 köpte Hakon Invest samtliga Aholds aktier i Ica.', '2013-06-01', { acquirer: 'Hakon Invest', target: 'Ica', seller: 'Ahold' });
  });
});

describe('extractDocument: more offer nouns, and Danish told from Norwegian by its business words', () => {
  test.each([
    ['da', '2019-01-20', 'Den danske transportkoncern DSV har fremsat et opkøbstilbud på den schweiziske konkurrent Panalpina, oplyser selskabet mandag.', { acquirer: 'DSV', target: 'Panalpina', status: 'PLANNED' }],
    ['nl', '2017-03-01', 'Mediahuis deed een tegenbod op De Telegraaf.', { acquirer: 'Mediahuis', target: 'De Telegraaf' }],
  ])('%s: %s', (_lang, publishedAt, text, expected) => {
    expectDeal(text, publishedAt, expected);
  });

  test("'oplyser selskabet', 'fremsat', 'opkøbstilbud' are Danish", () => {
    const text = 'Den danske transportkoncern DSV har fremsat et opkøbstilbud på den schweiziske konkurrent Panalpina, oplyser selskabet mandag.';
    expect(extractDocument(text, { publishedAt: '2019-01-20' }).document.lang).toBe('da');
  });
});

describe("extractDocument: a product's name opening a company's name, a French descriptor going on past 'pour'", () => {
  test.each([
    ['en', '2020-03-01', 'Kesko agreed to take over its rival Office Depot last year.', { kind: 'ACQUISITION', acquirer: 'Kesko', target: 'Office Depot' }],
    ['fr', '2020-03-01', 'Le distributeur de nourriture pour animaux Zooplus a racheté la chaîne Office Depot en 2019.', { kind: 'ACQUISITION', acquirer: 'Zooplus', target: 'Office Depot', year: 2019 }],
  ])('%s: %s', (_lang, publishedAt, text, expected) => {
    expectDeal(text, publishedAt, expected);
  });
});

describe("extractDocument: lists paired by 'respectively', prices inside offers, lists after an event noun, names of places and technologies", () => {
  test.each([
    // Two purchases and two buyers pair up in order, each with the seller.
    ['en', '2012-06-01', 'Procter & Gamble sold Pringles and Folgers to Kellogg and Smucker respectively.', { acquirer: 'Kellogg', target: 'Pringles', seller: 'Procter & Gamble' }],
    ['en', '2012-06-01', 'Procter & Gamble sold Pringles and Folgers to Kellogg and Smucker respectively.', { acquirer: 'Smucker', target: 'Folgers', seller: 'Procter & Gamble' }],
    ['da', '2013-11-01', 'Unimerco og Scandlines er nu solgt til henholdsvis Sandvik og Allianz, oplyser ejerne.', { acquirer: 'Sandvik', target: 'Unimerco' }],
    ['da', '2013-11-01', 'Unimerco og Scandlines er nu solgt til henholdsvis Sandvik og Allianz, oplyser ejerne.', { acquirer: 'Allianz', target: 'Scandlines' }],
    // A price between the offer and the preposition naming what it is for.
    ['sv', '2022-03-01', 'I går lade Castellum ett bud om 140 kronor per aktie på Kungsleden.', { acquirer: 'Castellum', target: 'Kungsleden' }],
    ['en', '2015-04-08', 'Mylan made an offer of 205 dollars a share for Perrigo.', { acquirer: 'Mylan', target: 'Perrigo' }],
    // Names joined by 'and' after an event noun's object, past a year in brackets.
    ['en', '2023-03-01', 'Investor completed the purchases of Mölnlycke (2010) and Laborie (2022).', { acquirer: 'Investor', target: 'Laborie', year: 2022 }],
    // A Nordic place in the genitive opening a name; a technology closing one.
    ['sv', '2023-03-01', 'Brookfield köper Göteborgs Energi från kommunen.', { acquirer: 'Brookfield', target: 'Göteborgs Energi' }],
    ['no', '2023-03-01', 'Allente overtok Viasat TV i 2020.', { acquirer: 'Allente', target: 'Viasat TV', year: 2020 }],
  ])('%s: %s', (_lang, publishedAt, text, expected) => {
    expectDeal(text, publishedAt, expected);
  });
});

describe('extractDocument: English words inside names on other pages, units of a company told by its short form', () => {
  test.each([
    // 'Price' is English: on a French page it goes on with the name. 'Le groupe' points to the company named before.
    ['fr', '2019-09-01', 'Casino est en difficulté. Le groupe annonce la cession de Leader Price à Aldi.', { acquirer: 'Aldi', target: 'Leader Price', seller: 'Casino' }],
    // 'Bonnier Broadcasting' is a unit of 'Bonnier AB', which the page also calls 'Bonnier': that company sells it.
    ['da', '2019-09-01', 'Bonnier AB har længe ejet tv-kanalerne. Bonnier ejer også forlag. Telia køber Bonnier Broadcasting for 9 milliarder kroner.', { acquirer: 'Telia', target: 'Bonnier Broadcasting', seller: 'Bonnier AB' }],
  ])('%s: %s', (_lang, publishedAt, text, expected) => {
    expectDeal(text, publishedAt, expected);
  });

  test('a merger with a unit of the buyer is the purchase told before it', () => {
    // One deal of the two (a merger on a tie, its sides listed alphabetically), not a second with the unit.
    expect(listed('DNB kjøper Carnegie. Carnegie skal slås sammen med DNB Markets.', '2024-01-10')).toEqual(['Carnegie → DNB (2024)']);
  });
});

describe('extractDocument: a clause of time after a noun phrase, a plural common word opening a sentence', () => {
  test.each([
    // 'after' opens a clause of its own: Boeing is its subject, not a name that 'its patience' describes.
    ['en', '2019-05-01', 'Analysts praised Airbus for its patience after Boeing tried to buy Embraer this year.', { acquirer: 'Boeing', target: 'Embraer' }],
    // 'Executives' names nobody: the seller is the company they speak for.
    ['en', '2018-01-01', 'Executives from Unilever said last month that the group had sold its spreads business to KKR.', { acquirer: 'KKR', seller: 'Unilever' }],
  ])('%s: %s', (_lang, publishedAt, text, expected) => {
    expectDeal(text, publishedAt, expected);
  });
});

describe("extractDocument: a merger's pair joined by 'with' or past a kind of company; German cues of a merger that collapses", () => {
  test.each([
    // dealsOf lists a merger's two sides alphabetically.
    ['en', '2019-01-01', 'The merger of Praxair with Linde was completed in 2018.', { kind: 'MERGER', acquirer: 'Linde', target: 'Praxair', year: 2018, status: 'COMPLETED' }],
    ['de', '2019-01-01', 'Die Fusion von Hoechst mit Rhône-Poulenc wurde 1999 vollzogen.', { kind: 'MERGER', acquirer: 'Hoechst', target: 'Rhône-Poulenc', year: 1999 }],
    ['de', '2019-01-01', 'Die Fusion zwischen dem Schweizer Chemiekonzern Clariant und dem Konkurrenten Huntsman platzte 2017.', { kind: 'MERGER', acquirer: 'Clariant', target: 'Huntsman', year: 2017, status: 'CANCELLED' }],
  ])('%s: %s', (_lang, publishedAt, text, expected) => {
    expectDeal(text, publishedAt, expected);
  });
});

describe('extractDocument: a name in apposition to a kind of company of another name, Dutch impairments, French past infinitives', () => {
  test.each([
    // 'moederbedrijf van Ikea, Ingka,' tells Ingka as a company; the news agency opening the page is no owner.
    ['nl', '2022-05-01', 'AMSTERDAM (ANP/REUTERS) - Het moederbedrijf van Ikea, Ingka, leed verlies. Het concern noemt een bijzondere waardevermindering van zijn belang in Hemtex als oorzaak.', { kind: 'WRITE_DOWN', acquirer: 'Ingka', target: 'Hemtex' }],
    // 'avoir cédé' after 'a annoncé'; a plus glued to a name stays in it.
    ['fr', '2013-11-05', 'Lagardère a annoncé avoir cédé sa participation de 20 % dans Canal+ France à Vivendi.', { acquirer: 'Vivendi', target: 'Canal+ France', seller: 'Lagardère' }],
  ])('%s: %s', (_lang, publishedAt, text, expected) => {
    expectDeal(text, publishedAt, expected);
  });
});

describe("extractDocument: units glued to a currency sign, 'respectively' lists that a clause goes on past, Dutch adverbs opening a sentence", () => {
  test("'250 M€' names no company 'M'", () => {
    const extraction = extractDocument('Le prix était de 250 M€. Fnac Darty a racheté Nature & Découvertes pour 120 M€.', { publishedAt: '2019-07-01' });
    expect(extraction.entities.map((entity) => entity.name)).not.toContain('M');
    expect(dealsOf(extraction)).toContainEqual(expect.objectContaining({ acquirer: 'Fnac Darty', target: 'Nature & Découvertes' }));
  });

  test.each([
    // The buyers are the first two after the verb; a company opening a compound describes the second.
    ['da', '2013-07-01', 'Unimerco og Scandlines er nu solgt til henholdsvis Sandvik og Allianz-fondens selskab, Allianz Capital Partners, mens DSV bliver på børsen.', { acquirer: 'Allianz Capital Partners', target: 'Scandlines' }],
    ['da', '2013-07-01', 'Unimerco og Scandlines er nu solgt til henholdsvis Sandvik og Allianz-fondens selskab, Allianz Capital Partners, mens DSV bliver på børsen.', { acquirer: 'Sandvik', target: 'Unimerco' }],
  ])('%s: %s', (_lang, publishedAt, text, expected) => {
    expectDeal(text, publishedAt, expected);
  });

  test("'Bijna' opening a sentence names nothing", () => {
    const extraction = extractDocument('Bijna een jaar na de fusie met Delhaize vertrekt de topman.', { publishedAt: '2017-07-01' });
    expect(extraction.entities.map((entity) => entity.name)).not.toContain('Bijna');
  });
});

describe('extractDocument: an office taken past a longer subject, failures in the Nordic languages, German nouns opening a phrase', () => {
  test("'übernahm der frühere Henkel-Chef die Leitung' takes an office, not a company", () => {
    expect(extractDocument('Im Januar übernahm der frühere Henkel-Chef die Leitung des Konkurrenten Beiersdorf.', { publishedAt: '2023-12-20' }).deals).toEqual([]);
  });

  test.each([
    ['no', '2000-01-01', 'Fusjonen mellom Volvo og Renault mislyktes i 1993.', { kind: 'MERGER', status: 'CANCELLED', year: 1993 }],
  ])('%s: %s', (_lang, publishedAt, text, expected) => {
    expectDeal(text, publishedAt, expected);
  });

  test("'Aus Sorge um …' names no company", () => {
    const extraction = extractDocument('Aus Sorge um den Standort stimmte der Betriebsrat der Fusion von Thyssen und Krupp 1999 zu.', { publishedAt: '2000-01-01' });
    expect(extraction.entities.map((entity) => entity.name)).not.toContain('Sorge');
  });
});

describe('extractDocument: interest told with a reflexive verb, a kind of company before a name that reads like a person, owners in apposition', () => {
  test.each([
    ['da', '2024-06-01', 'Carlsberg interesserer sig for Britvic.', { acquirer: 'Carlsberg', target: 'Britvic', status: 'RUMORED' }],
    ['de', '2021-08-26', 'Der Berliner Medienkonzern Axel Springer kauft Politico.', { acquirer: 'Axel Springer', target: 'Politico' }],
    // 'X, der Eigentümer von Y,' tells who sells Y.
    ['de', '2023-01-01', 'Ströer, der Eigentümer von T-Online, prüft einen Verkauf. Der Finanzinvestor Carlyle kauft T-Online.', { acquirer: 'Carlyle', target: 'T-Online', seller: 'Ströer' }],
  ])('%s: %s', (_lang, publishedAt, text, expected) => {
    expectDeal(text, publishedAt, expected);
  });

  test('a name told once as a company is that company where it reads like a person', () => {
    const extraction = extractDocument('Tobaksbolaget Philip Morris har lagt ett bud på Swedish Match. Enligt Philip Morris är budet slutligt.', { publishedAt: '2022-05-11' });
    expect(extraction.entities.filter((entity) => entity.name === 'Philip Morris').map((entity) => entity.type)).toEqual(['COMPANY']);
  });
});

describe('extractDocument: a stake in a company described at length', () => {
  test.each([
    ['en', '2007-05-10', 'Mahle is paying 300 million dollars for a stake in the Canadian auto parts maker Linamar.', { kind: 'STAKE', acquirer: 'Mahle', target: 'Linamar' }],
  ])('%s: %s', (_lang, publishedAt, text, expected) => {
    expectDeal(text, publishedAt, expected);
  });

  test("the description ends before a party's preposition ('av den svenske avisen fra LO')", () => {
    const deals = dealsOf(extractDocument('Schibsted kjøpte i 1996 49,9 prosent av den svenske avisen fra LO.', { publishedAt: '2020-01-01' }));
    expect(deals.map((deal) => deal.target)).not.toContain('LO');
  });
});

describe("extractDocument: French institutions written with a lower-case adjective, a unit noun completing another noun", () => {
  test.each([
    // 'Société générale' is one name; 'son portefeuille d'activités' is no unit of anyone.
    ['fr', '2021-04-08', "Pour recentrer son portefeuille d'activités, Société générale cède sa filiale Lyxor à Amundi.", { acquirer: 'Amundi', target: 'Lyxor', seller: 'Société générale' }],
  ])('%s: %s', (_lang, publishedAt, text, expected) => {
    expectDeal(text, publishedAt, expected);
  });

  test("no unit is read from 'son portefeuille d'activités'", () => {
    const extraction = extractDocument("Pour recentrer son portefeuille d'activités, Société générale cède sa filiale Lyxor à Amundi.", { publishedAt: '2021-04-08' });
    expect(extraction.entities.map((entity) => entity.name).filter((name) => name.includes('portefeuille'))).toEqual([]);
  });
});

describe('extractDocument: titles of several words opening a sentence, Nynorsk titles', () => {
  test.each([
    ['no', 'Brødrene Aa selger aksjer. Administrerende direktør Tor Aa vil ikke kommentere prisen.', 'Administrerende'],
    ['no', 'Verftet selde aksjar. Dagleg leiar Kari Aa vil ikkje kommentere prisen.', 'Dagleg'],
    ['sv', 'Bolaget sålde enheten. Verkställande direktören Anna Berg kommenterade inte priset.', 'Verkställande'],
  ])('%s: %s', (_lang, text, notACompany) => {
    const extraction = extractDocument(text, { publishedAt: '2020-01-01' });
    expect(extraction.entities.map((entity) => entity.name)).not.toContain(notACompany);
  });

  test("'dagleg leiar i X, Y,' makes Y the chief executive of X", () => {
    const extraction = extractDocument('Dagleg leiar i Fjord Line, Kari Aa, vil ikkje kommentere saka.', { publishedAt: '2020-01-01' });
    expect(rolesOf(extraction)).toContainEqual({ person: 'Kari Aa', org: 'Fjord Line', role: 'CEO' });
  });
});

test("extractDocument: 'i Danske Markets' names a company, a nationality and an English word on a Norwegian page", () => {
  const extraction = extractDocument('Kjøpet er fornuftig, mener analytiker Ola Berg i Danske Markets.', { publishedAt: '2020-01-01' });
  expect(rolesOf(extraction)).toContainEqual({ person: 'Ola Berg', org: 'Danske Markets', role: 'EMPLOYEE' });
});

describe('extractDocument: a speaker named with the company they speak from works there', () => {
  test.each([
    ['en', 'The price is fair, said Jane Smith at Barclays.', 'Jane Smith', 'Barclays'],
    ['sv', '– Budet är för lågt, säger Anna Berg på Carnegie till TT.', 'Anna Berg', 'Carnegie'],
  ])('%s: %s', (_lang, text, person, org) => {
    const extraction = extractDocument(text, { publishedAt: '2020-01-01' });
    expect(rolesOf(extraction)).toContainEqual({ person, org, role: 'EMPLOYEE' });
  });
});

describe('extractDocument: companies listed as wanting one company are each its rumoured buyer', () => {
  /** The rumoured purchases of the page as 'buyer → target [bidders]'. */
  function rumours(text: string, publishedAt: string): string[] {
    const extraction = extractDocument(text, { publishedAt });
    return extraction.deals
      .filter((deal) => deal.status === 'RUMORED')
      .map((deal) => `${nameOf(extraction, deal.acquirer)} → ${nameOf(extraction, deal.target)} [${deal.bidders.map((b) => nameOf(extraction, b)).sort().join(', ')}]`)
      .sort();
  }

  test.each([
    ['en', 'Heineken and Carlsberg have shown interest in Britvic, two bankers said.', ['Carlsberg → Britvic [Heineken]', 'Heineken → Britvic [Carlsberg]']],
    ['de', 'Die französische Danone und die schweizerische Nestlé sollen nach Angaben von Insidern Interesse an der Ehrmann AG haben.', ['Danone → Ehrmann AG [Nestlé]', 'Nestlé → Ehrmann AG [Danone]']],
    // The verb of buying after the interest is the same rumour, not a purchase with a seller.
    ['sv', 'Både Ikea och Bauhaus sägs vara intresserade av att köpa Clas Ohlson.', ['Bauhaus → Clas Ohlson [Ikea]', 'Ikea → Clas Ohlson [Bauhaus]']],
    // Unnamed others want it, and the names come after: 'among them'.
    ['en', 'Several buyout firms are eyeing Pandora, among them KKR and Bain Capital.', ['Bain Capital → Pandora [KKR]', 'KKR → Pandora [Bain Capital]']],
    // What they want is told by a phrase pointing back to the company told of before.
    ['de', 'Die Aareal Bank gilt als Übernahmekandidat. Die spanische Santander und die französische BNP Paribas sollen Interesse an dem Wiesbadener Institut haben.', ['BNP Paribas → Aareal Bank [Santander]', 'Santander → Aareal Bank [BNP Paribas]']],
    ['sv', 'Flera fonder sneglar nu på Clas Ohlson AB, bland dem EQT och Nordic Capital.', ['EQT → Clas Ohlson AB [Nordic Capital]', 'Nordic Capital → Clas Ohlson AB [EQT]']],
  ])('%s: %s', (_lang, text, expected) => {
    expect(rumours(text, '2023-05-01')).toEqual(expected);
  });

  test("'showed interest in X' is no stake in X", () => {
    expect(dealsOf(extractDocument('Unilever showed interest in Kraft Heinz last year, according to people close to the talks.', { publishedAt: '2018-03-01' }))).toContainEqual({ kind: 'ACQUISITION', acquirer: 'Unilever', target: 'Kraft Heinz', status: 'RUMORED', year: 2017 });
  });

  test('unnamed others wanting a company are not the company told of before', () => {
    const deals = dealsOf(extractDocument('Dagens Industri skriver att aktien steg. Flera fonder sneglar nu på Clas Ohlson AB.', { publishedAt: '2018-09-18' }));
    expect(deals.map((deal) => deal.acquirer)).not.toContain('Dagens Industri');
  });

  test("'lorgne la pépite d'X' wants a part of X, not X", () => {
    const deals = dealsOf(extractDocument("Thales lorgne la pépite de Atos dans la cybersécurité.", { publishedAt: '2024-03-01' }));
    expect(deals.map((deal) => `${deal.acquirer} → ${deal.target}`)).not.toContain('Thales → Atos');
  });

  test('interest told after an older deal with its year bids for the deal of now', () => {
    const extraction = extractDocument(
      'Der Gründer kauft die Sparte von Philips zurück. Er hatte sie geleitet, bevor Philips die Firma 2015 für 100 Millionen Euro übernahm. Auch Siemens und Bosch sollen Interesse an dem Geschäft gezeigt haben.',
      { publishedAt: '2019-06-01' },
    );
    const older = extraction.deals.find((deal) => deal.date?.year === 2015);
    expect(older?.bidders ?? []).toEqual([]);
  });
});

describe('extractDocument: offers told with their bidder after them, prices per share, separable verbs with long middles', () => {
  test.each([
    // 'die Übernahmeofferte von X' is X's offer; the company rejecting it is the one bid for.
    ['de', '2008-08-20', 'Porsche lehnt die Übernahmeofferte von Volkswagen als zu niedrig ab.', { kind: 'ACQUISITION', acquirer: 'Volkswagen', target: 'Porsche' }],
    // 'kjøpe opp 100 prosent': 'opp' is the verb's particle, not a price going up.
    ['no', '2020-07-16', 'Aker skal kjøpe opp 100 prosent av aksjene i Kvaerner, opplyser selskapet.', { kind: 'ACQUISITION', acquirer: 'Aker', target: 'Kvaerner' }],
    // 'schreibt … ab' past an object of ten words.
    ['de', '2008-11-01', 'Wegen der Finanzkrise schreibt die Allianz im dritten Quartal 400 Millionen Euro auf die Dresdner Bank ab.', { kind: 'WRITE_DOWN', acquirer: 'Allianz', target: 'Dresdner Bank' }],
    // A price per share of the company bid for names it.
    ['de', '2016-04-21', 'Metro legt ein Angebot von 150 Euro je Kaufhof-Aktie vor. Kaufhof prüft das Angebot.', { kind: 'ACQUISITION', acquirer: 'Metro', target: 'Kaufhof' }],
    // People of a country after a verb-second verb are the company of that country.
    ['de', '2016-04-21', 'Der deutsche Handelskonzern Metro und die französische Kette Carrefour liefern sich ein Bietergefecht. Jetzt buhlen die Franzosen um Kaufhof.', { kind: 'ACQUISITION', acquirer: 'Carrefour', target: 'Kaufhof', status: 'RUMORED' }],
  ])('%s: %s', (_lang, publishedAt, text, expected) => {
    expectDeal(text, publishedAt, expected);
  });

  test('an amount under a thousand is a price per share, never the value of the deal', () => {
    const extraction = extractDocument('Das Angebot von Metro für Kaufhof liegt mit 73 Euro knapp über dem Börsenkurs.', { publishedAt: '2016-04-21' });
    expect(extraction.deals.map((deal) => deal.amount?.value ?? null)).toEqual([null]);
  });

  test('places of a dateline joined by a slash are no company', () => {
    const extraction = extractDocument('BERLIN/PARIS (dpa-AFX) - Der Chemiekonzern Bayer kauft den Saatguthersteller Monsanto für 59 Milliarden Euro.', { publishedAt: '2016-09-14' });
    expect(extraction.entities.map((entity) => entity.name)).not.toContain('BERLIN/PARIS');
  });

  test("'der Übernahme von Anleihen' names no company", () => {
    const extraction = extractDocument('Den Rest bezahlen die Briten mit neuen Aktien und der Übernahme von Anleihen.', { publishedAt: '2023-12-21' });
    expect(extraction.entities.map((entity) => entity.name)).not.toContain('Anleihen');
  });
});

describe('extractDocument: Dutch stakes taken with a long middle, write-downs of what they concern, acronyms that keep a lost word, datelines', () => {
  test.each([
    ['nl', '2020-01-10', 'Gimv heeft een meerderheidsbelang van 70 procent genomen in Arvesta, de Belgische landbouwgroep.', { kind: 'ACQUISITION', acquirer: 'Gimv', target: 'Arvesta' }],
    ['nl', '2020-01-10', 'Gimv kocht vorig jaar Arvesta. Ook nam het fonds een belang van 20 procent in Hortimax Group.', { kind: 'STAKE', acquirer: 'Gimv', target: 'Hortimax Group' }],
    // 'Haven' opening the sentence is a common word, but '(HHR)' spells it into the name; the write-down concerns what
    // the goodwill is tied to, a web address.
    ['da', '2017-02-01', 'Haven Hotel & Resort (HHR) nedskriver 80 mio. kr. på goodwill knyttet til Wellness.dk.', { kind: 'WRITE_DOWN', acquirer: 'Haven Hotel & Resort', target: 'Wellness.dk' }],
  ])('%s: %s', (_lang, publishedAt, text, expected) => {
    expectDeal(text, publishedAt, expected);
  });

  test('the place of a dateline opening the text is no company', () => {
    const extraction = extractDocument('HOOFDDORP (AFN) - Randstad neemt Monster over voor 400 miljoen euro.', { publishedAt: '2016-08-09' });
    expect(extraction.entities.map((entity) => entity.name)).not.toContain('HOOFDDORP');
  });

  test('an older purchase with its own year and no named target does not date the deal of the day', () => {
    const extraction = extractDocument('Het winkelvastgoedconcern Klépierre neemt Corio over voor 7 miljard euro. In 2012 nam Klépierre een meerderheidsbelang van 56 procent in het Noorse steen.', { publishedAt: '2014-07-29' });
    expect(dealsOf(extraction)).toContainEqual({ kind: 'ACQUISITION', acquirer: 'Klépierre', target: 'Corio', status: 'PLANNED', year: 2014 });
  });
});

describe('extractDocument: one deal once its parties are in their place, adjectives that spell a verb', () => {
  test("a company whose name reads like a person's makes one merger, not two", () => {
    const deals = dealsOf(extractDocument('Elons aktieägare röstade i mars för samgåendet med Clas Ohlson AB. Konkurrensverket godkände nu sammanslagningen av Elon och Clas Ohlson.', { publishedAt: '2022-02-15' }));
    expect(deals.filter((deal) => deal.kind === 'MERGER')).toHaveLength(1);
  });

  test("'vi är säkra på att' is sure, not securing a company", () => {
    const deals = dealsOf(extractDocument('Bonnier har köpt 10 procent av Viaplay Group. Vi är säkra på att Viaplay kan växa, säger Bonniers koncernchef Anna Berg.', { publishedAt: '2023-07-20' }));
    expect(deals).toEqual([{ kind: 'STAKE', acquirer: 'Bonnier', target: 'Viaplay Group', status: 'COMPLETED', year: 2023 }]);
  });
});

describe('extractDocument: more Nordic first names, a reporting paper is not the company a title is held at', () => {
  test("'Alf-Helge', 'Øyvind', 'Kåre' open people's names", () => {
    const extraction = extractDocument('Alf-Helge Berg slutter som konsernsjef. Øyvind Dahl blir ny sjef, opplyser styreleder Kåre Lie.', { publishedAt: '2019-11-01' });
    const people = extraction.entities.filter((entity) => entity.type === 'PERSON').map((entity) => entity.name);
    expect(people).toEqual(expect.arrayContaining(['Alf-Helge Berg', 'Øyvind Dahl', 'Kåre Lie']));
  });

  test('a title with no company named is not held at the paper reporting the story', () => {
    const extraction = extractDocument('Handelen er avlyst, skriver E24. Kari Berg har vært konsernsjef siden 2015.', { publishedAt: '2018-07-01' });
    expect(rolesOf(extraction).map((role) => role.org)).not.toContain('E24');
  });
});

describe("extractDocument: 'offre de rachat de X' is X's offer, or after a possessive an offer for X", () => {
  test.each([
    ['fr', '2011-04-01', 'Danone renonce à son offre de rachat de son concurrent Parmalat.', { kind: 'ACQUISITION', acquirer: 'Danone', target: 'Parmalat', status: 'CANCELLED' }],
    ['fr', '2014-06-01', "Alstom a rejeté l'offre de rachat de Siemens. Siemens a annoncé mardi le retrait de son offre.", { kind: 'ACQUISITION', acquirer: 'Siemens', target: 'Alstom', status: 'CANCELLED' }],
  ])('%s: %s', (_lang, publishedAt, text, expected) => {
    expectDeal(text, publishedAt, expected);
  });
});

test("extractDocument: a Nordic genitive before a unit noun is its owner's name ('Vardfjells norske virksomhet')", () => {
  const extraction = extractDocument('Aker ASA kjøper Vardfjells norske virksomhet for 2 milliarder kroner.', { publishedAt: '2015-02-13' });
  expect(extraction.entities.map((entity) => entity.name)).toEqual(['Aker ASA', 'Vardfjell']);
});

test("extractDocument: a deal named as the yardstick after 'behind' or 'after' is not planned by the main clause's 'will'", () => {
  const text = "Verizon agreed to buy Vodafone's stake in Verizon Wireless. Analysts said the purchase will rank behind only Vodafone's takeover of Mannesmann in 1999.";
  expect(dealsOf(extractDocument(text, { publishedAt: '2013-09-02' }))).toContainEqual({ kind: 'ACQUISITION', acquirer: 'Vodafone', target: 'Mannesmann', status: 'COMPLETED', year: 1999 });
});

test("extractDocument: Dutch 'waar' opens a relative clause whose names are not the passive's subject", () => {
  const text = 'Regionale Media Groep (RMG), waar Tubantia en De Stentor onder vallen, is in 2015 door Persgroep overgenomen.';
  expect(dealsOf(extractDocument(text, { publishedAt: '2017-01-01' }))).toEqual([{ kind: 'ACQUISITION', acquirer: 'Persgroep', target: 'Regionale Media Groep', status: 'COMPLETED', year: 2015 }]);
});

test("extractDocument: Nynorsk 'aksjar i' is a stake and 'frå' names the seller", () => {
  const text = 'Fjordeigedom AS kjøper 3,8 millionar aksjar i Nordlys ASA frå Sunnmøre Holding AS.';
  expect(dealsOf(extractDocument(text, { publishedAt: '2021-07-01' }))).toEqual([{ kind: 'STAKE', acquirer: 'Fjordeigedom AS', target: 'Nordlys ASA', seller: 'Sunnmøre Holding AS', status: 'PLANNED', year: 2021 }]);
});

test("extractDocument: a French present participle opening a clause ('Ayant reçu …') names no company", () => {
  const extraction = extractDocument('Ayant étudié trois dossiers, M6 choisit Reworld Media pour ses magazines.', { publishedAt: '2022-01-01' });
  expect(extraction.entities.map((entity) => entity.name)).not.toContain('Ayant');
});

describe('extractDocument: the other party of an agreement about a named purchase sells', () => {
  test.each([
    ['nl', '2016-08-09', 'Randstad heeft met de investeerder Goldman Sachs overeenstemming bereikt over de overname van Monster.', { acquirer: 'Randstad', target: 'Monster', seller: 'Goldman Sachs' }],
    ['en', '2016-08-09', 'Randstad reached an agreement with Goldman Sachs on the acquisition of Monster.', { acquirer: 'Randstad', target: 'Monster', seller: 'Goldman Sachs' }],
  ])('%s: %s', (_lang, publishedAt, text, expected) => {
    expectDeal(text, publishedAt, expected);
  });
});

describe("extractDocument: event nouns with an amount glued on, 'de' before what is written down, a purchase named by its target", () => {
  test.each([
    // A first half that tells the size leaves the event noun the same.
    ['da', '2019-02-05', 'Carlsberg bogfører en milliardnedskrivning på Vestkyst Bryg efter et svagt år.', { kind: 'WRITE_DOWN', acquirer: 'Carlsberg', target: 'Vestkyst Bryg' }],
    ['de', '2018-06-07', 'Die Milliardenübernahme von Monsanto durch Bayer ist abgeschlossen.', { kind: 'ACQUISITION', acquirer: 'Bayer', target: 'Monsanto' }],
    // 'de' reads as 'from' first; before what is written down it is 'of'.
    ['fr', '2021-02-10', "Orange a confirmé jeudi la dépréciation de sa filiale Orange Belgium, pour 300 millions d'euros.", { kind: 'WRITE_DOWN', acquirer: 'Orange', target: 'Orange Belgium' }],
    // A purchase named by its target glued on, told with no buyer: the company the page tells of.
    ['sv', '2014-07-22', 'Energibolaget Vattenfall går med förlust i år. Enligt analytiker ligger det dyra Nuon-köpet från 2009 bakom. Nuons gaskraftverk är värda mindre nu.', { kind: 'ACQUISITION', acquirer: 'Vattenfall', target: 'Nuon' }],
  ])('%s: %s', (_lang, publishedAt, text, expected) => {
    expectDeal(text, publishedAt, expected);
  });

  test("'rekordsalg' is a year's takings, no sale of a business", () => {
    const extraction = extractDocument('Mærsk melder om rekordsalg i 2021, og Mærsk hæver forventningerne.', { publishedAt: '2021-11-02' });
    expect(extraction.deals).toEqual([]);
  });
});

describe("extractDocument: a merger's first party with its short form in parentheses, deals 'off the table'", () => {
  test.each([
    // The name's initials and one letter more are its short form; the pair reads past it.
    ['de', '2019-06-06', 'Die geplante Fusion von Baltic Chemicals (BCG) und Valtrion ist vom Tisch. BCG will allein weitermachen.', ['Baltic Chemicals', 'Valtrion']],
    ['en', '2019-06-06', 'The planned merger of Orion Foods and Delmar Brands is off the table, Orion Foods said on Monday.', ['Delmar Brands', 'Orion Foods']],
  ])('%s: %s', (_lang, publishedAt, text, parties) => {
    // A merger's two parties in either order.
    const mergers = dealsOf(extractDocument(text, { publishedAt })).filter((deal) => deal.kind === 'MERGER');
    expect(mergers.map((deal) => ({ parties: [deal.acquirer, deal.target].sort(), status: deal.status }))).toContainEqual({ parties, status: 'CANCELLED' });
  });
});

describe('extractDocument: a company named with a capital inside is no unit described in lower case', () => {
  test("'eVenture' stays a deal of its own beside the same buyer's later purchase", () => {
    const text = "Bolt Media bought eVenture for $2 billion in cash in 2009. eVenture's software runs ad auctions. It was the biggest acquisition of Bolt Media at the time, exceeded only by its purchase of Streamly in 2014.";
    const deals = dealsOf(extractDocument(text, { publishedAt: '2016-03-01' }));
    expect(deals).toContainEqual(expect.objectContaining({ acquirer: 'Bolt Media', target: 'eVenture', year: 2009 }));
    expect(deals).toContainEqual(expect.objectContaining({ acquirer: 'Bolt Media', target: 'Streamly', year: 2014 }));
  });
});

describe('extractDocument: a list of purchases each told with its own noun, genitives before them, a digit inside a name', () => {
  const text = 'Årets største handler var blandt andet Havbros køb af en ejerandel i Kystvind Holding, fusionen mellem Group 7 Shipping og Baltline, Elmarks køb af Vestnet og Telecos køb af Nordnet.';
  const deals = () => dealsOf(extractDocument(text, { publishedAt: '2004-12-01' }));

  test("a share told at the first noun is no share of the purchases listed after it; 'Elmarks køb' is Elmark's", () => {
    expect(deals()).toContainEqual(expect.objectContaining({ kind: 'ACQUISITION', acquirer: 'Elmark', target: 'Vestnet' }));
    expect(deals()).toContainEqual(expect.objectContaining({ kind: 'ACQUISITION', acquirer: 'Teleco', target: 'Nordnet' }));
  });

  test("'Group 7 Shipping' is one name", () => {
    const merger = deals().find((deal) => deal.kind === 'MERGER');
    expect([merger?.acquirer, merger?.target].sort()).toEqual(['Baltline', 'Group 7 Shipping']);
  });
});

describe('extractDocument: a stake raised is a stake bought; a phrase pointing back inside a verb with a gap', () => {
  test.each([
    ['en', 'Harwick Capital has raised its stake in Selvane Foods to 17.5 percent.', { kind: 'STAKE', acquirer: 'Harwick Capital', target: 'Selvane Foods' }],
    ['nl', 'Harwick Capital heeft zijn belang in Selvane Foods vergroot tot 17,5 procent.', { kind: 'STAKE', acquirer: 'Harwick Capital', target: 'Selvane Foods' }],
    ['de', 'Harwick Capital hat seine Beteiligung an Selvane Foods auf 17,5 Prozent erhöht.', { kind: 'STAKE', acquirer: 'Harwick Capital', target: 'Selvane Foods' }],
    ['da', 'Harwick Capital har øget sin ejerandel i Selvane Foods til 17,5 procent.', { kind: 'STAKE', acquirer: 'Harwick Capital', target: 'Selvane Foods' }],
    ['no', 'Harwick Capital har økt sin eierandel i Selvane Foods til 17,5 prosent.', { kind: 'STAKE', acquirer: 'Harwick Capital', target: 'Selvane Foods' }],
    ['sv', 'Harwick Capital har ökat sitt innehav i Selvane Foods till 17,5 procent.', { kind: 'STAKE', acquirer: 'Harwick Capital', target: 'Selvane Foods' }],
    ['fr', 'Harwick Capital a relevé sa participation dans Selvane Foods à 17,5 %.', { kind: 'STAKE', acquirer: 'Harwick Capital', target: 'Selvane Foods' }],
    // 'het bedrijf' inside 'neemt … over' is the company named before.
    ['nl', 'Het Britse voedingsbedrijf Selvane Foods meldt goede cijfers. Harwick Capital neemt het bedrijf over.', { kind: 'ACQUISITION', acquirer: 'Harwick Capital', target: 'Selvane Foods' }],
  ])('%s: %s', (_lang, text, expected) => {
    expectDeal(text, '2024-06-01', expected);
  });
});

describe("extractDocument: a purchase that 'comes to nothing' is called off", () => {
  test.each([
    ['da', 'Havbro Energis opkøb af Kystvind Holding bliver ikke til noget, oplyser selskabet.', { acquirer: 'Havbro Energi', target: 'Kystvind Holding', status: 'CANCELLED' }],
    ['da', 'Parterne har besluttet, at Havbro Energis køb af Kystvind Holding ikke vil blive realiseret.', { acquirer: 'Havbro Energi', target: 'Kystvind Holding', status: 'CANCELLED' }],
  ])('%s: %s', (_lang, text, expected) => {
    expectDeal(text, '2022-10-24', expected);
  });
});

describe('extractDocument: words that open a phrase or stand without an article name no company', () => {
  const namesIn = (text: string) => extractDocument(text, { publishedAt: '2021-02-01' }).entities.map((entity) => entity.name);

  test("'Citing the write-down of X, …': an English participle before a determiner", () => {
    const names = namesIn('Citing the write-down of Selvane Foods, Harwick Capital said its profit fell sharply. Harwick bought Selvane in 2019.');
    expect(names).not.toContain('Citing');
    expect(names).toEqual(expect.arrayContaining(['Selvane Foods', 'Harwick Capital']));
  });

  test("'auf Geschäfte in Polen', 'Vorteile', 'von Komponenten': German nouns without an article", () => {
    const names = namesIn('Der Versorger Harwick Energie schreibt rund 2 Milliarden Euro auf Geschäfte in Polen ab. Eine Fusion hätte für beide Seiten Vorteile gebracht. Hersteller von Komponenten legten zu.');
    expect(names).toEqual(['Harwick Energie']);
  });

  test("'Modemerken X en Y worden verkocht aan Z': a Dutch kind of business opening the sentence is no part of a name", () => {
    const text = 'Modemerken Selvane en Orvik worden verkocht aan Harwick Capital, meldt het bedrijf.';
    expect(namesIn(text)).toEqual(['Selvane', 'Orvik', 'Harwick Capital']);
    expect(dealsOf(extractDocument(text, { publishedAt: '2021-02-01' })).map((deal) => deal.target).sort()).toEqual(['Orvik', 'Selvane']);
  });
});

describe('extractDocument: a verb inside an English name, a share its holder sells, a seller told as the previous owner', () => {
  test("'the stake X holds in their shared Y business': Y is bought and X sells; 'Pay' goes on with a name", () => {
    const text = 'Harwick Capital agreed to buy the 40 percent stake Selvane Pay Incorporated holds in their shared Selvane Pay Nordic business for £300 million.';
    expect(dealsOf(extractDocument(text, { publishedAt: '2013-04-29' }))).toEqual([expect.objectContaining({ acquirer: 'Harwick Capital', target: 'Selvane Pay Nordic', seller: 'Selvane Pay Incorporated' })]);
  });

  test.each([
    ['de', 'Harwick Industrie kauft den belgischen Zulieferer Selvane Electronics. Bisheriger Eigentümer war die Beteiligungsgesellschaft Orvik Capital.'],
    ['en', 'Harwick Industries has bought Selvane Electronics. The previous owner was Orvik Capital.'],
    ['sv', 'Harwick Industri köper Selvane Electronics. Den tidigare ägaren är riskkapitalbolaget Orvik Capital.'],
  ])('%s: %s', (_lang, text) => {
    expect(dealsOf(extractDocument(text, { publishedAt: '2011-06-01' }))).toEqual([expect.objectContaining({ target: 'Selvane Electronics', seller: 'Orvik Capital' })]);
  });
});

describe('extractDocument: a bid for a company described before a comma; names told beside a sale; a valuation after an offer', () => {
  test.each([
    ['Harwick Group, a Danish brewer, lifted its takeover bid for the Chilean wine maker, Selvane Wines (SW), to 4 dollars a share.', 'Harwick Group', 'Selvane Wines'],
    ['DUTCH media and printing group, Harwick, sweetened its hostile bid for the books and magazines publishing company, Selvane, on Monday.', 'Harwick', 'Selvane'],
  ])('%s', (text, acquirer, target) => {
    expect(dealsOf(extractDocument(text, { publishedAt: '2003-01-10' }))).toEqual([expect.objectContaining({ kind: 'ACQUISITION', acquirer, target })]);
  });

  test("'Foruden X afhænder Y …': the name after 'besides' sells nothing, and the total price is the sale's", () => {
    const text = 'Havbro Energi sælger sit fjernvarmeselskab, Nordnet Varme, til Vestkraft. Foruden Nordnet Varme afhænder Havbro Energi også sin servicedivision til Vestkraft. Det samlede salg sker for 2,3 milliarder kroner.';
    const extraction = extractDocument(text, { publishedAt: '2019-09-01' });
    expect(dealsOf(extraction)).toContainEqual(expect.objectContaining({ acquirer: 'Vestkraft', target: 'Nordnet Varme', seller: 'Havbro Energi' }));
    expect(dealsOf(extraction).map((deal) => deal.target)).not.toContain('Havbro Energi');
    expect(extraction.deals.find((deal) => nameOf(extraction, deal.target) === 'Nordnet Varme')?.amount).toEqual(expect.objectContaining({ value: 2.3e9, currency: 'DKK' }));
  });

  test("'X wordt zo op 900 miljoen euro gewaardeerd': a valuation of the company bid for is the offer's amount", () => {
    const text = 'Investeringsmaatschappij Harwick Capital wil de webwinkel Selvane kopen en biedt 12 euro per aandeel. Volgens analisten wordt Selvane zo op 900 miljoen euro gewaardeerd.';
    const extraction = extractDocument(text, { publishedAt: '2021-08-13' });
    expect(dealsOf(extraction)).toEqual([expect.objectContaining({ acquirer: 'Harwick Capital', target: 'Selvane' })]);
    expect(extraction.deals[0]?.amount).toEqual(expect.objectContaining({ value: 9e8, currency: 'EUR' }));
  });
});

describe("extractDocument: Dutch 'De' inside a name, an ampersand before a particle, words that open sentences", () => {
  test("'ZWOLLE (ANP) - Zuivelbedrijf X koopt de kaasmakerij De Y'", () => {
    const text = 'ZWOLLE (ANP) - Zuivelbedrijf Harwick koopt de kaasmakerij De Hoeve Kaas. Het Belgische bedrijf Orvik reageerde niet.';
    const extraction = extractDocument(text, { publishedAt: '2020-10-01' });
    expect(dealsOf(extraction)).toEqual([expect.objectContaining({ acquirer: 'Harwick', target: 'De Hoeve Kaas' })]);
    expect(extraction.entities.map((entity) => entity.name)).not.toContain('Het');
  });

  test("'Harwick & van Selvane (HvS)' is one name, and so is the acronym after it", () => {
    const text = 'De holding Harwick & van Selvane (HvS) neemt een belang van 20 procent in Orvik Sciences. HvS betaalt daarvoor 30 miljoen euro.';
    const extraction = extractDocument(text, { publishedAt: '2018-05-01' });
    expect(dealsOf(extraction)).toEqual([expect.objectContaining({ kind: 'STAKE', acquirer: 'Harwick & van Selvane', target: 'Orvik Sciences' })]);
    expect(extraction.deals[0]?.amount).toEqual(expect.objectContaining({ value: 30e6, currency: 'EUR' }));
  });

  test("'Prior to …' and 'US GAAP' name nothing", () => {
    const extraction = extractDocument('Prior to the offer, US GAAP revenues of Selvane Europe Ltd fell, said Harwick, which is buying the company.', { publishedAt: '2013-04-29' });
    expect(extraction.entities.map((entity) => entity.name)).toEqual(expect.arrayContaining(['Selvane Europe Ltd']));
    expect(extraction.entities.map((entity) => entity.name).filter((name) => /Prior|GAAP/u.test(name))).toEqual([]);
    expect(dealsOf(extraction).map((deal) => deal.acquirer)).toEqual(['Harwick']);
  });
});

describe('extractDocument: passives with words inside, a share sized after its noun, the buyer told after a sale', () => {
  test("'X blev sidste sommer overtaget af pensionskasserne A og B'", () => {
    const deals = dealsOf(extractDocument('Selvane blev sidste sommer overtaget af pensionskasserne Harwick Pension og Orvik Pension.', { publishedAt: '2018-07-01' }));
    expect(deals).toContainEqual(expect.objectContaining({ acquirer: 'Harwick Pension', target: 'Selvane' }));
    expect(deals.map((deal) => deal.acquirer)).not.toContain('Selvane');
  });

  test("'overtager Xs ejerandel på 30 pct. i Y': Y's share is bought from X", () => {
    expectOneDeal('Harwick overtager Orviks ejerandel på 30 pct. i Selvane for 400 mio. kr.', '2017-07-10', { acquirer: 'Harwick', target: 'Selvane', seller: 'Orvik' });
  });

  test("'Køberen er den voksende kemikoncern X' after a sale, past a relative clause that sells goods", () => {
    const text = 'For et ukendt beløb har stifterfamilien nu solgt familievirksomheden Selvane, der udvikler og sælger maling til byggeriet. Køberen er den voksende kemikoncern Harwick, oplyser selskabet.';
    expect(dealsOf(extractDocument(text, { publishedAt: '2019-12-01' }))).toContainEqual(expect.objectContaining({ acquirer: 'Harwick', target: 'Selvane' }));
  });

  test("'til X ble endelig overtatt': 'til' before the verb is 'until', naming no buyer", () => {
    const deals = dealsOf(extractDocument('Harwick kjøpte Selvane i juni. Kursen falt mellom avtalen ble kjent, og til Selvane ble endelig overtatt i oktober.', { publishedAt: '2015-03-01' }));
    expect(deals.map((deal) => deal.acquirer)).not.toContain('Selvane');
  });
});

describe('extractDocument: partners named before a comma, German nouns after a neuter adjective', () => {
  test("'Harwick, Selvane & Orvik (HS&O)' is one name", () => {
    const names = extractDocument('Bankers at Harwick, Selvane & Orvik (HS&O) advised the seller on the sale of the unit.', { publishedAt: '2021-07-02' }).entities.map((entity) => entity.name);
    expect(names).toContain('Harwick, Selvane & Orvik');
    expect(names).not.toContain('Harwick');
  });

  test("'gab grünes Licht für den Kauf von X durch Y': a capitalised word after a neuter adjective is a noun", () => {
    const extraction = extractDocument('Die Behörde gab am Montag grünes Licht für den Kauf von Selvane durch Harwick.', { publishedAt: '2012-05-01' });
    expect(dealsOf(extraction)).toEqual([expect.objectContaining({ acquirer: 'Harwick', target: 'Selvane' })]);
    expect(extraction.entities.map((entity) => entity.name)).not.toContain('Licht');
  });
});

describe("extractDocument: a legal form alone, the Takeover Panel, 'X rival Y'", () => {
  test("'Holding (Group) Co.,Ltd.': 'Group', 'Co.' and 'Ltd.' alone name no company", () => {
    const names = extractDocument('Die Harwick Holding (Group) Co.,Ltd. übernimmt die Selvane Holding für 300 Millionen Euro.', { publishedAt: '2018-06-01' }).entities.map((entity) => entity.name);
    expect(names).toContain('Selvane Holding');
    expect(names.filter((name) => /^(?:Group|Co\.?|Ltd\.?)$/u.test(name))).toEqual([]);
    expect(dealsOf(extractDocument('Die Harwick Holding (Group) Co.,Ltd. übernimmt die Selvane Holding für 300 Millionen Euro.', { publishedAt: '2018-06-01' }))).toEqual([expect.objectContaining({ acquirer: 'Harwick Holding', target: 'Selvane Holding' })]);
  });

  test('a takeover panel sets deadlines and buys nothing', () => {
    const extraction = extractDocument('The Takeover Panel set a deadline for a bid for Selvane Foods by Harwick Capital, the regulator said on Monday.', { publishedAt: '2021-07-02' });
    expect(extraction.entities.map((entity) => entity.name)).toEqual(expect.arrayContaining(['Harwick Capital', 'Selvane Foods']));
    expect(dealsOf(extraction).map((deal) => deal.acquirer)).not.toContain('Panel');
  });

  test("'to acquire X rival Y': Y is bought", () => {
    expectOneDeal('Harwick Capital agreed to acquire Orvik Systems rival Selvane Software for $4 billion.', '1998-11-23', { acquirer: 'Harwick Capital', target: 'Selvane Software' });
  });
});

describe('extractDocument: an event noun with its agent before what it buys', () => {
  test.each([
    ['en', 'The acquisition by Harwick Capital of Selvane Foods was completed yesterday.'],
    ['fr', "Le rachat par Harwick Capital de Selvane Foods a été finalisé hier."],
    ['de', 'Die Übernahme durch Harwick Capital von Selvane Foods wurde gestern abgeschlossen.'],
    ['nl', 'De overname door Harwick Capital van Selvane Foods werd gisteren afgerond.'],
  ])('%s: %s', (_lang, text) => {
    expectOneDeal(text, '2020-07-01', { kind: 'ACQUISITION', acquirer: 'Harwick Capital', target: 'Selvane Foods' });
  });
});

describe('extractDocument: a paragraph of quoted speech', () => {
  test('a paragraph opened by »…« is prose: the speaker and the title after the quotation are read', () => {
    const text = 'Harwick har købt Selvane for 400 mio. kr.\n\n»Vi får flere kunder i Norden. Prisen er rimelig,« siger Mette Lind, administrerende direktør hos Harwick, i en meddelelse.';
    const extraction = extractDocument(text, { publishedAt: '2019-09-02' });
    expect(rolesOf(extraction)).toContainEqual(expect.objectContaining({ person: 'Mette Lind', org: 'Harwick', role: 'CEO' }));
  });
});

describe('extractDocument: roles told with a company before the title, a form of address, a French abbreviation, in Nynorsk', () => {
  test.each([
    ['en', 'Orvik raised its offer for Selvane Group. That left Roger Harwood, the Selvane Group chief executive, with little choice.', 'Roger Harwood', 'Selvane Group', 'CEO'],
    ['en', 'Orvik Holdings raised its bid for Selvane. Orvik Holdings chief executive, Mr Gerry Vance, said the new offer would win.', 'Gerry Vance', 'Orvik Holdings', 'CEO'],
    ['fr', 'Selvane Alliance et Orvik vont fusionner. « Il y aura un seul siège », explique Thierry Lavaud, DG de Selvane Alliance.', 'Thierry Lavaud', 'Selvane Alliance', 'CEO'],
    ['fr', 'La fusion entre Orvik et Selvane est officielle. Thierry Lavaud, DG d’Orvik, prévenait en avril que celle-ci arriverait.', 'Thierry Lavaud', 'Orvik', 'CEO'],
    ['fr', 'Orvik rachète une part de Selvane. Le projet est logique, a déclaré Gilbert Garnier, son directeur général.', 'Gilbert Garnier', 'Orvik', 'CEO'],
    ['no', 'Harwick og Selvane slår seg saman. Det er bra, seier administrerande direktør Anders Ek i Selvane i ei pressemelding.', 'Anders Ek', 'Selvane', 'CEO'],
  ])('%s: %s', (_lang, text, person, org, role) => {
    expect(rolesOf(extractDocument(text, { publishedAt: '2021-05-03' }))).toContainEqual(expect.objectContaining({ person, org, role }));
  });
});

describe('extractDocument: one name written with and without a space', () => {
  test("'Harwick Krupp' and 'HarwickKrupp' are one company", () => {
    const text = 'Der Konzern Harwick Krupp verkauft die Werft Selvane an die Orvik AG. HarwickKrupp hatte die Werft 2005 gekauft.';
    expect(extractDocument(text, { publishedAt: '2021-05-03' }).entities.map((entity) => entity.name)).toEqual(['Harwick Krupp', 'Selvane', 'Orvik AG']);
  });
});

describe("extractDocument: a name with a plus inside, a glued kind of company, a year before 'founded'", () => {
  test("'K+S'-shaped names stay whole", () => {
    const extraction = extractDocument('Orvik Corp wants to buy H+V, a maker of pumps.', { publishedAt: '2015-07-02' });
    expect(dealsOf(extraction)).toEqual([expect.objectContaining({ acquirer: 'Orvik Corp', target: 'H+V' })]);
  });

  test("'die Harwick-Gruppe' is Harwick where the page writes Harwick alone", () => {
    const text = 'Im Frühjahr hat die Harwick-Gruppe den Händler Selvane gekauft. Harwick wächst damit im Norden.';
    expect(dealsOf(extractDocument(text, { publishedAt: '2010-01-20' }))).toEqual([expect.objectContaining({ acquirer: 'Harwick', target: 'Selvane' })]);
  });

  test.each([
    ['de', 'Die Harwick AG kauft die 1871 gegründete Brauerei Selvane.', 'Harwick AG', 'Selvane'],
    ['da', 'Det i 1902 grundlagte Orvik sælges til Vantor.', 'Vantor', 'Orvik'],
  ])('%s: the founding year does not date the sale: %s', (_lang, text, acquirer, target) => {
    expect(dealsOf(extractDocument(text, { publishedAt: '2010-02-01' }))).toEqual([expect.objectContaining({ acquirer, target, year: 2010 })]);
  });
});

describe('extractDocument: a pursuit dropped, a merger given up as announced, a post handed from person to person', () => {
  test.each([
    ['en', 'Orvik has dropped its pursuit of Selvane after the board asked for more money.', { acquirer: 'Orvik', target: 'Selvane', status: 'CANCELLED' }],
    ['fr', "Orvik et Selvane ont annoncé mardi renoncer à leur projet de fusion, faute d'accord des autorités.", { kind: 'MERGER', status: 'CANCELLED' }],
    // A renunciation that may come is no renunciation.
    ['fr', "Selvane a signé la vente de sa filiale Orvik à Harwick. Si les juges lui donnent raison, Selvane pourra renoncer à la vente.", { acquirer: 'Harwick', target: 'Orvik', status: 'PLANNED' }],
  ])('%s: %s', (_lang, text, expected) => {
    expect(dealsOf(extractDocument(text, { publishedAt: '2022-09-16' }))).toEqual([expect.objectContaining(expected)]);
  });

  test("'wo X von Y übernommen hat' hands over a post: no deal, and two people", () => {
    const extraction = extractDocument('Geplant war der Wechsel an der Spitze von Orvik, wo im Frühjahr Sanjiv Rao von Steve Holm übernommen hat.', { publishedAt: '2022-12-01' });
    expect(extraction.deals).toEqual([]);
    expect(extraction.entities.filter((entity) => entity.type === 'PERSON').map((entity) => entity.name)).toEqual(['Sanjiv Rao', 'Steve Holm']);
  });
});

describe("extractDocument: a cue word inside a hyphenated name, shares 'of' a company, Dutch 'afboeken'", () => {
  test.each([
    ['fr', "Harwick s'est offert Compte-Selvane l'an dernier.", { acquirer: 'Harwick', target: 'Compte-Selvane', status: 'COMPLETED' }],
    ['en', 'Orvik plans to buy another 12 million shares of Selvane.', { kind: 'STAKE', acquirer: 'Orvik', target: 'Selvane' }],
    ['nl', 'Harwick gaat volgend kwartaal 250 miljoen euro af te boeken op zijn belang in Selvane.', { kind: 'WRITE_DOWN', acquirer: 'Harwick', target: 'Selvane' }],
    ['nl', 'Harwick boekte vorig jaar 300 miljoen euro af op Selvane.', { kind: 'WRITE_DOWN', acquirer: 'Harwick', target: 'Selvane', status: 'COMPLETED' }],
  ])('%s: %s', (_lang, text, expected) => {
    expect(dealsOf(extractDocument(text, { publishedAt: '2018-01-17' }))).toEqual([expect.objectContaining(expected)]);
  });
});

describe('extractDocument: a title after a comma in a list of titles, a Norwegian title after an adverb', () => {
  test.each([
    ['da', 'Harwick køber Selvane. Ledelsen i Harwick tæller fremover den kommende topchef, finansdirektør Patrick Lund og Mette Holm.', 'Patrick Lund', 'Harwick', 'EXECUTIVE'],
    ['no', 'Sparebank 1 Orvik og Selvane fusjonerer. Benedicte Holm, nå sjef i Sparebank 1 Orvik, blir leder for den nye banken.', 'Benedicte Holm', 'Sparebank 1 Orvik', 'CEO'],
  ])('%s: %s', (_lang, text, person, org, role) => {
    const found = rolesOf(extractDocument(text, { publishedAt: '2022-09-21' })).filter((r) => r.person === person);
    expect(found).toEqual([expect.objectContaining({ person, org, role })]);
  });
});

describe("extractDocument: Dutch 'kondigde aan', an acronym spelt out in parentheses, two capitals before 'Group'", () => {
  test("'kondigde aan het bedrijf X over te nemen': 'aan' is the verb's, X is bought", () => {
    expect(dealsOf(extractDocument('Orvik kondigde aan het Duitse familiebedrijf Selvane over te nemen.', { publishedAt: '2018-06-05' }))).toEqual([expect.objectContaining({ acquirer: 'Orvik', target: 'Selvane' })]);
  });

  test("'HPS SAS (Harwick Pompes et Services)' is one company, the acronym", () => {
    const text = 'Orvik Industries kondigde aan het bedrijf HPS SAS (Harwick Pompes et Services) over te nemen. HPS heeft 95 werknemers.';
    const extraction = extractDocument(text, { publishedAt: '2018-06-05' });
    expect(dealsOf(extraction)).toEqual([expect.objectContaining({ acquirer: 'Orvik Industries', target: 'HPS SAS' })]);
    expect(extraction.entities.map((entity) => entity.name)).toEqual(['Orvik Industries', 'HPS SAS']);
  });

  test("'HW' after 'HW Group' is the same company", () => {
    const text = 'HW Group heeft zijn bod op Selvane gestand gedaan. Selvane stemde eerder in met het overnamebod van HW van 1,1 miljard euro.';
    const extraction = extractDocument(text, { publishedAt: '2017-01-05' });
    expect(extraction.entities.map((entity) => entity.name)).toEqual(['HW Group', 'Selvane']);
    expect(dealsOf(extraction)).toEqual([expect.objectContaining({ acquirer: 'HW Group', target: 'Selvane' })]);
  });
});

describe("extractDocument: German 'beteiligt sich an', 'kauft dem X die Y ab', a subject before a modal or after 'dass'", () => {
  test.each([
    ['Orvik & Co beteiligt sich mit 200 Millionen Euro an Selvane Genetics.', { kind: 'STAKE', acquirer: 'Orvik & Co', target: 'Selvane Genetics' }],
    ['Der Konzern Harwick kauft der Brauerei Orvik die Biermarke Selvane ab.', { acquirer: 'Harwick', target: 'Selvane', seller: 'Orvik' }],
    ['Dass Harwick dem schwedischen Konzern Orvik den Softwareanbieter Selvane abkaufen will, überrascht die Börse.', { acquirer: 'Harwick', target: 'Selvane', seller: 'Orvik' }],
    ['Nun will Harwick die Firma Selvane kaufen.', { acquirer: 'Harwick', target: 'Selvane' }],
    ['Es heißt, dass Harwick die Firma Selvane kaufen will.', { acquirer: 'Harwick', target: 'Selvane' }],
  ])('%s', (text, expected) => {
    expect(dealsOf(extractDocument(text, { publishedAt: '2020-09-14' }))).toEqual([expect.objectContaining(expected)]);
  });
});

describe('extractDocument: a merger that came to nothing, told in a subordinate clause', () => {
  test.each([
    ['no', 'Harwick Sparebank og Selvane Sparebank forhandlet om en fusjon i 2015. Ingen av bankene vil forklare hvorfor fusjonen ikke ble noe av.'],
    ['sv', 'Harwick och Selvane förhandlade om en fusion 2015. Bolagen har inte velat säga varför fusionen inte blev av.'],
    ['da', 'Harwick og Selvane forhandlede om en fusion i 2015. Selskaberne vil ikke sige, hvorfor fusionen ikke blev til noget.'],
  ])('%s: %s', (_lang, text) => {
    expect(dealsOf(extractDocument(text, { publishedAt: '2017-03-01' }))).toEqual([expect.objectContaining({ kind: 'MERGER', status: 'CANCELLED' })]);
  });
});

describe("extractDocument: a genitive before an amount and a name glued to the noun buys that name", () => {
  test("'Lind was the architect of Orvik's $2 billion Selvane acquisition': Orvik bought Selvane", () => {
    const text = 'Lind was the architect of Orvik’s $2 billion Selvane acquisition last year.';
    expect(dealsOf(extractDocument(text, { publishedAt: '2020-01-31' }))).toEqual([expect.objectContaining({ acquirer: 'Orvik', target: 'Selvane', year: 2019 })]);
  });
});

describe("extractDocument: German 'des XY-Konzerns', an article after a name, generic acronyms of investing", () => {
  test("'wird Vorstandsvorsitzender des HW-Konzerns': a chief executive of HW", () => {
    expect(rolesOf(extractDocument('Peter Lind wird Vorstandsvorsitzender des HW-Konzerns.', { publishedAt: '2022-12-01' }))).toEqual([expect.objectContaining({ person: 'Peter Lind', org: 'HW', role: 'CEO' })]);
  });

  test("'von Doug Harwood den Chefposten': the article is no part of the name", () => {
    const extraction = extractDocument('Bei Orvik übernahm Robert Lind im Mai von Doug Harwood den Chefposten.', { publishedAt: '2022-12-01' });
    expect(extraction.entities.filter((entity) => entity.type === 'PERSON').map((entity) => entity.name)).toEqual(['Robert Lind', 'Doug Harwood']);
  });

  test("'PE-fondet' names no company", () => {
    const extraction = extractDocument('PE-fondet Harwick Partners kjøper Selvane for 300 millioner kroner.', { publishedAt: '2022-12-01' });
    expect(extraction.entities.map((entity) => entity.name)).toEqual(['Harwick Partners', 'Selvane']);
  });
});

describe("extractDocument: a colon opens a clause whose article is no preposition; 'greift nach'; investors of no name", () => {
  test.each([
    ['Orvik wächst: Der Autobauer Harwick kauft die Batteriefirma Selvane.', [{ acquirer: 'Harwick', target: 'Selvane' }]],
    ['Orvik greift mit einem Milliardenangebot nach dem Versandhändler Selvane.', [{ acquirer: 'Orvik', target: 'Selvane', status: 'RUMORED' }]],
    // Investors in general buy nothing named, and are no company told of before.
    ['Harwick kauft Orvik. Finanzinvestoren kaufen meist Firmen, um deren Expansion zu beschleunigen.', [{ acquirer: 'Harwick', target: 'Orvik' }]],
  ])('%s', (text, expected) => {
    expect(dealsOf(extractDocument(text, { publishedAt: '2016-12-20' }))).toEqual(expected.map((deal) => expect.objectContaining(deal)));
  });
});

describe('extractDocument: a title of a company in apposition, past a relative clause on the company', () => {
  test.each([
    ['da', 'Harwick køber Selvane. Bestyrelsesformand i Orvik Fonden, der ejer en fjerdedel af Harwick, Jens Holm, kalder handlen fornuftig.', 'Jens Holm', 'Orvik Fonden', 'CHAIRMAN'],
    ['en', 'Harwick bought Selvane. The chairman of Orvik Trust, which owns a quarter of Harwick, Jane Holm, called the price fair.', 'Jane Holm', 'Orvik Trust', 'CHAIRMAN'],
  ])('%s: %s', (_lang, text, person, org, role) => {
    expect(rolesOf(extractDocument(text, { publishedAt: '2009-12-17' })).filter((r) => r.person === person)).toEqual([expect.objectContaining({ person, org, role })]);
  });
});

describe("extractDocument: a French department capitalised ('la Rédaction') is no company", () => {
  test("'directeur de la Rédaction de Radio Orvik': head at Radio Orvik", () => {
    const text = "Jean Lavaud, directeur de la Rédaction de Radio Orvik, pense que Selvane relèvera son offre.";
    const extraction = extractDocument(text, { publishedAt: '2014-04-01' });
    expect(rolesOf(extraction)).toEqual([expect.objectContaining({ person: 'Jean Lavaud', org: 'Radio Orvik', role: 'HEAD' })]);
  });
});

describe('extractDocument: an announcement of a deal told in a past tense reports it done', () => {
  test.each([
    ['Harwick announced on Monday that it has acquired Selvane.', 'COMPLETED'],
    ['Harwick affirme avoir racheté Selvane pour 20 millions d’euros.', 'COMPLETED'],
    ['Harwick meddelte i går, at selskabet har købt Selvane.', 'COMPLETED'],
    ['Orvik a annoncé avoir vendu sa participation de 25 % dans Selvane au groupe Harwick.', 'COMPLETED'],
    // A deal to come stays planned when announced.
    ['Harwick announced on Monday that it will acquire Selvane.', 'PLANNED'],
    ["Harwick a annoncé l'acquisition de Selvane.", 'PLANNED'],
  ])('%s', (text, status) => {
    expect(dealsOf(extractDocument(text, { publishedAt: '2020-05-04' }))).toEqual([expect.objectContaining({ target: 'Selvane', status })]);
  });
});

describe("extractDocument: a French gerund of selling, 'dans' before a name, shares taken, a year between two verbs", () => {
  test.each([
    // The gerund sells for the main clause's subject; a name after 'dans' in the clause before is no subject.
    [
      "Le fonds Orvik Capital cède ses parts. S'il avait gardé un ticket dans Vantor, le fonds a bouclé sa sortie en vendant à Harwick ses actions dans Selvane.",
      [{ kind: 'ACQUISITION', acquirer: 'Harwick', target: 'Selvane', seller: 'Orvik Capital' }],
    ],
    ['Ainsi, Harwick Private Equity a pris en décembre 2006 6,95 % des actions de Selvane, spécialiste du plein air.', [{ kind: 'STAKE', acquirer: 'Harwick Private Equity', target: 'Selvane', year: 2006 }]],
    // A year after a verb, before a comma and the next verb, dates the first; ', puis' shares the subject.
    [
      'Orvik a vendu Selvane à Harwick en 2010, puis a vendu ses parts dans Vantor à Brenna en 2012.',
      [
        { acquirer: 'Harwick', target: 'Selvane', seller: 'Orvik', year: 2010 },
        { acquirer: 'Brenna', target: 'Vantor', seller: 'Orvik', year: 2012 },
      ],
    ],
    ['Harwick bought Selvane in 2010, then sold Vantor to Orvik in 2013.', [{ acquirer: 'Harwick', target: 'Selvane', year: 2010 }, { acquirer: 'Orvik', target: 'Vantor', seller: 'Harwick', year: 2013 }]],
  ])('%s', (text, expected) => {
    expect(dealsOf(extractDocument(text, { publishedAt: '2016-05-04' }))).toEqual(expected.map((deal) => expect.objectContaining(deal)));
  });
});

describe('extractDocument: Reuters instrument codes after names; a reflexive pronoun opening a sentence', () => {
  test("'Harwick HARW.PA et Selvane SELV.N': the codes name nothing and the pair still merges; 's'est effondrée' calls it off", () => {
    const extraction = extractDocument("En moins de dix mois, la fusion entre Harwick HARW.PA et Selvane SELV.N s'est effondrée en 2014.", { publishedAt: '2016-05-04' });
    expect(extraction.entities.map((entity) => entity.name)).toEqual(['Harwick', 'Selvane']);
    expect(dealsOf(extraction)).toEqual([expect.objectContaining({ kind: 'MERGER', acquirer: 'Harwick', target: 'Selvane', status: 'CANCELLED', year: 2014 })]);
  });

  test("'Vantor Plc (VAN.L)': a code alone in parentheses names nothing and is bought by no one", () => {
    const extraction = extractDocument('Drug maker Vantor Plc (VAN.L) said it had rejected a $63 billion offer by Orvik Pharmaceutical Co (4502.T).', { publishedAt: '2018-04-20' });
    expect(extraction.entities.map((entity) => entity.name)).toEqual(['Vantor Plc', 'Orvik Pharmaceutical Co']);
    expect(dealsOf(extraction)).toEqual([expect.objectContaining({ acquirer: 'Orvik Pharmaceutical Co', target: 'Vantor Plc' })]);
  });

  test("German common nouns of the markets ('Bieter', 'Analysten', 'Daten', 'zu Buche', 'Fantasie') name no company", () => {
    const extraction = extractDocument(
      'Im Ringen um Vantor schrumpft die Zahl möglicher Bieter. Daten von Refinitiv zufolge erwarteten Analysten einen Gewinn. Die Abschreibung auf Orvik schlägt mit 2 Mrd. € zu Buche. Für Fantasie sorgt die Übernahme der Selvane Gruppe.',
      { publishedAt: '2022-08-04' },
    );
    expect(extraction.entities.map((entity) => entity.name)).not.toEqual(expect.arrayContaining([expect.stringMatching(/^(?:Bieter|Daten|Analysten|Buche|Fantasie)$/u)]));
  });

  test("'an AUD15 billion merger' names no company; the ACCC is no party to the merger it blocked", () => {
    const extraction = extractDocument('Vantor Telecom Australia and Orvik Telecom completed an AUD15 billion merger. The ACCC had blocked the merger at first.', { publishedAt: '2020-07-13' });
    expect(extraction.entities.map((entity) => entity.name)).not.toContain('AUD15');
    expect(dealsOf(extraction)).toEqual([expect.objectContaining({ kind: 'MERGER', acquirer: 'Orvik Telecom', target: 'Vantor Telecom Australia' })]);
  });

  test('a sentence glued on after a stop still starts a sentence', () => {
    expect(dealsOf(extractDocument('Harwick kjøpte Selvane.Selgeren er Orvik.', { publishedAt: '2016-05-04' }))).toEqual([expect.objectContaining({ acquirer: 'Harwick', target: 'Selvane', seller: 'Orvik' })]);
  });

  test("'Se sont lancés dans …': 'Se' names no company", () => {
    const extraction = extractDocument("Se sont lancés dans la bataille Harwick, avec une offre sur Selvane, et Orvik.", { publishedAt: '2016-05-04' });
    expect(extraction.entities.map((entity) => entity.name)).not.toContain('Se');
  });
});

describe('extractDocument: verb-second subjects after their own noun phrase, separable verbs with long gaps, Nynorsk', () => {
  test.each([
    // Two names after a verb-second verb, each after a determiner phrase: the first buys the second.
    ['da', 'Det oplyste selskabet mandag. I august købte den nystartede nordiske kapitalfond Harwick Equity Partners det familieejede juletræsfirma Selvane Group for et trecifret millionbeløb.', { acquirer: 'Harwick Equity Partners', target: 'Selvane Group' }],
    ['no', 'Det opplyser selskapet. I november kjøpte den franske giganten Harwick opp Irlands nasjonale lotterioperatør, Selvane Lotteries, for 350 millioner pund.', { acquirer: 'Harwick', target: 'Selvane Lotteries' }],
    // 'nam … over' with a long gap: a partner, an adverb and a compound shared by 'en'.
    ['nl', 'Het bedrijf is in gesprek over een bod, zo maakte het maandag bekend. Vorig jaar nam Harwick samen met een partner nog de Rotterdamse sap- en frisdrankbottelaar Selvane over voor 1,6 miljard euro.', { acquirer: 'Harwick', target: 'Selvane', year: 2018 }],
    ['nl', 'Het bedrijf meldde dat donderdag. Zo zette Harwick in 2012 een grote stap in Azië met de inlijving van Selvane Breweries, het bedrijf achter een bekend bier.', { acquirer: 'Harwick', target: 'Selvane Breweries', year: 2012 }],
    ['no', 'Avtalen går ut på at Sparebanken Harwick overtek alle eigedelane og pliktene i Selvane Sparebank, fortel bankane i ei melding til børsen.', { acquirer: 'Sparebanken Harwick', target: 'Selvane Sparebank' }],
  ])('%s: %s', (_lang, text, expected) => {
    expect(dealsOf(extractDocument(text, { publishedAt: '2019-05-04' }))).toEqual([expect.objectContaining(expected)]);
  });
});

describe('extractDocument: an English word opening a name on a page in another language, a generic acronym before a legal form', () => {
  test("'First Kraft' in Swedish is one name", () => {
    const text = 'Bolaget meddelade att styrelsen inte har tagit ställning till budet än. På måndagsmorgonen lade Orvik och First Kraft ett bud på Selvane om 90 kronor per aktie.';
    expect(extractDocument(text, { publishedAt: '2025-03-10' }).entities.map((entity) => entity.name)).toContain('First Kraft');
  });

  test("'DNA Plc' is the company, not 'Plc'", () => {
    const text = 'Det opplyser selskapet. Harwick kjøper 54 prosent av aksjene i den finske teleoperatøren DNA Plc for 14,4 milliarder kroner.';
    expect(dealsOf(extractDocument(text, { publishedAt: '2019-04-09' }))).toEqual([expect.objectContaining({ acquirer: 'Harwick', target: 'DNA Plc' })]);
  });

  test("Norwegian 'Ifjor' opening a sentence dates the deal a year back and names nothing", () => {
    const extraction = extractDocument('Det opplyser selskapet. Ifjor kjøpte Harwick selskapet Selvane for 20 millioner kroner.', { publishedAt: '2019-05-01' });
    expect(extraction.entities.map((entity) => entity.name)).toEqual(['Harwick', 'Selvane']);
    expect(dealsOf(extraction)).toEqual([expect.objectContaining({ acquirer: 'Harwick', target: 'Selvane', year: 2018 })]);
  });
});

describe("extractDocument: German compounds of 'Deal' name nothing; half and one share more is control", () => {
  test("'Ein weiterer Megadeal … war die Übernahme der Selvane plc durch Harwick'", () => {
    const extraction = extractDocument('Ein weiterer irisch-amerikanischer Megadeal über etwa 55 Milliarden Euro war die Übernahme der Selvane plc durch Harwick im Januar 2015.', { publishedAt: '2016-02-01' });
    expect(dealsOf(extraction)).toEqual([expect.objectContaining({ acquirer: 'Harwick', target: 'Selvane plc', year: 2015 })]);
  });

  test("'die Andienungsquote von 50 Prozent und einer Aktie' is a takeover, not a stake", () => {
    const extraction = extractDocument('Die Harwick AG hat die für die Übernahme der österreichischen Selvane geforderte Andienungsquote von 50 Prozent und einer Aktie nicht erreicht.', { publishedAt: '2015-05-01' });
    expect(dealsOf(extraction)).toEqual([expect.objectContaining({ kind: 'ACQUISITION', acquirer: 'Harwick AG', target: 'Selvane' })]);
  });
});

describe("extractDocument: 'and plans to sell' shares the subject of the verb before; French 'vient de' tells a done deal", () => {
  test.each([
    ['en', 'Harwick bought Selvane last year and plans to sell Orvik to Brenna.', { acquirer: 'Brenna', target: 'Orvik', seller: 'Harwick', status: 'PLANNED' }],
    ['fr', "Harwick vient d'acquérir Selvane Materials et prévoit de racheter Orvik Corporation.", { acquirer: 'Harwick', target: 'Selvane Materials', status: 'COMPLETED' }],
    ['fr', "Harwick vient d'acquérir Selvane Materials et prévoit de racheter Orvik Corporation.", { acquirer: 'Harwick', target: 'Orvik Corporation', status: 'PLANNED' }],
  ])('%s: %s', (_lang, text, expected) => {
    expect(dealsOf(extractDocument(text, { publishedAt: '2022-02-18' }))).toContainEqual(expect.objectContaining(expected));
  });
});

describe('extractDocument: a Nordic present participle opening a clause names nothing', () => {
  test("'STYRELEDER: Avtroppende konsernsjef X i Y': the title is at Y", () => {
    const extraction = extractDocument('Harwick Gruppen kjøper Selvane. FORTSETTER SOM STYRELEDER: Avtroppende konsernsjef Olav Lind i Harwick Gruppen.', { publishedAt: '2023-03-10' });
    expect(extraction.entities.map((entity) => entity.name)).not.toContain('Avtroppende');
    expect(rolesOf(extraction)).toEqual([expect.objectContaining({ person: 'Olav Lind', org: 'Harwick Gruppen', role: 'CEO' })]);
  });
});

test("a deal announced as done is dated to the page's year, even far into the page", () => {
  const text = "Le groupe publie ses résultats. Il compte 300 salariés. Le chiffre d'affaires progresse. Par ailleurs, Harwick annonce avoir acquis, toujours auprès de Orvik, l'enseigne Selvane, qui possède 75 centres au Portugal.";
  expect(dealsOf(extractDocument(text, { publishedAt: '2017-06-01' }))).toEqual([expect.objectContaining({ acquirer: 'Harwick', target: 'Selvane', seller: 'Orvik', status: 'COMPLETED', year: 2017 })]);
});
