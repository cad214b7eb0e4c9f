// Italian month names, January first, lowercase; abbreviations without their period (after dayjs's 'it' locale).
export const months: readonly (readonly string[])[] = [
  ['gennaio', 'gen'],
  ['febbraio', 'feb'],
  ['marzo', 'mar'],
  ['aprile', 'apr'],
  ['maggio', 'mag'],
  ['giugno', 'giu'],
  ['luglio', 'lug'],
  ['agosto', 'ago'],
  ['settembre', 'set'],
  ['ottobre', 'ott'],
  ['novembre', 'nov'],
  ['dicembre', 'dic'],
];
