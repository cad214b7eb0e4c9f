// Italian page furniture: link teasers, adverts, popups, sidebar headings.
import type { PageFurnitureLexicon } from '../../read/types.js';

export const pageFurniture: PageFurnitureLexicon = {
  lines: { 'pubblicità': 'advert', 'condividi': 'navigation', 'seguici': 'navigation', 'abbonati': 'order-prompt', 'chiudi': 'navigation' },
  readAlso: ['leggi anche', 'leggi di più', 'potrebbe interessarti', 'articoli correlati', 'correlati'],
  advert: ['pubblicità', 'contenuto sponsorizzato', 'sponsorizzato'],
  popup: ['utilizziamo i cookie', 'questo sito utilizza cookie', 'accetta i cookie', 'iscriviti alla nostra newsletter'],
  tailStart: { 'i più letti': 'read-also', 'articoli correlati': 'read-also', 'potrebbe interessarti': 'read-also', 'seguici': 'navigation' },
  inlineLink: ['come puoi leggere qui'],
  readMore: ['leggi di più', 'continua a leggere'],
  peopleNews: [],
  jobWords: ['sviluppatore', 'consulente', 'ingegnere', 'responsabile'],
  byline: ['di'],
  photoCredit: ['foto'],
};
