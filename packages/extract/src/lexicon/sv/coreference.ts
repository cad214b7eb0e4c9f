// Swedish phrases that point back to a company or unit, name a unit, or mark a company, a clause or a determiner.
import type { Coreference } from '../types.js';

export const coreference: Coreference = {
  companyPhrases: ['bolaget', 'företaget', 'koncernen', 'firman', 'gruppen'],
  companyGenitives: ['bolagets', 'företagets', 'koncernens'],
  reflexivePossessives: ['sin', 'sitt', 'sina'],
  personPronouns: ['han', 'hon'],
  unitNouns: ['varumärke*', 'division*', 'avdelning*', 'affärsområde*', 'dotterbolag*', 'enhet*', 'verksamhet*', 'affärsenhet*'],
  unitGenitives: ['avdelningens', 'divisionens', 'enhetens'],
  companyClassNouns: ['operatör*', 'grupp*', 'holding*', 'fond*', 'bolag*', 'företag*', 'koncern*', 'tillverkare*', 'producent*', 'bank*', 'försäkringsbolag*', 'konkurrent*', 'kedja*', 'nyhetsbyrå*', 'byrå*', 'leverantör*', 'jätte*', 'investerare*', 'rederi*', 'bryggeri*', 'startup*', 'pensionskass*'],
  relativePronouns: ['som'],
  clauseConjunctions: ['men', 'medan', 'fast', 'trots att', 'efter att'],
  buyerIs: ['köparen är', 'köpare är', 'den nya ägaren är', 'ny ägare är', 'köparen var', 'köpare var'],
  sellerIs: ['säljaren är', 'säljare är', 'säljaren var', 'säljare var', 'den tidigare ägaren är', 'den tidigare ägaren var', 'tidigare ägare är', 'tidigare ägare var'],
  targetIs: ['målet är', 'målet var'],
  determiners: ['den', 'det', 'de', 'en', 'ett', 'sin', 'sitt', 'sina', 'hela'],
  indefiniteArticles: ['en', 'ett'],
};
