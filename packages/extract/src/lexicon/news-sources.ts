// News agencies and business papers, which report deals and take no part in them: 'X is sold to Y, Reuters reported'.
const sources = `
Reuters|Thomson Reuters|Bloomberg|Bloomberg News|Associated Press|AP|AFP|Agence France-Presse|dpa|Deutsche Presse-Agentur|Dow Jones|Dow Jones Newswires
Ritzau|NTB|TT|TT Nyhetsbyrån|ANP|Belga|APA|Reuters Breakingviews|CNBC|Sky News|BBC|CNN
Financial Times|FT|Wall Street Journal|WSJ|New York Times|Handelsblatt|Frankfurter Allgemeine|FAZ|Süddeutsche Zeitung|Les Echos|Le Figaro|Le Monde|La Tribune
Børsen|Berlingske|Jyllands-Posten|Politiken|Finans|Dagens Næringsliv|DN|E24|Finansavisen|Dagens Industri|Di|Svenska Dagbladet|SvD
Het Financieele Dagblad|FD|NRC|De Telegraaf|De Tijd|AFN|ANP-AFN|Nikkei|Kyodo|Yonhap|Xinhua|The Information|Recode|TechCrunch
`;

/** Names of news agencies and papers, lowercased. */
export const newsSources: ReadonlySet<string> = new Set(sources.split(/\n|\|/).map((name) => name.trim().toLowerCase()).filter((name) => name.length > 0));
