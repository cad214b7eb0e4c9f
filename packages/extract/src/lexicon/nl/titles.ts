// Dutch job titles (lower case) and the role each names, with cues for former roles and past employers.
import type { Titles } from '../types.js';

export const titles: Titles = {
  titles: {
    'ceo': 'CEO', 'topman': 'CEO', 'topvrouw': 'CEO', 'bestuursvoorzitter': 'CEO', 'algemeen directeur': 'CEO', 'directeur': 'CEO', 'topbestuurder': 'CEO', 'baas': 'CEO',
    'voorzitter': 'CHAIRMAN', 'president-commissaris': 'CHAIRMAN', 'voorzitter van de raad van commissarissen': 'CHAIRMAN',
    'oprichter': 'FOUNDER', 'medeoprichter': 'FOUNDER', 'mede-oprichter': 'FOUNDER', 'grondlegger': 'FOUNDER',
    'hoofd': 'HEAD', 'chef': 'HEAD', 'divisiedirecteur': 'HEAD', 'afdelingshoofd': 'HEAD',
    'financieel directeur': 'EXECUTIVE', 'cfo': 'EXECUTIVE', 'coo': 'EXECUTIVE', 'cto': 'EXECUTIVE', 'bestuurder': 'EXECUTIVE', 'president': 'EXECUTIVE', 'vicepresident': 'EXECUTIVE',
    'commissaris': 'BOARD', 'bestuurslid': 'BOARD', 'lid van de raad van bestuur': 'BOARD',
    'medewerker': 'EMPLOYEE', 'werknemer': 'EMPLOYEE', 'woordvoerder': 'EMPLOYEE', 'persvoorlichter': 'EMPLOYEE',
    'woordvoerster': 'EMPLOYEE', 'analist': 'EMPLOYEE', 'econoom': 'EMPLOYEE', 'hoofdeconoom': 'EMPLOYEE', 'strateeg': 'EMPLOYEE',
  },
  former: ['voormalige', 'voormalig', 'oud-', 'ex-', 'vroegere', 'toenmalige'],
  and: ['en', '&', ','],
  pastEmployment: ['werkte eerder bij', 'werkte voorheen bij', 'voorheen bij', 'eerder werkzaam bij', 'kwam over van', 'was eerder bij'],
  runs: ['die leidt', 'leidt'],
  ran: ['die leidde', 'leidde', 'heeft geleid'],
  compoundEnds: ['analist', 'econoom', 'woordvoerder', 'woordvoerster'],
  honorifics: ['dr', 'prof', 'drs', 'mr', 'ir', 'ing'],
  titleAfter: ['werd', 'wordt', 'die werd', 'als', 'is', 'was', 'de', 'tot', 'tot nieuwe', 'die eerder', 'had been', 'is geweest', 'zijn', 'haar', 'hun', 'die', 'een'],
  foundedBy: ['opgericht', 'gesticht', 'opgezet'],
  ledBy: ['geleid door', 'onder leiding van', 'met'],
  headedBy: ['geleid door', 'onder leiding van'],
  founded: ['richtte … op', 'heeft … opgericht', 'stichtte', 'had … opgericht'],
  succeeds: ['volgt … op', 'volgde … op', 'vervangt', 'verving', 'neemt het stokje over van', 'nam het stokje over van'],
  succeededBy: ['wordt opgevolgd door', 'werd opgevolgd door', 'wordt vervangen door', 'werd vervangen door'],
};
