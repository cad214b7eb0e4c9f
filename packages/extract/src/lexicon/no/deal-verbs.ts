// Norwegian verbs, nouns and prepositions that say a business changes owner, merges, is written down or draws bids.
import type { DealPrepositions, DealVerbs } from '../types.js';

export const dealVerbs: DealVerbs = {
  buy: {
    past: ['økte sin eierandel i', 'økte sin aksjepost i', 'økte sin andel i', 'har økt sin eierandel i', 'har økt sin aksjepost i', 'har økt sin andel i', 'ble største eier i', 'ble største aksjonær i', 'ble storeier i', 'tok … av børs', 'tok … av børsen', 'tok … over', 'kjøpte ut', 'har kjøpt ut', 'kjøpte', 'kjøpte opp', 'kjøpte … opp', 'overtok', 'har kjøpt', 'har kjøpt opp', 'har overtatt', 'kjøpt', 'overtatt', 'ervervet', 'bygget opp en eierandel', 'bygd opp en eierandel', 'bygget opp en aksjepost', 'bygget seg opp en eierandel', 'bygget … opp en eierandel', 'bygde … opp en eierandel', 'tok kontroll over', 'tok kontrollen over', 'slukte', 'fulgte', 'sikret seg', 'sikra seg', 'har sikret seg', 'hadde sikret seg', 'ble aksjonær i', 'vant kampen om', 'vant budkampen om'],
    present: ['øker sin eierandel i', 'øker sin aksjepost i', 'øker sin andel i', 'blir største eier i', 'blir største aksjonær i', 'blir storeier i', 'tar … av børs', 'tar … av børsen', 'tar … over', 'kjøper ut', 'kjøper', 'kjøper opp', 'kjøper … opp', 'overtar', 'overtek', 'tek … over', 'erverver', 'vil … eie', 'skal … eie', 'tar kontroll over', 'tar kontrollen over', 'sluker', 'sikrer seg', 'blir aksjonær i', 'vinner kampen om', 'vinner budkampen om'],
    base: ['øke sin eierandel i', 'øke sin aksjepost i', 'bli største eier i', 'bli største aksjonær i', 'ta … av børs', 'ta … av børsen', 'kjøpe', 'overta', 'erverve', 'ta kontroll over', 'ta kontrollen over', 'sikre seg'],
  },
  sell: {
    past: ['solgte', 'selde', 'har selt', 'har solgt', 'solgt', 'avhendet', 'har avhendet', 'skilte ut'],
    present: ['selger', 'sel', 'avhender', 'skiller ut'],
    base: ['selge', 'selje', 'avhende'],
  },
  pay: {
    past: ['betalte', 'har betalt', 'betalt', 'ga', 'la … på bordet', 'har lagt … på bordet'],
    present: ['betaler', 'legger … på bordet'],
    base: ['betale'],
  },
  merge: {
    past: ['fusjonerte', 'slo seg sammen', 'har fusjonert', 'ble slått sammen', 'ble fusjonert', 'slått … sammen med', 'slo … sammen med', 'er blitt slått sammen', 'er slått sammen', 'gikk sammen med', 'har gått sammen med', 'ble lagt inn i et felles selskap', 'gikk … sammen med', 'gikk sammen'],
    present: ['fusjonerer', 'slår seg sammen', 'slås sammen', 'blir slått sammen', 'fusjoneres', 'slår … sammen med', 'går sammen med', 'legges inn i et felles selskap', 'går … sammen med', 'går sammen'],
    base: ['fusjonere', 'slå seg sammen', 'gå sammen med', 'legges inn i et felles selskap'],
  },
  writeDown: {
    past: ['skrev ned', 'har skrevet ned', 'nedskrev', 'skrev av'],
    present: ['skriver ned', 'skriver av'],
    base: ['skrive ned', 'skrive av'],
  },
  passiveBuy: {
    past: ['ble kjøpt', 'ble kjøpt opp', 'ble overtatt', 'ble solgt', 'ble … solgt', 'er blitt solgt', 'er blitt kjøpt', 'er blitt overtatt', 'er kjøpt', 'er solgt', 'kjøpt av', 'kjøpt opp av', 'overtatt av', 'ble … overtatt', 'ble … kjøpt', 'solgt til', 'gikk over til', 'kom under kontroll av', 'havnet hos'],
    present: ['kjøpes', 'overtas', 'blir kjøpt', 'blir kjøpt opp', 'selges', 'blir solgt', 'blir … solgt'],
    base: ['bli kjøpt', 'bli overtatt', 'bli solgt'],
  },
  interest: ['interesserer seg for', 'interesserte seg for', 'er interessert i', 'førte samtaler', 'hadde forhandlet', 'viste interesse', 'har vist interesse', 'var interessert', 'la inn bud', 'ga bud', 'kom med bud', 'budde på', 'har budt på', 'i forhandlinger med', 'forhandler med', 'i eksklusive forhandlinger med', 'byr … for', 'bød … for', 'fremsatt et bud på', 'la frem et bud på', 'er interesserte i', 'skal være interessert i', 'kan være interessert i', 'skal være interesserte i'],
  nouns: {
    buy: ['oppkjøp*', 'kjøp', 'kjøpet', 'overtakelse*', 'ervervelse*'],
    sell: ['salg', 'salget', 'sal', 'salet', 'avhending*'],
    merge: ['fusjon*', 'sammenslåing*', 'sammenslutning*'],
    writeDown: ['nedskrivning*', 'nedskriving*'],
    price: ['pris', 'prisen', 'kjøpesum*'],
    deal: ['avtale', 'avtalen', 'transaksjon*', 'handel', 'handelen'],
    offer: ['bud', 'budet', 'tilbud', 'tilbudet', 'oppkjøpstilbud*', 'oppkjøpsbud*', 'kjøpstilbud*', 'overtakelsestilbud*', 'kontantbud*', 'motbud*'],
  },
  stake: ['andel i', 'aksjepost i', 'eierandel i', 'minoritetsandel i', 'prosent av', '% av', 'aksjer i', 'aksjar i', 'eigardel i', 'eigarpost i', 'aksjepost på', 'seg inn i', 'eierandel på', 'aksjepost på', 'største eier i', 'største aksjonær i', 'storeier i', 'seg opp i', 'aksjonær i'],
  majority: ['majoritetsandel', 'aksjemajoritet', 'resten av', 'alle aksjene', 'samtlige aksjer', 'alle aksjer', 'tilbud på aksjene', 'bud på aksjene', 'tilbudet på aksjene'],
  innerAdverbs: ['også', 'allerede', 'nå', 'endelig', 'tidligere', 'nettopp', 'offisielt', 'foreløpig', 'nylig', 'samtidig', 'dermed', 'derfor', 'således', 'så'],
  nounPrefixes: ['milliard', 'million', 'millioner', 'rekord', 'mega', 'kjempe'],
};

export const prepositions: DealPrepositions = {
  // Nynorsk 'frå' too.
  from: ['fra', 'frå'],
  to: ['til', 'tilbake til'],
  by: ['av'],
  for: ['for'],
  of: ['av', 'i'],
  with: ['med'],
  on: ['på'],
  at: ['i', 'hos', 'for', 'på'],
  besides: ['foruten', 'utover', 'i tillegg til', 'bortsett fra'],
};
