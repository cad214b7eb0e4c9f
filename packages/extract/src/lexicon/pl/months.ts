// Polish, nominative and the genitive used in dates month names, January first, lowercase; abbreviations without their period (after dayjs's 'pl' locale).
export const months: readonly (readonly string[])[] = [
  ['styczeń', 'stycznia', 'sty'],
  ['luty', 'lutego', 'lut'],
  ['marzec', 'marca', 'mar'],
  ['kwiecień', 'kwietnia', 'kwi'],
  ['maj', 'maja'],
  ['czerwiec', 'czerwca', 'cze'],
  ['lipiec', 'lipca', 'lip'],
  ['sierpień', 'sierpnia', 'sie'],
  ['wrzesień', 'września', 'wrz'],
  ['październik', 'października', 'paź'],
  ['listopad', 'listopada', 'lis'],
  ['grudzień', 'grudnia', 'gru'],
];
