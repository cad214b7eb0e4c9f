// Swedish words around a deal verb that change what a name near it is.
import type { ClauseWords } from '../types.js';

export const clauseWords: ClauseWords = {
  shareOf: ['procent', 'andel', 'andelen', 'del', 'delen', 'resten', 'majoriteten', 'aktierna'],
  own: ['äga'],
  out: ['ut'],
  consortium: ['konsorti*', 'investorgrupp*'],
  consortiumMembers: ['av', 'bestående', 'med'],
  goods: ['flygplan'],
  history: ['historia'],
  founded: ['grundlagd', 'grundades'],
  foundingStems: ['grundad'],
  yearIn: ['i', 'år'],
  boardOf: ['styrelsen i'],
  breakFees: ['avbrottsavgift'],
  stakeNouns: ['andel*', 'aktie*'],
  stakeIn: ['i', 'av'],
  agreement: ['överens', 'enig', 'enighet', 'avtal', 'förhandl*'],
  perShare: ['per aktie'],
  perfect: ['har'],
  pastModals: ['fick'],
  future: ['förväntas', 'beräknas', 'väntas', 'ska', 'kommer att'],
  possessives: ['dess', 'deras', 'sitt', 'sin'],
  retain: ['behåller', 'behålla', 'behöll'],
  valuing: ['värderar', 'värdera', 'värderade', 'värderat'],
  infinitiveMarkers: [],
  subsidiary: ['dotterbolag'],
};
