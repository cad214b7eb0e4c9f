// Dutch page furniture: link teasers, adverts, popups, sidebar headings and people-news markers.
import type { PageFurnitureLexicon } from '../../read/types.js';

export const pageFurniture: PageFurnitureLexicon = {
  lines: {
    'volg ons': 'navigation',
    'deel dit artikel': 'navigation',
    'delen': 'navigation',
    'bestel nu': 'order-prompt',
    'nu bestellen': 'order-prompt',
    'abonneer nu': 'order-prompt',
    'schrijf je in': 'order-prompt',
    'inloggen': 'navigation',
    'sluiten': 'navigation',
    'advertentie': 'advert',
  },
  readAlso: ['lees ook', 'lees meer', 'lees verder', 'zie ook', 'gerelateerde artikelen', 'gerelateerd', 'meer over'],
  advert: ['advertentie', 'gesponsord', 'gesponsorde inhoud', 'in samenwerking met', 'partnerbijdrage'],
  popup: ['dit is een popup', 'wij gebruiken cookies', 'we gebruiken cookies', 'accepteer cookies', 'cookies accepteren', 'schrijf je in voor onze nieuwsbrief', 'meld je aan voor onze nieuwsbrief'],
  tailStart: {
    'gerelateerde artikelen': 'read-also',
    'meest gelezen': 'read-also',
    'meer nieuws': 'read-also',
    'laatste nieuws': 'read-also',
    'volg ons': 'navigation',
    'vacatures': 'job-listing',
    'agenda': 'events',
    'evenementen': 'events',
  },
  inlineLink: ['lees er hier meer over', 'zoals je hier kunt lezen', 'lees hier meer'],
  readMore: ['lees meer', 'lees verder'],
  peopleNews: ['nieuwe baan'],
  jobWords: ['medewerker', 'ontwikkelaar', 'adviseur', 'consultant', 'manager', 'architect', 'engineer', 'beheerder'],
  jobAdLabels: ['vacature', 'vacatures'],
  byline: ['door', 'tekst'],
  photoCredit: ['foto', 'beeld', 'archieffoto'],
};
