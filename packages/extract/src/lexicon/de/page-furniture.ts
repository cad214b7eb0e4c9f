// German page furniture: link teasers, adverts, popups, sidebar headings and people-news markers.
import type { PageFurnitureLexicon } from '../../read/types.js';

export const pageFurniture: PageFurnitureLexicon = {
  lines: {
    'anzeige': 'advert',
    'werbung': 'advert',
    'teilen': 'navigation',
    'artikel teilen': 'navigation',
    'folgen sie uns': 'navigation',
    'jetzt bestellen': 'order-prompt',
    'jetzt abonnieren': 'order-prompt',
    'abonnieren': 'order-prompt',
    'anmelden': 'navigation',
    'schließen': 'navigation',
    'drucken': 'navigation',
  },
  readAlso: ['lesen sie auch', 'lesen sie mehr', 'mehr zum thema', 'auch interessant', 'das könnte sie auch interessieren', 'weiterlesen', 'siehe auch'],
  advert: ['anzeige', 'werbung', 'gesponsert', 'sponsored', 'in kooperation mit', 'advertorial'],
  popup: ['wir verwenden cookies', 'wir nutzen cookies', 'cookies akzeptieren', 'alle akzeptieren', 'melden sie sich für unseren newsletter an', 'newsletter abonnieren'],
  tailStart: {
    'meistgelesen': 'read-also',
    'meistgelesene artikel': 'read-also',
    'weitere artikel': 'read-also',
    'weitere nachrichten': 'read-also',
    'das könnte sie auch interessieren': 'read-also',
    'veranstaltungen': 'events',
    'termine': 'events',
    'köpfe': 'people-news',
    'personalien': 'people-news',
    'stellenangebote': 'job-listing',
    'folgen sie uns': 'navigation',
  },
  inlineLink: ['lesen sie hier mehr dazu', 'wie hier berichtet', 'mehr dazu hier'],
  readMore: ['mehr', 'weiterlesen', 'mehr erfahren'],
  peopleNews: ['neuer job'],
  jobWords: ['entwickler', 'berater', 'ingenieur', 'manager', 'architekt', 'referent', 'mitarbeiter', 'leiter', 'sachbearbeiter'],
  byline: ['von', 'text'],
};
