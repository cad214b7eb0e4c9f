// Norwegian words in a deal's clause that tell whether it is rumoured, planned, done or called off.
import type { StatusCues } from '../types.js';

export const statusCues: StatusCues = {
  planned: ['planlagte', 'planlegger', 'vil', 'skal', 'har inngått avtale', 'avtale om', 'enige om', 'eksklusive forhandlinger', 'ventes', 'bud på', 'tilbud'],
  announced: ['kunngjorde', 'meldte'],
  rumored: ['forhandler', 'forhandlinger', 'samtaler', 'rykter', 'vurderer', 'angivelig', 'skal ha', 'kilder', 'spekulasjon*', 'interessert i'],
  cancelled: ['mislyktes', 'mislykket', 'mislykte', 'avlyst', 'avlyser', 'droppet', 'skrinlagt', 'skrinla', 'trakk seg', 'trekker seg', 'blokkert', 'brøt sammen', 'avbrutt', 'forbudt', 'forbød', 'forbyr', 'avblåst', 'trakk budet', 'trekker budet', 'ga opp', 'gir opp', 'trukket tilbake', 'trakk … tilbake', 'ikke å legge inn et bud', 'ikke vil legge inn bud', 'trekker tilbake', 'trakk tilbake', 'trekker … tilbake', 'trakk … tilbake', 'dropper', 'skroter', 'skrotet', 'legger bort', 'av bordet', 'blir ikke noe av', 'ble ikke noe av', 'ikke ble noe av', 'ikke blir noe av', 'brudd', 'vil ikke bli gjennomført', 'droppes', 'skrotes', 'gikk i vasken', 'sa nei til', 'sier nei til', 'rødt lys', 'kommer likevel ikke til å'],
  completed: ['gjennomført', 'gjennomførte', 'fullført', 'fullførte', 'avsluttet'],
};
