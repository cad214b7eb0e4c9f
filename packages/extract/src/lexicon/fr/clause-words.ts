// French words around a deal verb that change what a name near it is.
import type { ClauseWords } from '../types.js';

export const clauseWords: ClauseWords = {
  shareOf: ['capital', 'actions', 'parts', 'titres'],
  own: [],
  out: [],
  consortium: ['consorti*'],
  consortiumMembers: ['de', 'des'],
  goods: ['avions', 'appareils'],
  history: ['histoire'],
  founded: ['fondé', 'fondée', 'fondés', 'fondées', 'créé', 'créée', 'créés', 'créées'],
  foundingStems: ['fondé'],
  yearIn: ['en'],
  boardOf: ["conseil d'administration de", "conseil d'administration d'", 'conseil de surveillance de', "conseil de surveillance d'"],
  breakFees: ['indemnité de rupture'],
  stakeNouns: ['part', 'parts', 'participation'],
  stakeIn: ['dans', 'de'],
  agreement: ['accord', 'négoci*', 'discussions'],
  perShare: ['par action'],
  perfect: ['a', 'ont'],
  pastModals: ['a dû', 'ont dû', 'a été contraint de'],
  future: ['devrait', 'doit', 'devra', 'sera', 'prévu', 'prévue'],
  possessives: ['son', 'sa', 'ses', 'leur'],
  retain: ['conservera', 'conserve', 'conserver', 'conservait', 'gardera', 'garde', 'garder'],
  valuing: ['valorise', 'valoriser', 'valorisant', 'valorisait', 'valorisé', 'valorisée'],
  infinitiveMarkers: [],
  subsidiary: ['filiale'],
};
