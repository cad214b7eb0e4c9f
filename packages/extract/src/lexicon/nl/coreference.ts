// Dutch phrases that point back to a company or unit, name a unit, or mark a company, a clause or a determiner.
import type { Coreference } from '../types.js';

export const coreference: Coreference = {
  companyPhrases: ['het bedrijf', 'de onderneming', 'het concern', 'de firma', 'de groep', 'het Finse bedrijf', 'het Franse bedrijf', 'het Nederlandse bedrijf'],
  companyGenitives: ['het bedrijfs', 'zijn', 'haar'],
  reflexivePossessives: ['zijn', 'haar', 'hun'],
  personPronouns: ['hij'],
  unitNouns: ['merk', 'divisie*', 'afdeling*', 'tak', 'bedrijfsonderdeel', 'onderdeel', 'dochter*', 'dochterbedrijf', 'dochteronderneming', 'eenheid', 'activiteiten'],
  unitGenitives: ['de afdelings', 'van de afdeling', 'van de divisie'],
  companyClassNouns: ['operator*', 'aanbieder*', 'groep*', 'holding*', 'maatschappij*', 'fonds', 'bedrijf*', 'onderneming*', 'concern*', 'firma*', 'fabrikant*', 'producent*', 'maker*', 'bank*', 'verzekeraar*', 'keten*', 'branchegenoot', 'concurrent*', 'rivaal', 'startup*', 'investeerder*', 'agentschap', 'persbureau*', 'leverancier*', 'gigant*', 'moedermaatschappij', 'bouwer*', 'brouwer*', 'uitgever*', 'vervoerder*', 'retailer*', 'conglomeraat*', 'merk', 'merken'],
  relativePronouns: ['dat', 'die', 'wat', 'waar', 'waarvan', 'waarin'],
  clauseConjunctions: ['maar', 'terwijl', 'hoewel', 'want', 'nadat'],
  buyerIs: ['de koper is', 'koper is', 'de nieuwe eigenaar is', 'de koper was', 'koper was'],
  sellerIs: ['de verkoper is', 'verkoper is', 'de verkoper was', 'verkoper was', 'de vorige eigenaar is', 'de vorige eigenaar was', 'de vroegere eigenaar is', 'de vroegere eigenaar was'],
  targetIs: ['het doelwit is', 'het doel is', 'de prooi is'],
  determiners: ['de', 'het', 'een', 'zijn', 'haar', 'hun', 'dit', 'deze', 'dat'],
  indefiniteArticles: ['een'],
};
