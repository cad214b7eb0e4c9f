// French page furniture: link teasers, adverts, popups, sidebar headings and people-news markers.
import type { PageFurnitureLexicon } from '../../read/types.js';

export const pageFurniture: PageFurnitureLexicon = {
  lines: {
    'publicité': 'advert',
    'partager': 'navigation',
    'partager cet article': 'navigation',
    'suivez-nous': 'navigation',
    "s'abonner": 'order-prompt',
    'abonnez-vous': 'order-prompt',
    'commander': 'order-prompt',
    'se connecter': 'navigation',
    'fermer': 'navigation',
  },
  readAlso: ['lire aussi', 'à lire aussi', 'lire la suite', 'voir aussi', 'sur le même sujet', 'articles liés', 'à lire également'],
  advert: ['publicité', 'contenu sponsorisé', 'sponsorisé', 'publireportage', 'en partenariat avec'],
  popup: ['nous utilisons des cookies', 'accepter les cookies', 'tout accepter', 'inscrivez-vous à notre newsletter', 'abonnez-vous à notre newsletter'],
  tailStart: {
    'les plus lus': 'read-also',
    'articles les plus lus': 'read-also',
    'sur le même sujet': 'read-also',
    'à lire aussi': 'read-also',
    'agenda': 'events',
    'événements': 'events',
    'offres d\'emploi': 'job-listing',
    'nominations': 'people-news',
    'suivez-nous': 'navigation',
  },
  inlineLink: ['comme vous pouvez le lire ici', 'à lire ici'],
  readMore: ['lire la suite', 'en savoir plus'],
  peopleNews: ['nouveau poste'],
  jobWords: ['développeur', 'consultant', 'ingénieur', 'chef de projet', 'architecte', 'responsable', 'chargé'],
  jobAdLabels: ["offre d'emploi", "offres d'emploi", 'emploi', 'recrutement'],
  byline: ['par'],
  photoCredit: ['photo', 'crédit photo', 'crédits photo', 'illustration'],
};
