// Adjectives of nationality and origin in the languages we read (any case): they describe a company, never name one.
const stems = `
dansk danske danish danois danoise deens deense dänisch dänische dänischen svensk svenske swedish suédois suédoise zweeds zweedse schwedisch schwedische schwedischen norsk norske norwegian norvégien norvégienne noors noorse norwegisch norwegische finsk finske finnish finlandais finlandaise fins finse finnisch finnische finnischen
fransk franske french français française frans franse französisch französische französischen tysk tyske german allemand allemande duits duitse deutsch deutsche deutschen hollandsk hollandske nederlandsk nederlandske dutch néerlandais néerlandaise nederlands nederlandse niederländisch niederländische
britisk britiske british britannique brits britse britisch britische engelsk engelske english anglais anglaise engels engelse englisch amerikansk amerikanske american américain américaine amerikaans amerikaanse amerikanisch amerikanische amerikanischen
kinesisk kinesiske chinese chinois chinoise chinees chinese chinesisch chinesische japansk japanske japanese japonais japonaise japans japanse japanisch japanische sydkoreansk sydkoreanske koreansk koreanske korean coréen coréenne koreaans koreaanse südkoreanisch südkoreanische
italiensk italienske italian italien italienne italiaans italiaanse italienisch italienische spansk spanske spanish espagnol espagnole spaans spaanse spanisch spanische schweizisk schweiziske swiss suisse zwitsers zwitserse schweizer schweizerische
belgisk belgiske belgian belge belgisch belgische indisk indiske indian indien indienne indiaas indiase indisch indische russisk russiske russian russe russisch russische islandsk islandske icelandic kinesisk-finske
svenska finska norska danska amerikanska brittiska tyska franska kinesiska japanska nederländska holländska italienska spanska schweiziska belgiska indiska ryska isländska europeiska nordiska skandinaviska
canadian canadien canadienne canadees canadese kanadisch kanadische kanadensisk kanadensiska canadisk canadiske kanadisk kanadiske
australian australien australienne australisch australische australiska australsk australske australiaans australische
austrian autrichien autrichienne oostenrijks oostenrijkse österreichisch österreichische österreichischen österrikisk österrikiska østrigsk østrigske østerriksk østerrikske
irish irlandais irlandaise iers ierse irisch irische irländsk irländska irsk irske
polish polonais polonaise pools poolse polnisch polnische polsk polska polske
brazilian brésilien brésilienne braziliaans braziliaanse brasilianisch brasilianische brasiliansk brasilianska brasilianske
mexican mexicain mexicaine mexicaans mexicaanse mexikanisch mexikanische mexikansk mexikanska mexicansk mexicanske
portuguese portugais portugaise portugees portugese portugiesisch portugiesische portugisisk portugisiska portugisiske
turkish turc turque turks turkse türkisch türkische turkisk turkiska tyrkisk tyrkiske
israeli israélien israélienne israëlisch israëlische israelisch israelische israelisk israeliska israelske
saudi saoudien saoudienne saudisch saudische saudiarabisk saudiarabiska saudiarabiske
emirati qatari singaporean taiwanese taïwanais taiwanesisch taiwanesisk thai vietnamese indonesian malaysian philippine
greek grec grecque grieks griekse griechisch griechische grekisk grekiska græsk græske gresk greske
czech tchèque tsjechisch tsjechische tschechisch tschechische tjeckisk tjeckiska tjekkisk tjekkiske
hungarian hongrois hongroise hongaars hongaarse ungarisch ungarische ungersk ungerska ungarsk ungarske
argentine argentinian argentin argentine chilean chilien colombian colombien peruvian
estonian latvian lithuanian ukrainian ukrainien ukrainienne oekraïens oekraïense ukrainisch ukrainische ukrainsk ukrainska ukrainske
luxembourgish luxembourgeois luxembourgeoise luxemburgs luxemburgse luxemburgisch luxemburgische
south-african sud-africain sud-africaine zuid-afrikaans zuid-afrikaanse südafrikanisch südafrikanische sydafrikansk sydafrikanska sydafrikanske
egyptian nigerian kenyan moroccan pakistani bangladeshi
afrikansk afrikanske afrikanska african africain africaine afrikaanse afrikanisch afrikanische asiatisk asiatiske asiatiska asian asiatique asiatisch asiatische aziatisch aziatische
europæisk europæiske european européen européenne europees europese europäisch europäische nordisk nordiske nordic nordique nordisch nordische skandinavisk skandinaviske scandinavian
`;

export const nationalityWords: string[] = stems.split(/\s+/).filter((word) => word.length > 0);

/**
 * People of a country standing for a company of theirs ('tyskerne', 'die Amerikaner', 'de Fransen', 'the Germans'),
 * each with an adjective of the same country in the same language: 'tyskerne' points to the company the page called
 * 'tyske'. Definite Nordic plurals carry their article; the others follow one. Each line opens with its languages: an
 * English 'Norwegians' is a Norwegian page's genitive of a company.
 */
const demonymTable = `
da no sv | tyskerne:tysk tyskarna:tysk amerikanerne:amerikansk amerikanerna:amerikansk franskmændene:fransk franskmennene:fransk fransmännen:fransk
da no sv | svenskerne:svensk svenskene:svensk svenskarna:svensk nordmændene:norsk nordmennene:norsk norrmännen:norsk danskerne:dansk danskene:dansk danskarna:dansk
da no sv | finnerne:finsk finnene:finsk finnarna:finsk japanerne:japansk japanerna:japansk kineserne:kinesisk kineserna:kinesisk briterne:britisk britene:britisk britterna:brittisk
da no sv | schweizerne:schweizisk schweizarna:schweizisk hollænderne:hollandsk nederlænderne:nederlandsk italienerne:italiensk italienarna:italiensk
de | amerikaner:amerikanisch franzosen:französisch japaner:japanisch chinesen:chinesisch schweden:schwedisch briten:britisch dänen:dänisch norweger:norwegisch finnen:finnisch schweizer:schweizerisch niederländer:niederländisch italiener:italienisch
nl | amerikanen:amerikaans fransen:frans duitsers:duits japanners:japans chinezen:chinees zweden:zweeds britten:brits denen:deens noren:noors zwitsers:zwitsers italianen:italiaans
en | americans:american germans:german japanese:japanese chinese:chinese swedes:swedish danes:danish norwegians:norwegian finns:finnish swiss:swiss dutch:dutch italians:italian
fr | américains:américain allemands:allemand japonais:japonais chinois:chinois suédois:suédois danois:danois norvégiens:norvégien finlandais:finlandais suisses:suisse néerlandais:néerlandais italiens:italien britanniques:britannique
`;

const demonymsByLanguage = new Map<string, Map<string, string>>();
for (const line of demonymTable.split('\n')) {
  const [languages, pairs] = line.split('|');
  if (languages === undefined || pairs === undefined) continue;
  for (const lang of languages.trim().split(/\s+/)) {
    const table = demonymsByLanguage.get(lang) ?? new Map<string, string>();
    for (const pair of pairs.trim().split(/\s+/)) {
      const [people, adjective] = pair.split(':');
      if (people !== undefined && adjective !== undefined) table.set(people, adjective);
    }
    demonymsByLanguage.set(lang, table);
  }
}

/** The people of a country in a language's words ('tyskerne'), with an adjective of that country; empty for others. */
const noDemonyms: ReadonlyMap<string, string> = new Map();

export function demonymsOf(lang: string): ReadonlyMap<string, string> {
  return demonymsByLanguage.get(lang) ?? noDemonyms;
}
