// Norwegian (bokmål and nynorsk) month names, January first, lowercase; abbreviations without their period (after dayjs's 'nb' locale).
export const months: readonly (readonly string[])[] = [
  ['januar', 'jan'],
  ['februar', 'feb'],
  ['mars', 'mar'],
  ['april', 'apr'],
  ['mai'],
  ['juni', 'jun'],
  ['juli', 'jul'],
  ['august', 'aug'],
  ['september', 'sep', 'sept'],
  ['oktober', 'okt'],
  ['november', 'nov'],
  ['desember', 'des'],
];
