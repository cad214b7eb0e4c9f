// German phrases dating something relative to publication: 'letztes Jahr', 'heute', 'vor N Jahren'.
import type { RelativeDates } from '../../normalise/types.js';

export const relativeDates: RelativeDates = {
  phrases: [
    { phrase: 'letztes jahr', unit: 'year', offset: -1 }, { phrase: 'im letzten jahr', unit: 'year', offset: -1 },
    { phrase: 'im vergangenen jahr', unit: 'year', offset: -1 }, { phrase: 'vergangenes jahr', unit: 'year', offset: -1 },
    { phrase: 'im vorigen jahr', unit: 'year', offset: -1 }, { phrase: 'vorletztes jahr', unit: 'year', offset: -2 },
    { phrase: 'dieses jahr', unit: 'year', offset: 0 }, { phrase: 'dieses jahres', unit: 'year', offset: 0 }, { phrase: 'in diesem jahr', unit: 'year', offset: 0 },
    { phrase: 'nächstes jahr', unit: 'year', offset: 1 }, { phrase: 'im kommenden jahr', unit: 'year', offset: 1 },
    { phrase: 'letzten monat', unit: 'month', offset: -1 }, { phrase: 'im vergangenen monat', unit: 'month', offset: -1 },
    { phrase: 'heute', unit: 'day', offset: 0 }, { phrase: 'gestern', unit: 'day', offset: -1 },
  ],
  yearsAgo: [{ before: 'vor', after: ['jahren', 'jahr'] }],
  yearsLater: ['jahre später', 'jahr später'],
  yearsEarlier: ['jahre zuvor', 'jahr zuvor', 'jahre früher', 'jahr früher'],
  sameOrNextYear: [{ phrase: 'im selben jahr', shift: 0 }, { phrase: 'im gleichen jahr', shift: 0 }, { phrase: 'im folgejahr', shift: 1 }, { phrase: 'im jahr darauf', shift: 1 }, { phrase: 'im jahr davor', shift: -1 }, { phrase: 'ein jahr davor', shift: -1 }],
  hedges: ['weniger als', 'mehr als', 'knapp', 'etwa', 'rund', 'über', 'fast'],
  numberWords: { einem: 1, ein: 1, eine: 1, zwei: 2, drei: 3, vier: 4, fünf: 5, sechs: 6, sieben: 7, acht: 8, neun: 9, zehn: 10, zwanzig: 20 },
};
