// Spanish page furniture: link teasers, adverts, popups, sidebar headings.
import type { PageFurnitureLexicon } from '../../read/types.js';

export const pageFurniture: PageFurnitureLexicon = {
  lines: { 'publicidad': 'advert', 'compartir': 'navigation', 'síguenos': 'navigation', 'suscríbete': 'order-prompt', 'cerrar': 'navigation' },
  readAlso: ['lee también', 'lea también', 'leer más', 'te puede interesar', 'noticias relacionadas', 'relacionado'],
  advert: ['publicidad', 'contenido patrocinado', 'patrocinado'],
  popup: ['utilizamos cookies', 'aceptar cookies', 'suscríbete a nuestro boletín'],
  tailStart: { 'lo más leído': 'read-also', 'noticias relacionadas': 'read-also', 'te puede interesar': 'read-also', 'síguenos': 'navigation' },
  inlineLink: ['como puedes leer aquí'],
  readMore: ['leer más'],
  peopleNews: [],
  jobWords: ['desarrollador', 'consultor', 'ingeniero', 'gerente', 'responsable'],
  byline: ['por'],
  photoCredit: ['foto', 'imagen'],
};
