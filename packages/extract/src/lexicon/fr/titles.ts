// French job titles (lower case) and the role each names, with cues for former roles and past employers.
import type { Titles } from '../types.js';

export const titles: Titles = {
  titles: {
    'pdg': 'CEO', 'p-dg': 'CEO', 'dg': 'CEO', 'dga': 'EXECUTIVE', 'président-directeur général': 'CEO', 'directeur général': 'CEO', 'directrice générale': 'CEO', 'patron': 'CEO', 'patronne': 'CEO', 'ceo': 'CEO', 'président du directoire': 'CEO',
    'président du conseil': 'CHAIRMAN', "président du conseil d'administration": 'CHAIRMAN', 'président': 'CHAIRMAN', 'présidente': 'CHAIRMAN', 'président du conseil de surveillance': 'CHAIRMAN',
    'fondateur': 'FOUNDER', 'fondatrice': 'FOUNDER', 'cofondateur': 'FOUNDER', 'cofondatrice': 'FOUNDER', 'co-fondateur': 'FOUNDER',
    'directeur': 'HEAD', 'directrice': 'HEAD', 'responsable': 'HEAD', 'patron de la division': 'HEAD',
    'directeur financier': 'EXECUTIVE', 'directrice financière': 'EXECUTIVE', 'dirigeant': 'EXECUTIVE', 'dirigeante': 'EXECUTIVE', 'vice-président': 'EXECUTIVE', 'cadre': 'EXECUTIVE',
    'administrateur': 'BOARD', 'administratrice': 'BOARD', "membre du conseil d'administration": 'BOARD',
    'salarié': 'EMPLOYEE', 'salariée': 'EMPLOYEE', 'employé': 'EMPLOYEE', 'porte-parole': 'EMPLOYEE', 'ingénieur': 'EMPLOYEE',
    'analyste': 'EMPLOYEE', 'économiste': 'EMPLOYEE', 'stratégiste': 'EMPLOYEE', 'conseiller': 'EMPLOYEE', 'conseillère': 'EMPLOYEE',
  },
  former: ['ancien', 'ancienne', 'ex-', "l'ex-", 'précédent'],
  and: ['et', '&', ','],
  pastEmployment: ['a travaillé chez', 'passé par', 'passée par', 'ancien de', 'ancienne de', 'venu de', 'venue de', 'auparavant chez'],
  runs: ['qui dirige', 'dirige'],
  ran: ['qui a dirigé', 'a dirigé', 'qui dirigeait', 'dirigeait'],
  compoundEnds: [],
  honorifics: ['m', 'mme', 'dr', 'me'],
  titleAfter: ['devient', 'est devenu', 'est devenue', 'reste', 'en tant que', 'comme', 'est', 'était', 'le', 'la', 'nommé', 'nommée', 'qui était', 'qui avait été', 'avait été', 'a été', 'son', 'sa', 'un', 'une'],
  foundedBy: ['fondé', 'fondée', 'créé', 'créée', 'cofondé', 'cofondée'],
  ledBy: ['dirigé par', 'dirigée par', 'mené par', 'menée par', 'avec son', 'avec sa'],
  headedBy: ['dirigé par', 'dirigée par'],
  founded: ['a fondé', 'a cofondé', 'fonda', 'a créé', 'avait fondé', 'avait cofondé'],
  succeeds: ['succède à', 'succédera à', 'a succédé à', 'remplace', 'remplacera', 'a remplacé', 'prend la succession de', 'prendra la succession de', 'a pris la succession de'],
  succeededBy: ['sera remplacé par', 'est remplacé par', 'a été remplacé par', 'sera remplacée par', 'est remplacée par', 'a été remplacée par'],
};
