// Danish phrases that point back to a company or unit, name a unit, or mark a company, a clause or a determiner.
import type { Coreference } from '../types.js';

export const coreference: Coreference = {
  companyPhrases: ['selskabet', 'virksomheden', 'koncernen', 'firmaet', 'det finske selskab', 'det danske selskab', 'det franske selskab', 'det svenske selskab', 'det amerikanske selskab', 'det tyske selskab'],
  companyGenitives: ['selskabets', 'virksomhedens', 'koncernens', 'firmaets', 'det finske selskabs', 'det danske selskabs', 'det franske selskabs'],
  reflexivePossessives: ['sin', 'sit', 'sine'],
  personPronouns: ['han', 'hun'],
  unitNouns: ['mærke*', 'division*', 'afdeling*', 'forretningsområde*', 'datterselskab*', 'enhed*', 'forretningsenhed*', 'forretning*'],
  unitGenitives: ['afdelingens', 'divisionens', 'enhedens', 'datterselskabets'],
  companyClassNouns: ['operatør*', 'gruppe*', 'holding*', 'selskab*', 'virksomhed*', 'koncern*', 'firma*', 'producent*', 'bureau*', 'nyhedsbureau*', 'konkurrent*', 'rival*', 'kæde*', 'bank*', 'forsikringsselskab*', 'leverandør*', 'gigant*', 'fond*', 'investor*', 'rederi*', 'bryggeri*', 'startup*', 'pensionskasse*'],
  relativePronouns: ['som', 'der'],
  clauseConjunctions: ['men', 'mens', 'selvom', 'efter at'],
  buyerIs: ['køberen er', 'køberen bliver', 'køber er', 'ny ejer er', 'den nye ejer er', 'køberen var', 'køber var'],
  sellerIs: ['sælgeren er', 'sælger er', 'sælgeren var', 'sælger var', 'den hidtidige ejer er', 'den hidtidige ejer var', 'den tidligere ejer er', 'den tidligere ejer var'],
  targetIs: ['målet er', 'målet var', 'opkøbsmålet er'],
  determiners: ['den', 'det', 'de', 'en', 'et', 'sin', 'sit', 'sine', 'hele', 'selskabets', 'konkurrenten'],
  indefiniteArticles: ['en', 'et'],
};
