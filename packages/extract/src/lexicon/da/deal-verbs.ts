// Danish verbs, nouns and prepositions that say a business changes owner, merges, is written down or draws bids.
import type { DealPrepositions, DealVerbs } from '../types.js';

export const dealVerbs: DealVerbs = {
  buy: {
    past: ['øgede sin ejerandel i', 'øgede sin aktiepost i', 'øgede sin andel i', 'har øget sin ejerandel i', 'har øget sin aktiepost i', 'har øget sin andel i', 'forøgede sin ejerandel i', 'forøgede sin aktiepost i', 'forøgede sin andel i', 'har forøget sin ejerandel i', 'har forøget sin aktiepost i', 'har forøget sin andel i', 'blev største ejer af', 'blev største aktionær i', 'blev storaktionær i', 'tog … af børsen', 'tog … over', 'købte ud', 'har købt ud', 'købte', 'opkøbte', 'overtog', 'har købt', 'har opkøbt', 'har overtaget', 'erhvervede', 'har erhvervet', 'købt', 'opkøbt', 'overtaget', 'opbygget en ejerandel', 'opbyggede en ejerandel', 'opbygget en aktiepost', 'opbyggede en aktiepost', 'opbyggede … en ejerandel', 'opbygget … en ejerandel', 'overtog kontrollen med', 'fik kontrol over', 'slugte', 'har slugt', 'fulgte', 'sikrede sig', 'har sikret sig', 'havde sikret sig', 'blev aktionær i', 'vandt kampen om', 'vandt budkrigen om'],
    present: ['øger sin ejerandel i', 'øger sin aktiepost i', 'øger sin andel i', 'forøger sin ejerandel i', 'forøger sin aktiepost i', 'forøger sin andel i', 'bliver største ejer af', 'bliver største aktionær i', 'bliver storaktionær i', 'tager … af børsen', 'køber ud', 'køber', 'opkøber', 'overtager', 'erhverver', 'vil … eje', 'skal … eje', 'overtager kontrollen med', 'sluger', 'sikrer sig', 'bliver aktionær i', 'vinder kampen om', 'vinder budkrigen om'],
    base: ['øge sin ejerandel i', 'øge sin aktiepost i', 'blive største aktionær i', 'blive storaktionær i', 'tage … af børsen', 'købe', 'opkøbe', 'overtage', 'erhverve', 'overtage kontrollen med', 'sluge', 'sikre sig'],
  },
  sell: {
    past: ['solgte', 'har solgt', 'frasolgte', 'har frasolgt', 'afhændede', 'har afhændet', 'solgt', 'frasolgt', 'afhændet'],
    present: ['sælger', 'frasælger', 'afhænder', 'udskiller'],
    base: ['sælge', 'frasælge', 'afhænde', 'udskille'],
  },
  pay: {
    past: ['betalte', 'har betalt', 'gav', 'lagde … på bordet', 'har lagt … på bordet'],
    present: ['betaler', 'giver', 'lægger … på bordet'],
    base: ['betale'],
  },
  merge: {
    past: ['fusionerede', 'er fusioneret', 'har fusioneret', 'slog sig sammen', 'blev slået sammen', 'blev fusioneret', 'slået … sammen med', 'slog … sammen med', 'er blevet slået sammen', 'er blevet fusioneret', 'gik sammen med', 'er gået sammen med', 'slog … pjalterne sammen', 'har slået pjalterne sammen', 'blev lagt ind i et fælles selskab', 'gik … sammen med', 'gik sammen'],
    present: ['fusionerer', 'slår sig sammen', 'lægges sammen', 'slås sammen', 'bliver slået sammen', 'fusioneres', 'slår … sammen med', 'går sammen med', 'slår … pjalterne sammen', 'lægges ind i et fælles selskab', 'går … sammen med', 'går sammen'],
    base: ['fusionere', 'slå sig sammen', 'gå sammen med', 'slå pjalterne sammen', 'lægges ind i et fælles selskab'],
  },
  writeDown: {
    past: ['nedskrev', 'har nedskrevet', 'skrev … ned', 'afskrev', 'har afskrevet', 'nedskrevet'],
    present: ['nedskriver', 'skriver … ned', 'afskriver'],
    base: ['nedskrive', 'afskrive', 'skrive … ned'],
  },
  passiveBuy: {
    past: ['blev købt', 'blev opkøbt', 'blev overtaget', 'er blevet købt', 'er blevet opkøbt', 'er blevet overtaget', 'er købt', 'er solgt', 'er frasolgt', 'blev frasolgt', 'blev afhændet', 'blev solgt', 'blev … solgt', 'er blevet solgt', 'købt af', 'opkøbt af', 'overtaget af', 'blev … overtaget', 'blev … købt', 'blev … opkøbt', 'solgt til', 'frasolgt til', 'overgik til', 'kom under kontrol af', 'kom på hænder hos'],
    present: ['købes', 'opkøbes', 'overtages', 'bliver købt', 'bliver opkøbt', 'bliver solgt', 'bliver frasolgt', 'sælges', 'frasælges'],
    base: ['blive købt', 'blive opkøbt', 'blive overtaget', 'blive solgt', 'blive frasolgt'],
  },
  interest: ['interesserer sig for', 'interesserede sig for', 'førte samtaler', 'havde forhandlet', 'viste interesse', 'har vist interesse', 'var interesseret', 'er interesseret', 'bød på', 'har budt på', 'afgav bud', 'kom med et bud', 'lagde bud', 'i forhandlinger med', 'forhandler med', 'i eksklusive forhandlinger med', 'byder … for', 'bød … for', 'fremsat et købstilbud på', 'fremsat et tilbud på', 'fremsætter et købstilbud på', 'har interesse i', 'har interesse for', 'er interesserede', 'skulle være interesseret', 'skulle være interesserede', 'skal være interesseret', 'skal være interesserede'],
  nouns: {
    buy: ['opkøb*', 'køb', 'købet', 'overtagelse*', 'erhvervelse*', 'gigantkøb*', 'milliardopkøb*'],
    sell: ['salg', 'salget', 'frasalg*', 'afhændelse*'],
    merge: ['fusion*', 'sammenlægning*', 'sammenslutning*'],
    writeDown: ['nedskrivning*', 'afskrivning*'],
    price: ['pris', 'prisen', 'købspris*', 'købesum*'],
    deal: ['handel', 'handlen', 'transaktion*', 'aftale', 'aftalen'],
    offer: ['tilbud', 'tilbuddet', 'bud', 'buddet', 'overtagelsestilbud*', 'købstilbud*', 'opkøbstilbud*', 'overtagelsesbud*', 'købsbud*', 'kontantbud*', 'modbud*'],
  },
  stake: ['andel i', 'aktiepost i', 'ejerandel i', 'minoritetsandel i', 'procent af', 'pct. af', '% af', 'aktier i', 'sig ind i', 'ejerandel på', 'aktiepost på', 'største ejer af', 'største aktionær i', 'storaktionær i', 'sig op i', 'aktionær i'],
  majority: ['majoritetsandel', 'aktiemajoritet', 'resten af', 'hele', 'samtlige aktier', 'alle aktier', 'tilbud på aktierne', 'bud på aktierne'],
  innerAdverbs: ['også', 'allerede', 'nu', 'endelig', 'tidligere', 'netop', 'officielt', 'foreløbig', 'nylig', 'samtidig', 'således', 'dermed', 'derfor', 'så'],
  nounPrefixes: ['milliard', 'million', 'millioner', 'rekord', 'mega', 'kæmpe'],
};

export const prepositions: DealPrepositions = {
  from: ['fra'],
  to: ['til', 'tilbage til', 'tilbage'],
  by: ['af'],
  for: ['for', 'til'],
  of: ['af', 'i'],
  with: ['med'],
  on: ['på'],
  at: ['hos', 'i', 'for', 'på'],
  besides: ['foruden', 'udover', 'ud over', 'bortset fra'],
};
