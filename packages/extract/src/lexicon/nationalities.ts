// Adjectives of nationality and origin in the languages we read (any case): they describe a company, never name one.
const stems = `
dansk danske danish danois danoise deens deense dänisch dänische dänischen svensk svenske swedish suédois suédoise zweeds zweedse schwedisch schwedische schwedischen norsk norske norwegian norvégien norvégienne noors noorse norwegisch norwegische finsk finske finnish finlandais finlandaise fins finse finnisch finnische finnischen
fransk franske french français française frans franse französisch französische französischen tysk tyske german allemand allemande duits duitse deutsch deutsche deutschen hollandsk hollandske nederlandsk nederlandske dutch néerlandais néerlandaise nederlands nederlandse niederländisch niederländische
britisk britiske british britannique brits britse britisch britische engelsk engelske english anglais anglaise engels engelse englisch amerikansk amerikanske american américain américaine amerikaans amerikaanse amerikanisch amerikanische amerikanischen
kinesisk kinesiske chinese chinois chinoise chinees chinese chinesisch chinesische japansk japanske japanese japonais japonaise japans japanse japanisch japanische sydkoreansk sydkoreanske koreansk koreanske korean coréen coréenne koreaans koreaanse südkoreanisch südkoreanische
italiensk italienske italian italien italienne italiaans italiaanse italienisch italienische spansk spanske spanish espagnol espagnole spaans spaanse spanisch spanische schweizisk schweiziske swiss suisse zwitsers zwitserse schweizer schweizerische
belgisk belgiske belgian belge belgisch belgische indisk indiske indian indien indienne indiaas indiase indisch indische russisk russiske russian russe russisch russische islandsk islandske icelandic kinesisk-finske
europæisk europæiske european européen européenne europees europese europäisch europäische nordisk nordiske nordic nordique nordisch nordische skandinavisk skandinaviske scandinavian
`;

export const nationalityWords: string[] = stems.split(/\s+/).filter((word) => word.length > 0);
