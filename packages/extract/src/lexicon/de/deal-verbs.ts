// German verbs, nouns and prepositions that say a business changes owner, merges, is written down or draws bids.
import type { DealPrepositions, DealVerbs } from '../types.js';

export const dealVerbs: DealVerbs = {
  buy: {
    past: ['kaufte …… ab', 'kauften …… ab', 'hat …… abgekauft', 'hatte …… abgekauft', 'beteiligte sich …… an', 'beteiligten sich …… an', 'hat sich …… an … beteiligt', 'hatte sich …… an … beteiligt', 'erhöhte seine Beteiligung an', 'erhöhte seinen Anteil an', 'erhöhte ihre Beteiligung an', 'erhöhte ihren Anteil an', 'erhöhten seine Beteiligung an', 'erhöhten seinen Anteil an', 'erhöhten ihre Beteiligung an', 'erhöhten ihren Anteil an', 'stockte seine Beteiligung an … auf', 'stockte seinen Anteil an … auf', 'stockte ihre Beteiligung an … auf', 'stockte ihren Anteil an … auf', 'hat seine Beteiligung an …… erhöht', 'hat seine Beteiligung an …… aufgestockt', 'hat seinen Anteil an …… erhöht', 'hat seinen Anteil an …… aufgestockt', 'hat ihre Beteiligung an …… erhöht', 'hat ihre Beteiligung an …… aufgestockt', 'hat ihren Anteil an …… erhöht', 'hat ihren Anteil an …… aufgestockt', 'wurde größter Aktionär bei', 'wurde zum größten Aktionär von', 'nahm … von der Börse', 'kaufte', 'kauften', 'übernahm', 'übernahmen', 'erwarb', 'erwarben', 'hat … gekauft', 'hat … übernommen', 'hat … erworben', 'kaufte … auf', 'übernommen', 'gekauft', 'erworben', 'aufgekauft', 'zugekauft', 'hinzugekauft', 'verleibte sich … ein', 'hat sich … einverleibt', 'einverleibt', 'schluckte', 'hat … geschluckt', 'geschluckt', 'übernahm die Kontrolle über', 'sicherte sich die Kontrolle über', 'stieg … ein', 'stiegen … ein', 'ist … eingestiegen', 'beteiligte sich', 'beteiligten sich', 'hat sich … beteiligt', 'haben sich … beteiligt', 'folgte', 'folgten', 'sicherte sich … Anteil*', 'sicherte sich … Prozent', 'sicherte sich … Beteiligung', 'sicherte sich … Aktien', 'hat sich … gesichert', 'hatte sich … gesichert', 'sich … gesichert zu haben', 'wurde Aktionär bei', 'wurde Aktionär von', 'sind … eingestiegen', 'war … eingestiegen', 'hat den Kampf um … für sich entschieden', 'gewann den Kampf um', 'gewann die Übernahmeschlacht um'],
    present: ['kauft …… ab', 'kaufen …… ab', 'beteiligt sich …… an', 'beteiligen sich …… an', 'erhöht seine Beteiligung an', 'erhöht seinen Anteil an', 'erhöht ihre Beteiligung an', 'erhöht ihren Anteil an', 'stockt seine Beteiligung an … auf', 'stockt seinen Anteil an … auf', 'stockt ihre Beteiligung an … auf', 'stockt ihren Anteil an … auf', 'verleibt sich … ein', 'wird größter Aktionär bei', 'wird zum größten Aktionär von', 'nimmt … von der Börse', 'kauft', 'übernimmt', 'erwirbt', 'kauft … auf', 'schluckt', 'übernimmt die Kontrolle über', 'sichert sich die Kontrolle über', 'steigt … ein', 'beteiligt sich', 'beteiligen sich', 'sichert sich … Anteil*', 'sichert sich … Prozent', 'sichert sich … Beteiligung', 'sichert sich … Aktien', 'wird Aktionär bei', 'wird Aktionär von', 'gewinnt den Kampf um', 'entscheidet den Kampf um … für sich'],
    base: ['abkaufen', 'abzukaufen', 'seine Beteiligung an …… zu erhöhen', 'seine Beteiligung an …… aufzustocken', 'seinen Anteil an …… zu erhöhen', 'seinen Anteil an …… aufzustocken', 'ihre Beteiligung an …… zu erhöhen', 'ihre Beteiligung an …… aufzustocken', 'ihren Anteil an …… zu erhöhen', 'ihren Anteil an …… aufzustocken', 'größter Aktionär werden', 'von der Börse nehmen', 'von der Börse zu nehmen', 'kaufen', 'übernehmen', 'erwerben', 'zu kaufen', 'zu übernehmen', 'zu erwerben', 'einzuverleiben', 'einverleiben', 'aufkaufen', 'aufzukaufen', 'zukaufen', 'abkaufen', 'abzukaufen', 'einsteigen', 'einzusteigen', 'sich … zu beteiligen', 'sich … beteiligen'],
  },
  sell: {
    past: ['verkaufte', 'verkauften', 'hat … verkauft', 'veräußerte', 'trennte sich von', 'trennte sich … von', 'stieß … ab'],
    present: ['verkauft', 'veräußert', 'trennt sich von', 'trennt sich … von', 'stößt … ab', 'gibt … ab'],
    base: ['verkaufen', 'zu verkaufen', 'veräußern', 'abstoßen', 'abzugeben'],
  },
  pay: {
    past: ['zahlte', 'zahlten', 'bezahlte', 'hat … gezahlt', 'hat … bezahlt', 'legte … auf den Tisch', 'blätterte … hin'],
    present: ['zahlt', 'bezahlt', 'legt … auf den Tisch'],
    base: ['zahlen', 'bezahlen'],
  },
  merge: {
    past: ['fusionierte', 'fusionierten', 'schlossen sich zusammen', 'wurden fusioniert', 'wurden zusammengelegt', 'wurden verschmolzen', 'schloss sich … zusammen', 'schlossen sich … zusammen'],
    present: ['fusioniert', 'fusionieren', 'schließen sich zusammen', 'werden fusioniert', 'werden zusammengelegt', 'werden verschmolzen', 'schließt sich … zusammen', 'schließen sich … zusammen'],
    base: ['fusionieren', 'zu fusionieren'],
  },
  writeDown: {
    past: ['schrieb …… ab', 'schrieben …… ab', 'hat …… abgeschrieben', 'abgeschrieben', 'wertberichtigte'],
    present: ['schreibt …… ab', 'schreiben …… ab', 'abschreibt'],
    base: ['abschreiben', 'abzuschreiben'],
  },
  passiveBuy: {
    past: ['wurde … übernommen', 'wurde … gekauft', 'wurde … verkauft', 'ist … übernommen worden', 'wurde … erworben', 'übernommen von', 'gekauft von', 'ging in den Besitz von', 'ging … in den Besitz von', 'fiel an', 'ging an', 'gingen an', 'ging … an', 'gingen … an', 'kam unter die Kontrolle von', 'an … gegangen'],
    present: ['wird … übernommen', 'wird … gekauft', 'wird … verkauft', 'geht an', 'gehen an', 'geht … an', 'gehe an', 'gehe … an', 'ging an', 'ging … an'],
    base: ['übernommen werden', 'gekauft werden', 'verkauft werden', 'an … gehen'],
  },
  interest: ['interessiert sich … für', 'interessieren sich … für', 'interessierte sich … für', 'interessierten sich … für', 'führte Gespräche', 'hatte verhandelt', 'zeigten Interesse', 'zeigte Interesse', 'hatten Interesse', 'hatte Interesse', 'waren interessiert', 'war interessiert', 'boten für', 'bot für', 'gaben ein Gebot ab', 'gab ein Gebot ab', 'legte ein Angebot vor', 'in Gesprächen mit', 'in Verhandlungen mit', 'verhandelt mit', 'in exklusiven Verhandlungen mit', 'bietet … für', 'bieten … für', 'bot … für', 'boten … für', 'greift nach', 'greift …… nach', 'greifen nach', 'greifen …… nach', 'griff …… nach', 'griffen …… nach', 'griff nach', 'soll … Interesse an', 'sollen … Interesse an', 'hat Interesse an', 'haben Interesse an', 'ist interessiert', 'sind interessiert', 'buhlt', 'buhlen', 'buhlte', 'buhlten'],
  nouns: {
    buy: ['Übernahme*', 'Kauf', 'Kaufs', 'Zukauf*', 'Erwerb*', 'Akquisition*'],
    sell: ['Verkauf', 'Verkaufs', 'Veräußerung*', 'Abspaltung*'],
    merge: ['Fusion*', 'Zusammenschluss*', 'Verschmelzung*'],
    writeDown: ['Abschreibung*', 'Wertberichtigung*', 'Wertminderung*'],
    price: ['Preis', 'Kaufpreis*'],
    deal: ['Deal', 'Transaktion*', 'Vereinbarung*'],
    offer: ['Angebot', 'Angebots', 'Übernahmeangebot*', 'Kaufangebot*', 'Gebot', 'Offerte', 'Übernahmeofferte*', 'Kaufofferte*', 'Offerten', 'Gegenangebot*', 'Übernahmegebot*'],
  },
  stake: ['beteiligt sich', 'beteiligte sich', 'beteiligen sich', 'beteiligten sich', 'sich …… an … beteiligt', 'Fünftel an', 'Viertel an', 'Drittel an', 'Zehntel an', 'Anteil an', 'Beteiligung an', 'Minderheitsbeteiligung an', 'Prozent an', 'Prozent der', '% an', 'Aktienpaket', 'Anteile an', 'sich ein', 'Beteiligung von', 'größter Aktionär', 'größten Aktionär', 'stieg bei', 'stiegen bei', 'steigt bei', 'steigen bei', 'eingestiegen', 'einzusteigen', 'einsteigen', 'einstieg', 'beteiligt', 'beteiligte', 'beteiligen', 'Aktionär bei', 'Aktionär von'],
  majority: ['Mehrheit', 'Mehrheitsbeteiligung', 'alle Anteile', 'restlichen', 'sämtliche Aktien', 'alle Aktien'],
  innerAdverbs: ['auch', 'bereits', 'schon', 'nun', 'jetzt', 'endlich', 'offiziell', 'kürzlich', 'damit', 'somit', 'also', 'dabei'],
  nounPrefixes: ['milliarden', 'millionen', 'rekord', 'mega'],
};

export const prepositions: DealPrepositions = {
  from: ['von'],
  to: ['an'],
  by: ['von', 'durch'],
  for: ['für'],
  of: ['von', 'des', 'der', 'an'],
  with: ['mit'],
  on: ['auf'],
  at: ['bei', 'beim', 'von'],
  besides: ['neben', 'außer', 'abgesehen von'],
};
