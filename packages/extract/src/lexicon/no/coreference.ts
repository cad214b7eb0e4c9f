// Norwegian phrases that point back to a company or unit, name a unit, or mark a company, a clause or a determiner.
import type { Coreference } from '../types.js';

export const coreference: Coreference = {
  companyPhrases: ['selskapet', 'konsernet', 'bedriften', 'firmaet', 'virksomheten'],
  companyGenitives: ['selskapets', 'konsernets', 'bedriftens'],
  reflexivePossessives: ['sin', 'sitt', 'sine'],
  personPronouns: ['han', 'hun'],
  unitNouns: ['merke*', 'divisjon*', 'avdeling*', 'forretningsområde*', 'datterselskap*', 'enhet*', 'virksomhet*'],
  unitGenitives: ['avdelingens', 'divisjonens', 'enhetens'],
  companyClassNouns: ['operatør*', 'gruppe*', 'holding*', 'fond*', 'selskap*', 'konsern*', 'bedrift*', 'firma*', 'produsent*', 'bank*', 'forsikringsselskap*', 'konkurrent*', 'kjede*', 'nyhetsbyrå*', 'byrå*', 'leverandør*', 'gigant*', 'investor*', 'rederi*', 'bryggeri*', 'oppstartsselskap*', 'pensjonskasse*'],
  relativePronouns: ['som'],
  clauseConjunctions: ['men', 'mens', 'selv om', 'etter at'],
  buyerIs: ['kjøperen er', 'kjøper er', 'kjøparen er', 'kjøpar er', 'den nye eieren er', 'ny eier er', 'kjøperen var', 'kjøper var'],
  sellerIs: ['selgeren er', 'selger er', 'selgeren var', 'selger var', 'den tidligere eieren er', 'den tidligere eieren var', 'tidligere eier er', 'tidligere eier var'],
  targetIs: ['målet er', 'målet var'],
  determiners: ['den', 'det', 'de', 'en', 'et', 'ei', 'sin', 'sitt', 'sine', 'hele'],
  indefiniteArticles: ['en', 'et', 'ei'],
};
