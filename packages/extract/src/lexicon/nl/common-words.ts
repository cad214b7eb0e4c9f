// Dutch words often capitalised at a sentence start or in headlines that never name a company or person.
export const commonWords: string[] = [
  // 'Zo nam X … over': 'thus' opens a sentence.
  'zo',
  // Words of negotiating and totals that open a sentence ('Gesprekken tussen A en B strandden').
  'gesprekken', 'onderhandelingen', 'besprekingen', 'totaal', 'samen',
  // Words of time that open a sentence ('Vorig jaar kocht …', 'År 2017 köpte …', 'Quelques semaines plus tôt').
  'vorig', 'vorige', 'volgend', 'volgende', 'afgelopen', 'komende',
  // Adverbs that open sentences.
  'uit', 'daarmee', 'daarom', 'daarna', 'daarvoor', 'daardoor', 'eerder', 'later', 'intussen', 'inmiddels', 'bovendien', 'echter', 'toen', 'destijds', 'eind', 'begin', 'medio',
  'bijna', 'ongeveer', 'tegenover', 'daarnaast', 'nationale', 'internationale',
  // Numbers open sentences ('Fire år etter …') and name nothing.
  'twee', 'drie', 'vier', 'vijf', 'zes', 'zeven', 'acht', 'negen', 'tien', 'twaalf', 'twintig', 'honderd',
  'de', 'het', 'een', 'dit', 'dat', 'deze', 'die', 'hij', 'zij', 'ze', 'wij', 'we', 'ik', 'jij', 'je', 'u', 'men', 'zijn', 'haar', 'hun', 'ons', 'onze',
  'en', 'of', 'maar', 'als', 'wanneer', 'toen', 'na', 'voor', 'sinds', 'met', 'zonder', 'tot', 'van', 'aan', 'in', 'op', 'om', 'over', 'onder', 'bij', 'tegen', 'tussen', 'door', 'volgens', 'ondanks', 'naar',
  'nu', 'dan', 'hier', 'daar', 'ook', 'toch', 'nog', 'al', 'alweer', 'opnieuw', 'daarom', 'tegelijk', 'eerder', 'later', 'vandaag', 'gisteren', 'morgen', 'wat', 'waar', 'wie', 'waarom', 'hoe', 'welke', 'niet', 'geen', 'ja', 'nee', 'alle', 'sommige', 'veel', 'beide', 'elk', 'elke', 'twee', 'drie', 'eerste', 'tweede', 'derde', 'is', 'was', 'zijn', 'waren', 'heeft', 'hebben', 'had', 'wordt', 'werd', 'zal', 'kan', 'kon', 'zou', 'moet', 'test', 'lees', 'meer', 'nieuws', 'nieuw', 'nieuwe', 'gerelateerde', 'artikelen', 'volg', 'ons', 'bestel', 'popup', 'advertentie', 'deel', 'reacties', 'bekijk',
  'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag',
  'januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december',
  'directeur', 'voorzitter', 'oprichter', 'miljard', 'miljoen', 'euro', 'dollar', 'prijs', 'verkoop', 'overname', 'geen',
  // Meer functiewoorden en zinsopeners ('Eerder had …', 'Volgens …').
  'eerder', 'eerst', 'laatst', 'uiteindelijk', 'bovendien', 'daarmee', 'echter', 'toch', 'volgens', 'onder', 'tussen', 'binnen', 'tijdens', 'omdat', 'hoewel', 'zowel', 'alle', 'veel', 'vele', 'meerdere', 'enkele', 'sommige', 'geen', 'ieder', 'andere', 'zelf', 'alleen', 'anders', 'misschien', 'waarschijnlijk', 'vooral', 'oorspronkelijk', 'namelijk', 'later', 'tegelijk', 'daarom', 'ook', 'nog', 'inmiddels', 'intussen', 'momenteel', 'sindsdien', 'tot nu toe', 'tot dusver',
];
