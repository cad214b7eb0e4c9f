// German job titles (lower case) and the role each names, with cues for former roles and past employers.
import type { Titles } from '../types.js';

export const titles: Titles = {
  titles: {
    'vorstandschefin': 'CEO', 'konzernchefin': 'CEO', 'geschäftsführerin': 'CEO', 'chefin': 'CEO', 'unternehmenschefin': 'CEO', 'firmenchefin': 'CEO',
    'vorstandschef': 'CEO', 'vorstandsvorsitzender': 'CEO', 'vorstandsvorsitzende': 'CEO', 'konzernchef': 'CEO', 'ceo': 'CEO', 'geschäftsführer': 'CEO', 'firmenchef': 'CEO', 'chef': 'CEO', 'unternehmenschef': 'CEO', 'vorstandssprecher': 'CEO', 'vorstandsvorsitzenden': 'CEO', 'vorstandschefs': 'CEO',
    'aufsichtsratschef': 'CHAIRMAN', 'aufsichtsratsvorsitzender': 'CHAIRMAN', 'aufsichtsratsvorsitzende': 'CHAIRMAN', 'aufsichtsratsvorsitzenden': 'CHAIRMAN', 'verwaltungsratspräsident': 'CHAIRMAN', 'vorsitzender': 'CHAIRMAN',
    'gründer': 'FOUNDER', 'gründerin': 'FOUNDER', 'mitgründer': 'FOUNDER', 'mitbegründer': 'FOUNDER', 'firmengründer': 'FOUNDER',
    'leiter': 'HEAD', 'leiterin': 'HEAD', 'spartenchef': 'HEAD', 'bereichsleiter': 'HEAD',
    'finanzvorstand': 'EXECUTIVE', 'finanzchef': 'EXECUTIVE', 'vorstand': 'EXECUTIVE', 'vorstandsmitglied': 'EXECUTIVE', 'manager': 'EXECUTIVE', 'managerin': 'EXECUTIVE', 'präsident': 'EXECUTIVE',
    'aufsichtsrat': 'BOARD', 'aufsichtsratsmitglied': 'BOARD', 'verwaltungsrat': 'BOARD',
    'mitarbeiter': 'EMPLOYEE', 'mitarbeiterin': 'EMPLOYEE', 'sprecher': 'EMPLOYEE', 'sprecherin': 'EMPLOYEE',
    'analyst': 'EMPLOYEE', 'analystin': 'EMPLOYEE', 'volkswirt': 'EMPLOYEE', 'volkswirtin': 'EMPLOYEE', 'ökonom': 'EMPLOYEE', 'ökonomin': 'EMPLOYEE', 'finanzchefin': 'EXECUTIVE', 'kommunikationschef': 'EMPLOYEE', 'kommunikationschefin': 'EMPLOYEE',
  },
  former: ['ehemalige', 'ehemaliger', 'ehemaligen', 'früherer', 'frühere', 'ex-', 'damalige', 'damaliger'],
  and: ['und', '&', ','],
  pastEmployment: ['war zuvor bei', 'arbeitete zuvor bei', 'früher bei', 'kam von', 'zuvor bei', 'arbeitete früher für'],
  runs: ['der leitet', 'leitet', 'der führt', 'führt'],
  ran: ['der geleitet hat', 'leitete', 'der leitete', 'führte'],
  compoundEnds: ['analyst', 'analystin', 'volkswirt', 'volkswirtin', 'sprecher', 'sprecherin'],
  honorifics: ['dr', 'prof', 'herr', 'frau'],
  titleAfter: ['wurde', 'wird', 'bleibt', 'als', 'ist', 'war', 'der', 'zum', 'zur', 'zum neuen', 'zur neuen', 'der zuvor', 'zuvor', 'sein', 'ihr', 'seine', 'ihre', 'ein', 'eine'],
  foundedBy: ['gegründet', 'mitgegründet', 'ins Leben gerufen'],
  ledBy: ['geführt von', 'angeführt von', 'unter', 'mit'],
  headedBy: ['geführt von'],
  founded: ['gründete', 'mitbegründete', 'hat … gegründet', 'hatte … gegründet', 'hatte … mitgegründet', 'hat … mitgegründet'],
  succeeds: ['folgt auf', 'folgte auf', 'löst … ab', 'löste … ab', 'tritt die Nachfolge von … an', 'trat die Nachfolge von … an', 'ersetzt', 'ersetzte', 'beerbt', 'beerbte'],
  succeededBy: ['wird von … abgelöst', 'wurde von … abgelöst', 'wird durch … ersetzt', 'wurde durch … ersetzt'],
};
