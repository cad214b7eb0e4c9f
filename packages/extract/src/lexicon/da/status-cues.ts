// Danish words in a deal's clause that tell whether it is rumoured, planned, done or called off.
import type { StatusCues } from '../types.js';

export const statusCues: StatusCues = {
  planned: ['planlagte', 'planlægger', 'vil', 'skal', 'klar til', 'har indgået aftale', 'indgået en aftale', 'aftale om', 'enige om', 'eksklusive forhandlinger', 'forventes', 'har tilbudt', 'tilbud på'],
  announced: ['annoncerede', 'meddelte', 'offentliggjorde'],
  rumored: ['forhandler', 'forhandlinger', 'rygter', 'rygtes', 'overvejer', 'angiveligt', 'efter sigende', 'kilder', 'måske', 'spekulation*', 'sonderer', 'interesseret i'],
  cancelled: ['mislykkedes', 'mislykket', 'mislykkede', 'aflyst', 'aflyser', 'droppet', 'dropper', 'opgivet', 'opgiver', 'trak sig', 'trækker sig', 'blokeret', 'stoppet', 'faldt til jorden', 'brudt sammen', 'annulleret', 'forbudt', 'forbød', 'forbyder', 'afblæst', 'trak sit bud tilbage', 'trækker sit bud tilbage', 'trukket tilbage', 'trak … tilbage', 'ikke at byde', 'ingen planer om at byde', 'ikke vil afgive et bud', 'trækker … tilbage', 'trak … tilbage', 'trækker tilbage', 'trak tilbage', 'skrotter', 'skrottet', 'afblæser', 'af bordet', 'ikke vil blive realiseret', 'bliver ikke til noget', 'blev ikke til noget', 'ikke blev til noget', 'ikke bliver til noget', 'droppede', 'droppes', 'skrottede', 'skrottes', 'revet … over', 'rev … over', 'river … over', 'gik i vasken', 'går i vasken', 'kommer alligevel ikke til at', 'sagde nej til', 'siger nej til', 'rødt lys'],
  completed: ['gennemført', 'gennemførte', 'afsluttet', 'afsluttede', 'på plads'],
};
