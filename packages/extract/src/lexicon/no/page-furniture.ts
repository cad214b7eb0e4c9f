// Norwegian page furniture: link teasers, adverts, popups, sidebar headings and people-news markers.
import type { PageFurnitureLexicon } from '../../read/types.js';

export const pageFurniture: PageFurnitureLexicon = {
  lines: {
    'annonse': 'advert',
    'del': 'navigation',
    'del artikkelen': 'navigation',
    'følg oss': 'navigation',
    'bestill nå': 'order-prompt',
    'kjøp nå': 'order-prompt',
    'abonner': 'order-prompt',
    'logg inn': 'navigation',
    'lukk': 'navigation',
  },
  readAlso: ['les også', 'les mer', 'se også', 'relaterte artikler', 'relatert'],
  advert: ['annonse', 'annonsørinnhold', 'sponset', 'sponset innhold', 'i samarbeid med'],
  popup: ['vi bruker informasjonskapsler', 'vi bruker cookies', 'godta cookies', 'godta informasjonskapsler', 'meld deg på vårt nyhetsbrev'],
  tailStart: {
    'mest lest': 'read-also',
    'flere nyheter': 'read-also',
    'siste nytt': 'read-also',
    'kommende arrangementer': 'events',
    'ledige stillinger': 'job-listing',
    'følg oss': 'navigation',
    'nye jobber': 'people-news',
  },
  inlineLink: ['som du kan lese om her', 'les mer her'],
  readMore: ['les mer'],
  peopleNews: ['ny jobb'],
  hirePatterns: [/\bhar (?:fra|pr\.) \d{1,2}\. \p{L}{3,9} \d{4} ansatt\b/u],
  jobWords: ['utvikler', 'konsulent', 'arkitekt', 'sjef', 'leder', 'ingeniør', 'rådgiver', 'selger'],
  jobAdLabels: ['ledig stilling', 'ledige stillinger', 'jobb'],
  byline: ['av', 'tekst'],
  photoCredit: ['foto', 'bilde', 'arkivfoto'],
};
