// English job titles (lower case) and the role each names, with cues for former roles and past employers.
import type { Titles } from '../types.js';

export const titles: Titles = {
  titles: {
    'chief executive officer': 'CEO', 'chief executive': 'CEO', ceo: 'CEO', 'managing director': 'CEO', 'group ceo': 'CEO', 'president and ceo': 'CEO', 'president and chief executive': 'CEO',
    chairman: 'CHAIRMAN', chairwoman: 'CHAIRMAN', chairperson: 'CHAIRMAN', chair: 'CHAIRMAN', 'executive chairman': 'CHAIRMAN', 'board chairman': 'CHAIRMAN',
    founder: 'FOUNDER', 'co-founder': 'FOUNDER', cofounder: 'FOUNDER', 'founding partner': 'FOUNDER',
    'head': 'HEAD', 'general manager': 'HEAD', 'division head': 'HEAD', 'country manager': 'HEAD',
    'chief financial officer': 'EXECUTIVE', cfo: 'EXECUTIVE', 'chief operating officer': 'EXECUTIVE', coo: 'EXECUTIVE', 'chief technology officer': 'EXECUTIVE', cto: 'EXECUTIVE', president: 'EXECUTIVE', 'vice president': 'EXECUTIVE', 'executive vice president': 'EXECUTIVE', 'senior vice president': 'EXECUTIVE', director: 'EXECUTIVE', executive: 'EXECUTIVE', 'finance chief': 'EXECUTIVE', boss: 'CEO',
    'board member': 'BOARD', 'non-executive director': 'BOARD', 'member of the board': 'BOARD', 'board director': 'BOARD',
    employee: 'EMPLOYEE', engineer: 'EMPLOYEE', analyst: 'EMPLOYEE', spokesman: 'EMPLOYEE', spokeswoman: 'EMPLOYEE', spokesperson: 'EMPLOYEE',
    economist: 'EMPLOYEE', 'chief economist': 'EMPLOYEE', strategist: 'EMPLOYEE', 'portfolio manager': 'EMPLOYEE', 'fund manager': 'EMPLOYEE', 'research analyst': 'EMPLOYEE', 'equity analyst': 'EMPLOYEE',
    'chief marketing officer': 'EXECUTIVE', 'chief commercial officer': 'EXECUTIVE', 'chief strategy officer': 'EXECUTIVE', 'chief investment officer': 'EXECUTIVE', 'general counsel': 'EXECUTIVE',
  },
  former: ['former', 'ex-', 'erstwhile', 'previous', 'one-time', 'onetime'],
  and: ['and', '&', ','],
  pastEmployment: ['previously worked at', 'formerly at', 'formerly of', 'a former employee of', 'who previously worked at', 'came from', 'a veteran of', 'previously at', 'spent years at', 'used to work at'],
  runs: ['who runs', 'runs', 'who leads', 'leads', 'who heads', 'heads'],
  ran: ['who has run', 'has run', 'who ran', 'ran', 'who led', 'led', 'who headed', 'headed', 'who has led', 'has led', 'who had run'],
  compoundEnds: [],
  honorifics: ['dr', 'prof', 'mr', 'mrs', 'ms', 'sir', 'dame', 'lord'],
  titleAfter: ['who became', 'became', 'becomes', 'will become', 'who was', 'was', 'is', 'has been', 'had been', 'who had been', 'who has been', 'remains', 'as', 'who serves as', 'who is', 'now', 'the', 'its', 'their', 'to be', 'to become', 'a', 'an'],
  foundedBy: ['founded', 'co-founded', 'set up', 'established', 'started', 'created'],
  ledBy: ['led by', 'run by', 'headed by', 'chaired by', 'whose'],
  headedBy: ['led by', 'run by', 'headed by'],
  founded: ['founded', 'co-founded', 'cofounded', 'set up', 'started', 'established', 'created'],
  succeeds: ['succeeds', 'will succeed', 'to succeed', 'succeeded', 'takes over from', 'will take over from', 'would take over from', 'took over from', 'to take over from', 'replaces', 'will replace', 'to replace', 'replaced'],
  succeededBy: ['will be replaced by', 'is replaced by', 'was replaced by', 'is being replaced by', 'will be succeeded by', 'is succeeded by', 'was succeeded by', 'will be replaced with', 'was replaced with', 'is replaced with'],
};
