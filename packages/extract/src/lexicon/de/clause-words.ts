// German words around a deal verb that change what a name near it is.
import type { ClauseWords } from '../types.js';

export const clauseWords: ClauseWords = {
  shareOf: ['prozent', 'anteile'],
  own: [],
  out: [],
  consortium: ['konsorti*', 'bietergemeinschaft'],
  consortiumMembers: ['aus', 'bestehend'],
  goods: ['flugzeuge', 'maschinen'],
  history: ['geschichte', 'firmengeschichte', 'unternehmensgeschichte'],
  founded: ['gegründet', 'gründung', 'entstand', 'entstanden'],
  foundingStems: ['gegründet'],
  yearIn: ['in', 'im'],
  boardOf: ['vorstand von', 'vorstand der', 'vorstand des', 'verwaltungsrat von', 'verwaltungsrat der', 'verwaltungsrat des', 'aufsichtsrat von', 'aufsichtsrat der', 'aufsichtsrat des'],
  breakFees: ['vertragsstrafe', 'abfindungszahlung', 'break-up-gebühr'],
  stakeNouns: ['anteil*', 'beteiligung'],
  stakeIn: ['an', 'in'],
  agreement: ['einig*', 'verhandl*', 'gespräche*'],
  perShare: ['je aktie', 'pro aktie'],
  perfect: ['hat', 'haben'],
  pastModals: ['musste', 'mussten'],
  future: ['soll', 'sollen', 'wird', 'werden', 'erwartet'],
  possessives: ['dessen', 'deren', 'sein', 'seine', 'seinem', 'seinen', 'seiner', 'ihr', 'ihre', 'ihrem', 'ihren'],
  retain: ['behält', 'behalten', 'behielt'],
  valuing: ['bewertet', 'bewerten', 'bewertete', 'bewerteten'],
  infinitiveMarkers: ['um'],
  subsidiary: ['tochter'],
};
