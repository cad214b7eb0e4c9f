// Danish words around a deal verb that change what a name near it is.
import type { ClauseWords } from '../types.js';

export const clauseWords: ClauseWords = {
  shareOf: ['procent', 'pct', 'andel', 'andelen', 'del', 'delen', 'dele', 'resten', 'majoriteten', 'aktierne'],
  own: ['eje'],
  out: ['ud'],
  consortium: ['konsorti*', 'investorgruppe*'],
  consortiumMembers: ['af', 'bestående', 'med'],
  goods: ['fly', 'flyene'],
  history: ['historie'],
  founded: ['grundlagt', 'stiftet', 'opstod'],
  foundingStems: ['stift', 'grundl', 'etabler'],
  yearIn: ['i', 'år'],
  boardOf: ['bestyrelsen i'],
  breakFees: ['brudgebyr'],
  stakeNouns: ['halvpart*', 'andel*', 'aktie*'],
  stakeIn: ['i', 'af'],
  agreement: ['enig', 'enige', 'aftale', 'aftalt', 'forhandl*'],
  perShare: ['pr. aktie', 'pr aktie', 'per aktie'],
  perfect: ['har', 'er'],
  pastModals: ['måtte'],
  future: ['forventes', 'forventer', 'ventes', 'skal', 'vil'],
  possessives: ['dets', 'dens', 'deres', 'sit', 'sin'],
  retain: ['beholder', 'beholde', 'beholdt'],
  valuing: ['værdisætter', 'værdisætte', 'værdisat', 'værdiansætter', 'værdiansætte', 'værdiansat'],
  infinitiveMarkers: [],
  subsidiary: ['datterselskab'],
};
