// German words often capitalised at a sentence start or in headlines that never name a company or person.
export const commonWords: string[] = [
  // Nouns of worry and of business results that open phrases ('Aus Sorge vor …', 'geringeren Margen').
  'sorge', 'margen', 'auslastung', 'auslastungen',
  // Adverbs opening a sentence ('Gleich zu Beginn des Jahres …').
  'gleich', 'zwar', 'derweil', 'gewissermaßen',
  // Words of a page's dateline ('Stand: 26.06.2018, 17:05 Uhr').
  'uhr', 'stand',
  // Words of negotiating, people and totals that open or stand in a sentence ('Gespräche über …', 'Vertreter der Holding boten an').
  'gespräche', 'verhandlungen', 'vertreter', 'vertretern', 'insgesamt',
  // Nouns of gains, parts and markets that stand without an article ('für beide Seiten Vorteile', 'Hersteller von Komponenten').
  'vorteil', 'vorteile', 'nachteil', 'nachteile', 'komponente', 'komponenten', 'kapitalmarkt', 'geschäftsfeld', 'geschäftsfelder', 'aktuell',
  // 'in Höhe von': the amount of.
  'höhe',
  // Words of time that open a sentence ('Vorig jaar kocht …', 'År 2017 köpte …', 'Quelques semaines plus tôt').
  'letztes', 'vergangenes', 'nächstes', 'letzten', 'vergangenen',
  // Numbers open sentences ('Fire år etter …') and name nothing.
  'eins', 'zwei', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun', 'zehn', 'zwölf', 'zwanzig', 'hundert',
  'der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einen', 'einem', 'einer', 'dieser', 'diese', 'dieses', 'er', 'sie', 'es', 'wir', 'ich', 'du', 'ihr', 'man', 'sein', 'seine', 'ihre', 'unser',
  'und', 'oder', 'aber', 'wenn', 'als', 'nach', 'vor', 'seit', 'mit', 'ohne', 'bis', 'von', 'an', 'in', 'im', 'am', 'zum', 'zur', 'vom', 'beim', 'auf', 'um', 'über', 'unter', 'bei', 'gegen', 'zwischen', 'durch', 'laut', 'trotz', 'für', 'nun',
  // Sums of money ('für einen nicht genannten Betrag').
  'betrag', 'betrages', 'beträge', 'summe', 'summen', 'kaufsumme', 'gesamtbetrag', 'niveau', 'rekordniveau',
  // Staff counted ('mit 450 Beschäftigten'), deals counted ('Goodwill aus Fusionen und Akquisitionen'), effects booked.
  'beschäftigte', 'beschäftigten', 'mitarbeitern', 'fusionen', 'akquisitionen', 'übernahmen', 'zukäufe', 'zukäufen', 'effekt', 'effekte', 'sondereffekt', 'sondereffekte',
  // Prepositions that open a sentence ('Neben Advent, Cinven und RAG war …').
  'neben', 'außer', 'wegen', 'dank', 'gemäß', 'samt', 'anstelle', 'statt',
  // 'unter Dach und Fach', 'auf der Kippe': idioms of a deal's fate.
  'dach', 'fach', 'kippe', 'zuge', 'jahre', 'jahres', 'monat', 'monats', 'woche', 'quartal', 'quartals', 'halbjahr', 'halbjahres', 'auflagen', 'quellen', 'jahren', 'monate', 'monaten', 'wochen',
  'monatelang', 'jahrelang', 'wochenlang', 'tagelang', 'frühjahr', 'herbst', 'sommer', 'winter', 'anfang', 'beginn', 'mitte', 'ende', 'vorjahr', 'geschäftsjahr',
  'erst', 'zunächst', 'schließlich', 'seinerseits', 'ihrerseits',
  'danach', 'damals', 'dabei', 'daher', 'darauf', 'davor', 'dahinter', 'daneben', 'dagegen', 'darunter', 'darüber', 'davon', 'dazu', 'dafür', 'daraus', 'darin', 'dadurch', 'hingegen', 'zuletzt', 'zudem', 'außerdem', 'inzwischen', 'allerdings', 'jedoch', 'bereits',
  'interesse', 'jetzt', 'dann', 'hier', 'dort', 'auch', 'doch', 'noch', 'schon', 'erneut', 'wieder', 'deshalb', 'zugleich', 'zuvor', 'später', 'heute', 'gestern', 'morgen', 'was', 'wo', 'wer', 'warum', 'wie', 'welche', 'nicht', 'kein', 'keine', 'ja', 'nein', 'alle', 'einige', 'viele', 'beide', 'jeder', 'zwei', 'drei', 'erste', 'zweite', 'ist', 'war', 'sind', 'waren', 'hat', 'haben', 'hatte', 'wird', 'wurde', 'soll', 'kann', 'könnte', 'muss', 'lesen', 'mehr', 'neu', 'neue', 'anzeige', 'teilen', 'kommentare', 'artikel',
  'montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonntag',
  'januar', 'februar', 'märz', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'dezember',
  'übersee', 'ausland', 'inland', 'unternehmen', 'konzern', 'firma', 'milliarden', 'millionen', 'euro', 'dollar', 'prozent', 'preis', 'übernahme', 'kauf', 'verkauf', 'fusion', 'chef', 'vorstand', 'aufsichtsrat', 'aktie', 'aktien', 'anteil', 'anteile', 'angebot', 'geschäft', 'jahr', 'jahren', 'millionen', 'markt', 'branche', 'gewinn', 'umsatz', 'mitarbeiter', 'kunden', 'sparte', 'tochter', 'gründer', 'insider', 'insidern', 'kreisen', 'agentur', 'berichten', 'bericht',
  // Weitere Funktionswörter und Satzanfänge ('Zuletzt hatte …', 'Laut …').
  'gleichen', 'angaben', 'angabe', 'marke', 'marken', 'zuletzt', 'zunächst', 'schließlich', 'außerdem', 'zudem', 'damit', 'jedoch', 'dennoch', 'trotzdem', 'laut', 'unter', 'zwischen', 'innerhalb', 'während', 'weil', 'obwohl', 'dass', 'daß', 'ob', 'sobald', 'sofern', 'falls', 'sowohl', 'alle', 'viele', 'mehrere', 'einige', 'keine', 'jeder', 'jede', 'andere', 'anderen', 'selbst', 'nur', 'gerade', 'sonst', 'vielleicht', 'wohl', 'wahrscheinlich', 'besonders', 'ursprünglich', 'tatsächlich', 'nämlich', 'früher', 'später', 'gleichzeitig', 'deshalb', 'daher', 'bereits', 'auch', 'noch', 'inzwischen', 'mittlerweile', 'derzeit', 'seitdem', 'bislang', 'bisher',
  'aus', 'zu',
  // Words of about and nearly that open a sentence before an amount ('Rund 50 Milliarden Dollar kostete …').
  'rund', 'knapp', 'etwa', 'fast', 'gut', 'nahezu', 'beinahe', 'annähernd', 'ungefähr', 'insgesamt', 'zusammen',
  // Quantifiers that open a sentence ('Zahlreiche Marken …').
  'zahlreiche', 'zahlreichen', 'etliche', 'diverse', 'verschiedene',
];
