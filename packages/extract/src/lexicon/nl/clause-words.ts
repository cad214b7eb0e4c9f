// Dutch words around a deal verb that change what a name near it is.
import type { ClauseWords } from '../types.js';

export const clauseWords: ClauseWords = {
  shareOf: ['procent', 'aandelen', 'kapitaal'],
  own: [],
  out: [],
  consortium: ['consorti*'],
  consortiumMembers: ['van', 'uit'],
  goods: ['vliegtuigen', 'toestellen'],
  history: ['geschiedenis'],
  founded: ['opgericht', 'oprichting'],
  foundingStems: ['opgericht'],
  yearIn: ['in'],
  boardOf: ['raad van bestuur van', 'raad van bestuur van de', 'raad van bestuur van het', 'bestuur van', 'bestuur van de', 'bestuur van het'],
  breakFees: ['opzegvergoeding', 'breakup-fee'],
  stakeNouns: ['belang', 'aandelen'],
  stakeIn: ['in'],
  agreement: ['eens', 'akkoord', 'onderhandel*', 'gesprekken'],
  perShare: ['per aandeel'],
  perfect: ['heeft', 'hebben', 'is'],
  pastModals: ['moest', 'moesten'],
  future: ['verwacht', 'zal', 'moet'],
  possessives: ['zijn', 'haar', 'hun', 'diens'],
  retain: ['behoudt', 'behouden', 'behield', 'houdt'],
  valuing: ['waardeert', 'waardeerde', 'waarderen', 'gewaardeerd'],
  infinitiveMarkers: ['om'],
  subsidiary: ['dochter'],
};
