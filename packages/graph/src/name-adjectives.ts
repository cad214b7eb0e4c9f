// Leading adjectives of nationality or origin that news text puts before a name
// ("finske Kone", "het Franse Danone"): never part of the name, in any language.
export const leadingAdjectives: ReadonlySet<string> = new Set([
  // da / no / sv
  'finske', 'finska', 'franske', 'franska', 'amerikanske', 'amerikanska', 'tyske', 'tyska', 'svenske', 'svenska',
  'danske', 'norske', 'norska', 'britiske', 'brittiska', 'kinesiske', 'kinesiska', 'japanske', 'japanska',
  'hollandske', 'sydkoreanske', 'koreanske', 'indiske', 'schweiziske', 'italienske', 'spanske', 'canadiske',
  // nl
  'finse', 'franse', 'amerikaanse', 'duitse', 'zweedse', 'deense', 'noorse', 'britse', 'chinese', 'japanse',
  'nederlandse', 'zuid-koreaanse', 'koreaanse', 'indiase', 'zwitserse', 'italiaanse', 'spaanse', 'canadese',
  // de
  'finnische', 'französische', 'amerikanische', 'deutsche', 'schwedische', 'dänische', 'britische', 'chinesische',
  'japanische', 'niederländische', 'südkoreanische', 'schweizer', 'italienische', 'spanische',
  // en / fr
  'finnish', 'french', 'american', 'german', 'swedish', 'danish', 'norwegian', 'british', 'japanese', 'dutch',
  'finlandais', 'français', 'américain', 'allemand',
]);
