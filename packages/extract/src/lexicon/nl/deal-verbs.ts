// Dutch verbs, nouns and prepositions that say a business changes owner, merges, is written down or draws bids.
import type { DealPrepositions, DealVerbs } from '../types.js';

export const dealVerbs: DealVerbs = {
  buy: {
    past: ['heeft zijn belang in … vergroot', 'heeft zijn belang in … verhoogd', 'heeft zijn belang in … uitgebreid', 'heeft haar belang in … vergroot', 'heeft haar belang in … verhoogd', 'heeft haar belang in … uitgebreid', 'vergrootte zijn belang in', 'verhoogde zijn belang in', 'vergrootte haar belang in', 'verhoogde haar belang in', 'breidde zijn belang in … uit', 'breidde haar belang in … uit', 'werd grootaandeelhouder van', 'werd de grootste aandeelhouder van', 'haalde … van de beurs', 'kocht', 'kochten', 'nam …… over', 'namen …… over', 'overnam', 'overnamen', 'heeft gekocht', 'heeft overgenomen', 'overgenomen', 'gekocht', 'verwierf', 'heeft verworven', 'verworven', 'lijfde … in', 'inlijfde', 'heeft ingelijfd', 'ingelijfd', 'stapte in bij', 'stapten in bij', 'nam een … belang', 'namen een … belang', 'heeft een … belang genomen', 'heeft een … genomen in', 'hebben een … genomen in', 'nam … een belang', 'namen … een belang', 'nam … een meerderheidsbelang', 'nam … een minderheidsbelang', 'nam de controle over', 'kreeg de controle over', 'kreeg … controle over', 'nam … controle over', 'slokte … op', 'volgde', 'volgden', 'won de strijd om', 'won de overnamestrijd om', 'overgekocht', 'kocht … over'],
    present: ['vergroot zijn belang in', 'verhoogt zijn belang in', 'vergroot haar belang in', 'verhoogt haar belang in', 'breidt zijn belang in … uit', 'breidt haar belang in … uit', 'wordt grootaandeelhouder van', 'wordt de grootste aandeelhouder van', 'haalt … van de beurs', 'koopt', 'neemt …… over', 'overneemt', 'verwerft', 'lijft … in', 'stapt in bij', 'stappen in bij', 'neemt een … belang', 'nemen een … belang', 'neemt … een belang', 'neemt … een meerderheidsbelang', 'neemt … een minderheidsbelang', 'neemt de controle over', 'krijgt de controle over', 'krijgt … controle over', 'neemt … controle over', 'slokt … op', 'wint de strijd om', 'wint de overnamestrijd om', 'koopt … over'],
    base: ['zijn belang in … te vergroten', 'zijn belang in … te verhogen', 'haar belang in … te vergroten', 'haar belang in … te verhogen', 'grootaandeelhouder worden', 'van de beurs halen', 'van de beurs te halen', 'kopen', 'overnemen', 'over te nemen', 'te kopen', 'verwerven', 'in te lijven', 'een … belang te nemen', 'een … belang nemen', 'de controle over … krijgen', 'overkopen', 'over te kopen'],
  },
  sell: {
    past: ['overgedaan', 'verkocht', 'verkochten', 'heeft verkocht', 'deed … van de hand', 'stootte … af', 'afgestoten'],
    present: ['verkoopt', 'verkopen', 'doet … van de hand', 'stoot … af', 'afstoot'],
    base: ['over te doen', 'overdoen', 'te verkopen', 'verkopen', 'af te stoten', 'afstoten'],
  },
  pay: {
    past: ['betaalde', 'betaalden', 'heeft betaald', 'legde … neer', 'telde … neer', 'legde … op tafel'],
    present: ['betaalt', 'legt … neer', 'telt … neer', 'legt … op tafel'],
    base: ['betalen', 'te betalen'],
  },
  merge: {
    past: ['fuseerde', 'fuseerden', 'zijn gefuseerd', 'is gefuseerd', 'werden samengevoegd', 'zijn samengevoegd', 'gingen samen', 'samensmolt', 'samensmolten', 'smolt … samen', 'smolten … samen', 'zijn samengesmolten', 'is samengesmolten', 'ging … samen met'],
    present: ['fuseert', 'fuseren', 'gaan samen', 'worden samengevoegd', 'smelt … samen', 'smelten … samen', 'samensmelt', 'gaat … samen met'],
    base: ['fuseren', 'samen te gaan', 'samensmelten', 'samen te smelten'],
  },
  writeDown: {
    past: ['schreef … af', 'schreven … af', 'heeft … afgeschreven', 'afgeschreven', 'boekte een afwaardering', 'waardeerde … af', 'boekte … af', 'boekten … af', 'heeft … afgeboekt', 'afgeboekt'],
    present: ['schrijft … af', 'afschrijft', 'waardeert … af', 'boekt … af', 'afboekt'],
    base: ['afschrijven', 'af te schrijven', 'afwaarderen', 'afboeken', 'af te boeken', 'af te gaan boeken'],
  },
  passiveBuy: {
    past: ['werd overgenomen', 'werd gekocht', 'is overgenomen', 'is gekocht', 'werd ingelijfd', 'werd … ingelijfd', 'is ingelijfd', 'ingelijfd door', 'werd … overgenomen', 'werd … gekocht', 'werd … verkocht', 'is … overgenomen', 'is … gekocht', 'is … verkocht', 'werd verkocht', 'overgenomen door', 'gekocht door', 'kwam in handen van', 'kwam … in handen van', 'kwam in bezit van', 'kwam onder controle van', 'is verkocht', 'kwamen in handen van', 'kwamen … in handen van', 'zijn in handen gekomen van'],
    present: ['wordt overgenomen', 'wordt gekocht', 'wordt verkocht', 'wordt ingelijfd', 'wordt … overgenomen', 'wordt … gekocht', 'wordt … verkocht', 'komen in handen van', 'komt in handen van', 'komen … in handen van', 'komt … in handen van'],
    base: ['worden overgenomen', 'worden gekocht', 'worden verkocht'],
  },
  interest: ['is geïnteresseerd in', 'zijn geïnteresseerd in', 'interesseert zich voor', 'voerde gesprekken', 'had gesprekken', 'toonden interesse', 'toonde interesse', 'hadden interesse', 'had interesse', 'waren geïnteresseerd', 'was geïnteresseerd', 'brachten een bod uit', 'bracht een bod uit', 'deed een bod', 'deden een bod', 'in gesprek met', 'in gesprek is met', 'in gesprek zijn met', 'in onderhandeling met', 'in exclusieve onderhandelingen met', 'zou interesse hebben in', 'zouden interesse hebben in', 'heeft interesse in', 'hebben interesse in', 'zou geïnteresseerd zijn in', 'zouden geïnteresseerd zijn in'],
  nouns: {
    buy: ['overname*', 'aankoop', 'aankopen', 'koop', 'acquisitie*', 'inlijving'],
    sell: ['verkoop', 'afstoting'],
    merge: ['fusie*', 'samensmelting', 'samenvoeging*'],
    writeDown: ['afschrijving*', 'afwaardering*', 'afboeking*', 'bijzondere waardevermindering*', 'waardevermindering*'],
    price: ['prijs', 'koopprijs', 'overnameprijs', 'verkoopprijs'],
    deal: ['deal', 'transactie', 'overeenkomst'],
    offer: ['bod', 'overnamebod', 'aanbod', 'openbaar bod', 'tegenbod', 'overnamebod*', 'biedingen', 'tegenbod*', 'overnameaanbod'],
  },
  stake: ['belang in', 'belang van', 'in bij', 'minderheidsbelang in', 'aandeel in', 'procent van', '% van', 'aandelen in', 'deelneming in', 'zich in bij', 'zich in in', 'grootaandeelhouder', 'grootste aandeelhouder'],
  majority: ['meerderheidsbelang', 'meerderheid', 'alle aandelen', 'resterende', 'bod op de aandelen'],
  innerAdverbs: ['ook', 'al', 'nu', 'eindelijk', 'officieel', 'eerder', 'onlangs', 'daarmee', 'dus', 'zo', 'daarbij'],
  nounPrefixes: ['miljarden', 'miljoenen', 'record', 'mega'],
};

export const prepositions: DealPrepositions = {
  from: ['van'],
  to: ['aan', 'terug aan'],
  by: ['door'],
  for: ['voor'],
  of: ['van', 'in'],
  with: ['met'],
  on: ['op'],
  at: ['bij', 'van', 'voor'],
  besides: ['behalve', 'naast', 'afgezien van'],
};
