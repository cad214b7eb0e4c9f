// Dutch month names, January first, lowercase; abbreviations without their period (after dayjs's 'nl' locale).
export const months: readonly (readonly string[])[] = [
  ['januari', 'jan'],
  ['februari', 'feb'],
  ['maart', 'mrt'],
  ['april', 'apr'],
  ['mei'],
  ['juni', 'jun'],
  ['juli', 'jul'],
  ['augustus', 'aug'],
  ['september', 'sep', 'sept'],
  ['oktober', 'okt'],
  ['november', 'nov'],
  ['december', 'dec'],
];
