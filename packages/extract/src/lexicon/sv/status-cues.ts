// Swedish words in a deal's clause that tell whether it is rumoured, planned, done or called off.
import type { StatusCues } from '../types.js';

export const statusCues: StatusCues = {
  planned: ['planerade', 'planerar', 'ska', 'kommer att', 'avser', 'avtal om', 'har kommit överens', 'exklusiva förhandlingar', 'förväntas', 'bud på', 'erbjudande'],
  announced: ['meddelade', 'offentliggjorde'],
  rumored: ['förhandlar', 'förhandlingar', 'samtal', 'rykten', 'ryktas', 'överväger', 'uppges', 'enligt källor', 'spekulation*', 'intresserad av'],
  cancelled: ['misslyckades', 'misslyckats', 'misslyckad', 'misslyckade', 'avbröt', 'avbrutits', 'avbrutet', 'ställdes in', 'skrinlagt', 'skrinlade', 'drog sig ur', 'drar sig ur', 'stoppades', 'föll', 'blockerades', 'förbjöd', 'förbjudit', 'förbjuder', 'stoppat', 'drog tillbaka', 'drar tillbaka', 'avblåst', 'gav upp', 'ger upp', 'dragit tillbaka', 'drog … tillbaka', 'inte lägga något bud', 'avstår från att lägga ett bud', 'återkallar', 'återkallade', 'återkallat', 'överger', 'övergav', 'skrotar', 'skrotades', 'skrotat', 'av bordet', 'blir inte av', 'blev inte av', 'inte blev av', 'inte blir av', 'kommer inte att genomföras', 'droppar', 'droppade', 'slopar', 'slopade', 'rött ljus', 'sa nej till', 'säger nej till', 'sprack', 'spruckit'],
  completed: ['slutfört', 'slutförde', 'genomfört', 'genomförde', 'klart'],
};
