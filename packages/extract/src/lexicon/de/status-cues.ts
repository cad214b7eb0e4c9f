// German words in a deal's clause that tell whether it is rumoured, planned, done or called off.
import type { StatusCues } from '../types.js';

export const statusCues: StatusCues = {
  planned: ['will', 'wollen', 'plant', 'geplante', 'geplant', 'soll', 'sollen', 'wird', 'vereinbart', 'Vereinbarung', 'einigten sich', 'hat sich geeinigt', 'Angebot', 'exklusive Verhandlungen', 'erwartet'],
  announced: ['kündigte an', 'angekündigt', 'teilte mit'],
  rumored: ['Gespräche', 'verhandelt', 'Verhandlungen', 'Gerüchte', 'Gerücht', 'soll angeblich', 'angeblich', 'erwägt', 'prüft', 'Insidern', 'Kreisen', 'könnte', 'Spekulation*', 'Interesse an'],
  cancelled: ['abgesagt', 'sagte … ab', 'abgeblasen', 'geplatzt', 'platzt', 'platzte', 'platzen', 'bricht … ab', 'brach … ab', 'brechen … ab', 'brachen … ab', 'gescheitert', 'zog sich zurück', 'zurückgezogen', 'untersagt', 'verboten', 'abgebrochen', 'scheitert', 'scheiterte', 'aufgegeben', 'gab … auf', 'gibt … auf', 'zieht sich zurück', 'verzichtet', 'verzichtete', 'kein Angebot vorlegen', 'kein Übernahmeangebot vorlegen', 'kein Angebot abgeben', 'sagt … ab', 'bläst … ab', 'blies … ab', 'vom Tisch', 'zog …… zurück', 'zieht …… zurück'],
  completed: ['abgeschlossen', 'schloss … ab', 'vollzogen', 'vollzog'],
};
