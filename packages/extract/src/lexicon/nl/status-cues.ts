// Dutch words in a deal's clause that tell whether it is rumoured, planned, done or called off.
import type { StatusCues } from '../types.js';

export const statusCues: StatusCues = {
  planned: ['geplande', 'gepland', 'plant', 'van plan', 'wil', 'willen', 'zal', 'gaat', 'akkoord', 'overeenkomst', 'exclusieve onderhandelingen', 'exclusieve gesprekken', 'verwacht', 'bod op'],
  announced: ['kondigde aan', 'maakte bekend', 'liet weten'],
  rumored: ['in gesprek', 'gesprekken', 'onderhandelt', 'geruchten', 'gerucht', 'zou', 'zouden', 'naar verluidt', 'overweegt', 'bronnen', 'mogelijk', 'speculatie*', 'interesse in'],
  cancelled: ['afgeblazen', 'blaast … af', 'blies … af', 'afgeketst', 'ketste af', 'gestaakt', 'trok zich terug', 'trekt zich terug', 'geblokkeerd', 'gaat niet door', 'ging niet door', 'geannuleerd', 'mislukt', 'verboden', 'verbood', 'verbiedt', 'terug te trekken', 'trekt … terug', 'trok … terug', 'ziet af van', 'zag af van', 'afgeblazen', 'gestopt', 'strandde', 'gestrand', 'ingetrokken', 'trok … in', 'trekt … in', 'geen bod uit te brengen', 'geen bod uitbrengen', 'ketst … af', 'ketste … af', 'van tafel'],
  completed: ['afgerond', 'rondde af', 'voltooid', 'afgesloten'],
};
