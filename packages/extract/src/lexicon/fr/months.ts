// French month names, January first, lowercase; abbreviations without their period (after dayjs's 'fr' locale).
export const months: readonly (readonly string[])[] = [
  ['janvier', 'janv'],
  ['février', 'févr', 'fevrier'],
  ['mars'],
  ['avril', 'avr'],
  ['mai'],
  ['juin'],
  ['juillet', 'juil'],
  ['août', 'aout'],
  ['septembre', 'sept'],
  ['octobre', 'oct'],
  ['novembre', 'nov'],
  ['décembre', 'déc', 'decembre'],
];
