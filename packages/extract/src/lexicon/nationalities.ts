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
