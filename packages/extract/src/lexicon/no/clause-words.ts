// Norwegian words around a deal verb that change what a name near it is.
import type { ClauseWords } from '../types.js';

export const clauseWords: ClauseWords = {
  shareOf: ['prosent', 'andel', 'andelen', 'del', 'delen', 'resten', 'majoriteten', 'aksjene'],
  own: ['eie'],
  out: ['ut'],
  consortium: ['konsorti*', 'investorgruppe*'],
  consortiumMembers: ['av', 'bestående', 'med'],
  goods: ['fly', 'flyene'],
  history: ['historie'],
  founded: ['grunnlagt', 'stiftet'],
  foundingStems: ['stift', 'grunnl', 'etabler'],
  yearIn: ['i', 'år'],
  boardOf: ['styret i'],
  breakFees: ['bruddgebyr'],
  stakeNouns: ['halvpart*', 'andel*', 'aksje*'],
  stakeIn: ['i', 'av'],
  agreement: ['enig', 'enige', 'enighet', 'avtale', 'avtalt', 'forhandl*'],
  perShare: ['pr. aksje', 'pr aksje', 'per aksje'],
  perfect: ['har', 'er'],
  pastModals: ['måtte'],
  future: ['forventes', 'ventes', 'skal', 'vil'],
  possessives: ['dets', 'dens', 'deres', 'sitt', 'sin'],
  retain: ['beholder', 'beholde', 'beholdt'],
  valuing: ['verdsetter', 'verdsette', 'verdsatt', 'verdsatte', 'priser', 'priset'],
  infinitiveMarkers: [],
  subsidiary: ['datterselskap'],
};
