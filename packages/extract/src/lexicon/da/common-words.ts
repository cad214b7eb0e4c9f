// Danish words often capitalised at a sentence start or in headlines that never name a company or person.
export const commonWords: string[] = [
  // Words of time that open a sentence ('Vorig jaar kocht …', 'År 2017 köpte …', 'Quelques semaines plus tôt').
  'næste', 'forrige', 'år',
  // Words of negotiating and totals that open a sentence ('Samlet vederlag …', 'Forhandlingerne …').
  'samlet', 'totalt', 'samtaler', 'samtalerne', 'forhandlinger', 'forhandlingerne',
  // Numbers open sentences ('Fire år etter …') and name nothing.
  'to', 'tre', 'fire', 'fem', 'seks', 'syv', 'otte', 'ni', 'ti', 'tolv', 'tyve', 'hundrede',
  'den', 'det', 'de', 'en', 'et', 'der', 'som', 'han', 'hun', 'vi', 'jeg', 'du', 'i', 'man', 'dette', 'disse', 'denne', 'sin', 'sit', 'sine', 'hans', 'hendes', 'deres', 'vores',
  'og', 'eller', 'men', 'hvis', 'når', 'da', 'efter', 'før', 'siden', 'som', 'med', 'uden', 'til', 'fra', 'for', 'af', 'på', 'om', 'over', 'under', 'ved', 'hos', 'mod', 'mellem', 'gennem', 'trods', 'ifølge',
  'nu', 'så', 'her', 'der', 'også', 'dog', 'endnu', 'allerede', 'igen', 'derfor', 'samtidig', 'tidligere', 'senere', 'i dag', 'i går', 'hvad', 'hvor', 'hvem', 'hvorfor', 'hvordan', 'hvilken', 'ikke', 'ja', 'nej', 'alle', 'nogle', 'mange', 'både', 'hver', 'en', 'to', 'tre', 'første', 'anden', 'tredje', 'er', 'var', 'har', 'havde', 'vil', 'skal', 'kan', 'kunne', 'skulle', 'ville', 'blev', 'bliver', 'få', 'slip', 'læs', 'læses', 'mere', 'også', 'nyt', 'nye', 'artikel', 'annonce', 'annonceindlæg', 'opdateres', 'kommende', 'events', 'klik', 'deltag', 'lyt', 'stå', 'hvis', 'nyhed', 'nyheder', 'fremtid',
  'mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag', 'søndag',
  'januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december',
  'direktør', 'chef', 'formand', 'stifter', 'milliarder', 'millioner', 'kroner', 'euro', 'dollar', 'pris', 'salg', 'salget', 'køb', 'købet', 'opkøb', 'opkøbet', 'koster',
  // Adverbs of time that open a sentence ('Dengang betalte …').
  'dengang', 'sidenhen', 'siden da', 'hidtil', 'fremover', 'forleden', 'nyligt', 'snart', 'sidste', 'dernæst', 'herefter', 'derefter',
  // Flere funktionsord og sætningsåbnere ('Senest har …', 'Ifølge …').
  'senest', 'først', 'sidst', 'endelig', 'desuden', 'dermed', 'herudover', 'imidlertid', 'alligevel', 'ifølge', 'blandt', 'omkring', 'inden', 'indtil', 'mens', 'fordi', 'selvom', 'skønt', 'hvorimod', 'ligesom', 'både', 'alle', 'mange', 'flere', 'nogle', 'ingen', 'hver', 'anden', 'andre', 'samme', 'egen', 'selv', 'kun', 'bare', 'netop', 'ellers', 'måske', 'formentlig', 'sandsynligvis', 'især', 'navnlig', 'oprindeligt', 'dog', 'faktisk', 'nemlig',
  // Sentence adverbs that open a sentence ('Därutöver görs …', 'Derudover har …').
  'derudover', 'endvidere', 'således', 'altså', 'dertil', 'ligeledes',
  // 'Grønt lys til …', 'Angiveligt var …': a go-ahead and words of hearsay that open a sentence.
  'grønt', 'angiveligt', 'efter sigende',
];
