// Swedish job titles (lower case) and the role each names, with cues for former roles and past employers.
import type { Titles } from '../types.js';

export const titles: Titles = {
  titles: {
    'vd': 'CEO', 'verkställande direktör': 'CEO', 'koncernchef': 'CEO', 'ceo': 'CEO', 'chef': 'CEO', 'toppchef': 'CEO',
    'styrelseordförande': 'CHAIRMAN', 'ordförande': 'CHAIRMAN',
    'grundare': 'FOUNDER', 'grundaren': 'FOUNDER', 'medgrundare': 'FOUNDER', 'grundade': 'FOUNDER',
    'divisionschef': 'HEAD', 'avdelningschef': 'HEAD', 'landschef': 'HEAD', 'chef för': 'HEAD',
    'finanschef': 'EXECUTIVE', 'cfo': 'EXECUTIVE', 'direktör': 'EXECUTIVE', 'vice vd': 'EXECUTIVE',
    'styrelseledamot': 'BOARD', 'ledamot': 'BOARD',
    'anställd': 'EMPLOYEE', 'medarbetare': 'EMPLOYEE', 'presschef': 'EMPLOYEE', 'talesperson': 'EMPLOYEE',
    'analytiker': 'EMPLOYEE', 'ekonom': 'EMPLOYEE', 'kommunikationschef': 'EMPLOYEE', 'kommunikationsdirektör': 'EMPLOYEE', 'informationschef': 'EMPLOYEE', 'ir-chef': 'EMPLOYEE', 'pressansvarig': 'EMPLOYEE', 'talesman': 'EMPLOYEE',
  },
  former: ['tidigare', 'före detta', 'f.d.', 'förre', 'ex-'],
  and: ['och', '&', ','],
  pastEmployment: ['har tidigare arbetat på', 'arbetade tidigare på', 'kommer närmast från', 'tidigare på', 'var tidigare anställd på'],
  runs: ['som leder', 'leder'],
  ran: ['som har lett', 'har lett', 'ledde', 'som ledde'],
  compoundEnds: ['analytiker', 'ekonom', 'direktör'],
  honorifics: ['dr', 'prof'],
  titleAfter: ['blev', 'blir', 'som blev', 'som', 'är', 'var', 'den', 'till', 'till ny', 'som hade varit', 'hade varit', 'har varit', 'dess', 'deras', 'en'],
  foundedBy: ['grundat', 'grundad', 'grundades', 'startat', 'startades', 'bildades', 'etablerat'],
  ledBy: ['lett av', 'som leds av', 'under ledning av', 'med'],
  headedBy: ['lett av', 'som leds av', 'under ledning av'],
  founded: ['grundade', 'startade', 'var med och grundade', 'bildade'],
  succeeds: ['efterträder', 'efterträdde', 'ersätter', 'ersatte', 'tar över efter', 'tog över efter', 'avlöser', 'avlöste'],
  succeededBy: ['ersätts av', 'ersattes av', 'efterträds av', 'efterträddes av', 'avlöses av', 'avlöstes av'],
};
