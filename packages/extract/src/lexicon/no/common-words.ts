// Norwegian words often capitalised at a sentence start or in headlines that never name a company or person.
export const commonWords: string[] = [
  // Words of time that open a sentence ('Vorig jaar kocht …', 'År 2017 köpte …', 'Quelques semaines plus tôt').
  'forrige', 'neste', 'år', 'ifjor', 'ifjol',
  // Words of negotiating and totals that open a sentence ('Totalt vederlag …', 'Samtalene …').
  'totalt', 'samlet', 'samtaler', 'samtalene', 'forhandlinger', 'forhandlingene',
  // Numbers open sentences ('Fire år etter …') and name nothing.
  'to', 'tre', 'fire', 'fem', 'seks', 'sju', 'syv', 'åtte', 'ni', 'ti', 'tolv', 'tjue', 'hundre',
  'den', 'det', 'de', 'en', 'et', 'ei', 'som', 'han', 'hun', 'vi', 'jeg', 'du', 'man', 'dette', 'disse', 'denne', 'sin', 'sitt', 'sine', 'hans', 'hennes', 'deres', 'vår',
  'og', 'eller', 'men', 'hvis', 'når', 'da', 'etter', 'før', 'siden', 'med', 'uten', 'til', 'fra', 'for', 'av', 'på', 'om', 'over', 'under', 'ved', 'hos', 'mot', 'mellom', 'gjennom', 'tross', 'ifølge', 'i',
  'nå', 'så', 'her', 'der', 'også', 'likevel', 'ennå', 'allerede', 'igjen', 'derfor', 'samtidig', 'tidligere', 'senere', 'i dag', 'i går', 'hva', 'hvor', 'hvem', 'hvorfor', 'hvordan', 'hvilken', 'ikke', 'ja', 'nei', 'alle', 'noen', 'mange', 'både', 'hver', 'to', 'tre', 'første', 'andre', 'er', 'var', 'har', 'hadde', 'vil', 'skal', 'kan', 'kunne', 'skulle', 'ble', 'blir', 'les', 'mer', 'nytt', 'nye', 'annonse', 'del',
  'mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag', 'søndag',
  'januar', 'februar', 'mars', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'desember',
  'milliarder', 'millioner', 'kroner', 'euro', 'dollar', 'pris', 'kjøp', 'oppkjøp', 'sjef',
  // Adverbs of time that open a sentence ('Den gang betalte …').
  'dengang', 'den gang', 'hittil', 'fremover', 'snart', 'siste', 'deretter', 'etterpå',
  // Flere funksjonsord og setningsåpnere ('Senest har …', 'Ifølge …').
  'senest', 'først', 'sist', 'endelig', 'dessuten', 'dermed', 'imidlertid', 'likevel', 'ifølge', 'blant', 'rundt', 'innen', 'inntil', 'mens', 'fordi', 'selv om', 'både', 'alle', 'mange', 'flere', 'noen', 'ingen', 'hver', 'annen', 'andre', 'samme', 'egen', 'selv', 'bare', 'nettopp', 'ellers', 'kanskje', 'trolig', 'sannsynligvis', 'særlig', 'spesielt', 'opprinnelig', 'faktisk', 'nemlig', 'tidligere', 'senere', 'samtidig', 'derfor', 'allerede', 'også', 'fortsatt', 'fremdeles',
  // Sentence adverbs that open a sentence ('Därutöver görs …', 'Derudover har …').
  'videre', 'således', 'altså', 'likeledes', 'dertil',
  // 'Grønt lys for …', 'Angivelig skal …': a go-ahead and words of hearsay that open a sentence.
  'grønt', 'angivelig', 'visstnok',
];
