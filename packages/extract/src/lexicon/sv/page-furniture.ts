// Swedish page furniture: link teasers, adverts, popups, sidebar headings and people-news markers.
import type { PageFurnitureLexicon } from '../../read/types.js';

export const pageFurniture: PageFurnitureLexicon = {
  lines: {
    'annons': 'advert',
    'dela': 'navigation',
    'dela artikeln': 'navigation',
    'följ oss': 'navigation',
    'prenumerera': 'order-prompt',
    'beställ nu': 'order-prompt',
    'köp nu': 'order-prompt',
    'logga in': 'navigation',
    'stäng': 'navigation',
  },
  readAlso: ['läs också', 'läs även', 'läs mer', 'se även', 'relaterade artiklar', 'relaterat'],
  advert: ['annons', 'sponsrat', 'sponsrad', 'i samarbete med', 'annonsörsinnehåll'],
  popup: ['vi använder cookies', 'godkänn cookies', 'acceptera cookies', 'prenumerera på vårt nyhetsbrev', 'anmäl dig till vårt nyhetsbrev'],
  tailStart: {
    'mest läst': 'read-also',
    'mest lästa': 'read-also',
    'fler nyheter': 'read-also',
    'senaste nytt': 'read-also',
    'kommande evenemang': 'events',
    'lediga jobb': 'job-listing',
    'följ oss': 'navigation',
    'nya jobb': 'people-news',
  },
  inlineLink: ['som du kan läsa om här', 'läs mer här'],
  readMore: ['läs mer'],
  peopleNews: ['nytt jobb'],
  jobWords: ['utvecklare', 'konsult', 'arkitekt', 'chef', 'ingenjör', 'projektledare', 'specialist', 'säljare'],
  jobAdLabels: ['ledigt jobb', 'lediga jobb', 'jobb'],
  byline: ['av', 'text'],
  photoCredit: ['foto', 'bild', 'arkivbild'],
};
