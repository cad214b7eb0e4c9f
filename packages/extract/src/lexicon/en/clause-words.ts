// English words around a deal verb that change what a name near it is.
import type { ClauseWords } from '../types.js';

export const clauseWords: ClauseWords = {
  shareOf: [],
  own: ['own'],
  out: ['out'],
  consortium: ['consorti*'],
  consortiumMembers: ['of', 'including'],
  goods: ['jet', 'jets', 'aircraft', 'airplane', 'airplanes', 'planes', 'trucks', 'lorries', 'vehicles', 'cars', 'ships', 'vessels', 'turbines', 'locomotives', 'trains', 'satellites'],
  history: ['history'],
  founded: ['founded', 'established'],
  foundingStems: ['found', 'establish'],
  yearIn: ['in'],
  boardOf: ['board of', 'board of the'],
  breakFees: ['termination fee', 'break fee', 'breakup fee', 'break-up fee'],
  stakeNouns: ['stake', 'holding', 'share', 'shares'],
  stakeIn: ['in', 'of'],
  agreement: ['agreed', 'agreement', 'deal', 'negotiat*', 'talks', 'discussions'],
  perShare: ['a share', 'per share', 'each share'],
  perfect: ['has', 'have', 'had'],
  pastModals: ['had to', 'was forced to'],
  future: ['expected', 'expects', 'will', 'would', 'shall', 'should', 'to be'],
  possessives: ['its', 'their'],
  retain: ['keep', 'keeps', 'kept', 'retain', 'retains', 'retained'],
  valuing: ['values', 'valuing', 'valued', 'value'],
  infinitiveMarkers: [],
  subsidiary: ['subsidiary'],
};
