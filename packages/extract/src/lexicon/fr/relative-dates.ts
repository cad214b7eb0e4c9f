// French phrases dating something relative to publication: "l'an dernier", "aujourd'hui", 'il y a N ans'.
import type { RelativeDates } from '../../normalise/types.js';

export const relativeDates: RelativeDates = {
  phrases: [
    { phrase: "l'an dernier", unit: 'year', offset: -1 }, { phrase: 'l’an dernier', unit: 'year', offset: -1 },
    { phrase: "l'année dernière", unit: 'year', offset: -1 }, { phrase: 'l’année dernière', unit: 'year', offset: -1 },
    { phrase: "l'an passé", unit: 'year', offset: -1 }, { phrase: 'l’an passé', unit: 'year', offset: -1 },
    { phrase: 'cette année', unit: 'year', offset: 0 }, { phrase: "l'an prochain", unit: 'year', offset: 1 },
    { phrase: 'l’an prochain', unit: 'year', offset: 1 }, { phrase: "l'année prochaine", unit: 'year', offset: 1 },
    { phrase: 'le mois dernier', unit: 'month', offset: -1 },
    { phrase: "aujourd'hui", unit: 'day', offset: 0 }, { phrase: 'aujourd’hui', unit: 'day', offset: 0 }, { phrase: 'hier', unit: 'day', offset: -1 },
  ],
  yearsAgo: [{ before: 'il y a', after: ['ans', 'an'] }],
  yearsLater: ['ans plus tard', 'an plus tard'],
  yearsEarlier: ['ans plus tôt', 'an plus tôt', 'ans auparavant'],
  sameOrNextYear: [{ phrase: 'la même année', shift: 0 }, { phrase: "l'année suivante", shift: 1 }, { phrase: "l’année suivante", shift: 1 }, { phrase: "l'année précédente", shift: -1 }, { phrase: "l’année précédente", shift: -1 }],
  hedges: ['moins de', 'plus de', 'près de', 'environ', 'presque'],
  numberWords: { un: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10, vingt: 20 },
};
