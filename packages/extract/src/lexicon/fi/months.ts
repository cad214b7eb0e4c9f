// Finnish, with the partitive (-ta) of dates and the inessive (-ssa) of "in <month>" month names, January first, lowercase; abbreviations without their period (after dayjs's 'fi' locale).
export const months: readonly (readonly string[])[] = [
  ['tammikuu', 'tammikuuta', 'tammikuussa'],
  ['helmikuu', 'helmikuuta', 'helmikuussa'],
  ['maaliskuu', 'maaliskuuta', 'maaliskuussa'],
  ['huhtikuu', 'huhtikuuta', 'huhtikuussa'],
  ['toukokuu', 'toukokuuta', 'toukokuussa'],
  ['kesäkuu', 'kesäkuuta', 'kesäkuussa'],
  ['heinäkuu', 'heinäkuuta', 'heinäkuussa'],
  ['elokuu', 'elokuuta', 'elokuussa'],
  ['syyskuu', 'syyskuuta', 'syyskuussa'],
  ['lokakuu', 'lokakuuta', 'lokakuussa'],
  ['marraskuu', 'marraskuuta', 'marraskuussa'],
  ['joulukuu', 'joulukuuta', 'joulukuussa'],
];
