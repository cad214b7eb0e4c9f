// Swedish words often capitalised at a sentence start or in headlines that never name a company or person.
export const commonWords: string[] = [
  // Words of time that open a sentence ('Vorig jaar kocht …', 'År 2017 köpte …', 'Quelques semaines plus tôt').
  'år', 'förra', 'nästa', 'förrförra',
  // Words of negotiating and totals that open a sentence ('Totalt betalar …', 'Förhandlingarna …').
  'totalt', 'sammanlagt', 'samtal', 'samtalen', 'förhandlingar', 'förhandlingarna',
  // Numbers open sentences ('Fire år etter …') and name nothing.
  'två', 'tre', 'fyra', 'fem', 'sex', 'sju', 'åtta', 'nio', 'tio', 'tolv', 'tjugo', 'hundra',
  'den', 'det', 'de', 'en', 'ett', 'som', 'han', 'hon', 'vi', 'jag', 'du', 'man', 'detta', 'dessa', 'denna', 'sin', 'sitt', 'sina', 'hans', 'hennes', 'deras', 'vår',
  'och', 'eller', 'men', 'om', 'när', 'då', 'efter', 'före', 'sedan', 'med', 'utan', 'till', 'från', 'för', 'av', 'på', 'över', 'under', 'vid', 'hos', 'mot', 'mellan', 'genom', 'trots', 'enligt', 'i',
  'nu', 'så', 'här', 'där', 'också', 'dock', 'ännu', 'redan', 'igen', 'därför', 'samtidigt', 'tidigare', 'senare', 'idag', 'igår', 'vad', 'var', 'vem', 'varför', 'hur', 'vilken', 'inte', 'ja', 'nej', 'alla', 'några', 'många', 'båda', 'varje', 'två', 'tre', 'första', 'andra', 'är', 'har', 'hade', 'ska', 'kan', 'kunde', 'skulle', 'blev', 'blir', 'läs', 'mer', 'nytt', 'nya', 'annons', 'dela',
  'måndag', 'tisdag', 'onsdag', 'torsdag', 'fredag', 'lördag', 'söndag',
  'januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december',
  'miljarder', 'miljoner', 'kronor', 'euro', 'dollar', 'pris', 'köp', 'förvärv', 'vd', 'chef',
  // Adverbs of time that open a sentence ('Då betalade …').
  'då', 'sedan dess', 'hittills', 'framöver', 'snart', 'senast', 'därefter', 'efteråt',
  // Fler funktionsord och meningsinledare ('Senast har …', 'Enligt …').
  'senast', 'först', 'sist', 'slutligen', 'dessutom', 'därmed', 'däremot', 'emellertid', 'ändå', 'enligt', 'bland', 'kring', 'inom', 'innan', 'tills', 'medan', 'eftersom', 'fastän', 'trots', 'både', 'alla', 'många', 'flera', 'några', 'ingen', 'inga', 'varje', 'annan', 'andra', 'samma', 'egen', 'själv', 'bara', 'annars', 'kanske', 'troligen', 'sannolikt', 'särskilt', 'ursprungligen', 'faktiskt', 'nämligen', 'tidigare', 'senare', 'samtidigt', 'därför', 'redan', 'också', 'fortfarande',
  // Sentence adverbs that open a sentence ('Därutöver görs …', 'Derudover har …').
  'därutöver', 'vidare', 'således', 'alltså', 'därtill', 'likaså',
  // 'Grönt ljus för …', 'Uppgifter gör gällande …', 'Påstås …': a go-ahead and words of hearsay that open a sentence.
  'grönt', 'uppgifter', 'påstås',
];
