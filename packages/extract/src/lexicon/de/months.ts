// German month names, January first, lowercase; abbreviations without their period (after dayjs's 'de' locale).
export const months: readonly (readonly string[])[] = [
  ['januar', 'jan', 'jänner'],
  ['februar', 'feb'],
  ['märz', 'mär', 'maerz'],
  ['april', 'apr'],
  ['mai'],
  ['juni', 'jun'],
  ['juli', 'jul'],
  ['august', 'aug'],
  ['september', 'sep', 'sept'],
  ['oktober', 'okt'],
  ['november', 'nov'],
  ['dezember', 'dez'],
];
